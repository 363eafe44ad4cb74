/**
 * Messages between the panel / background and the content script, and to the background.
 * Every message is a plain object with a `type`; replies are plain data. Page text travels
 * as strings and is only ever shown through text nodes.
 */
import type { Selector } from "../../../shared/entry/entry";

export type ContentRequest =
  | { type: "mmt:ping" }
  | {
      type: "mmt:extract";
      /** Whether to send the text (default "always"): a 1 MB text costs ~35 ms to send. */
      text?: "always" | "unless-remembered" | "none";
      /** The sender tags this text and sends its tags (mmt:remember) next: until they come
       *  (TAGS_COMING_MS at most), an "unless-remembered" ask waits for them. */
      tagging?: boolean;
    }
  | {
      type: "mmt:highlight";
      quote: string;
      /** expected place, 0..1 of the text */
      hint?: number;
      /** A saved passage's selector: re-anchored with its prefix, suffix and position. */
      selector?: Selector;
    }
  | { type: "mmt:clear" }
  | { type: "mmt:selection" }
  /** Keep `value` (the panel's tags) with the extracted text `textId`, while that text is current. */
  | { type: "mmt:remember"; textId: number; value: unknown };

/** How long a panel's "unless-remembered" ask waits for tags the background is making (a cold
 *  background may need its tagger built first; the panel could tag the text itself in that time). */
export const TAGS_COMING_MS = 1500;

export interface PageText {
  url: string;
  title: string;
  text: string;
  /** <html lang>, if the page says. */
  lang?: string;
  /** document.contentType: "application/pdf" in Chrome's PDF viewer. */
  contentType: string;
  /** Where the text came from: the page's marked main region or, on a page that marks none, the
   *  region its prose is in (content/main-text.ts), Readability, or the whole body when none of
   *  them found an article. */
  extractor: "marked" | "prose" | "readability" | "body";
  /** Epoch ms (timeOrigin + now) of the extraction's steps, for the panel's timing marks. */
  timing?: ExtractTiming;
  /** Which extraction this text is; the same id means the same text (the page did not change). */
  textId?: number;
  /** Whether the text came from the content script's cache (no Readability run this time). */
  cached?: boolean;
  /** What a panel asked to keep with this text (mmt:remember), if any. */
  remembered?: unknown;
  /** The text was not sent (see mmt:extract's `text`); `text` is "" and this is its length. */
  textOmitted?: boolean;
  textLength?: number;
}

export interface ExtractTiming {
  /** content.js evaluated in the page (an earlier opening may have injected it). */
  injected: number;
  start: number;
  /** The marked-region fast path done (text found, or refused). */
  marked?: number;
  cloned: number;
  parsed: number;
  cleaned: number;
}

/** Epoch ms of the background's prepareTab, in its reply to mmt:prepare (timing marks only). */
export interface PrepareTiming {
  start: number;
  /** The page's text (or the note that tags are kept with it) reached the background. */
  page?: number;
  /** The content script's own steps of that extraction. */
  extract?: ExtractTiming;
  tagged?: number;
  /** mmt:remember answered: the tags are kept with the text. */
  remembered?: number;
}

export interface HighlightReply {
  found: boolean;
  /** The text highlighted in the page. */
  text?: string;
}

export interface SelectionReply {
  url: string;
  title: string;
  lang?: string;
  /** null when nothing is selected. */
  selector: Selector | null;
}

export type BackgroundRequest =
  | { type: "mmt:badge"; tabId: number; inTracker: boolean }
  | { type: "mmt:tag-selection"; tabId: number }
  /** A panel opened without a click on this tab: read and tag it as a click does (prepareTab);
   *  the answer comes once the tags are left with the text in the content script. */
  | { type: "mmt:prepare"; tabId: number }
  | { type: "mmt:sync" };

export function isContentRequest(m: unknown): m is ContentRequest {
  return typeof m === "object" && m !== null && typeof (m as { type?: unknown }).type === "string" && (m as { type: string }).type.startsWith("mmt:");
}
