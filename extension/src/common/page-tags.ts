/**
 * The tags of a page's text, as kept with that text in its content script (mmt:remember), so
 * that the next panel on the unchanged page can show them without the text. Made by the panel
 * after it tagged a page, or by the background right after a click on the button (the panel
 * page is still loading then). Both tag with the same options, so either's tags fit the other.
 */
import type { Tagged } from "../panel/evidence";
import { TAGS_COMING_MS } from "./messages";

/** Evidence spans per tag that the panel shows. */
export const PAGE_MAX_EVIDENCE = 8;

/** tag() options for a whole page with this title. */
export function pageTagOptions(title: string): { title: string; maxEvidence: number } {
  return { title, maxEvidence: PAGE_MAX_EVIDENCE };
}

export interface Remembered {
  v: 1;
  title: string;
  maxEvidence: number;
  tagged: Tagged;
}

export function remembered(title: string, tagged: Tagged): Remembered {
  return { v: 1, ...pageTagOptions(title), tagged };
}

/** Tags left with this very text by an earlier panel, if they were made with the same options. */
export function recall(value: unknown, title: string, maxEvidence: number): Tagged | undefined {
  const r = value as Partial<Remembered> | null | undefined;
  if (r?.v !== 1 || r.title !== title || r.maxEvidence !== maxEvidence) return undefined;
  const t = r.tagged;
  if (!t || !Array.isArray(t.result?.tags) || !Array.isArray(t.sentences) || t.sentences.length !== t.result.tags.length) return undefined;
  return t;
}

/** Session-storage key of the note the background leaves when a click starts it tagging a tab. */
export const TAGGING_KEY = "mmt:background-tagging";

export interface TaggingNote {
  tabId: number;
  /** Date.now() when the background started. */
  at: number;
}

/**
 * Whether a panel opening now for `tabId` (undefined: the panel follows the active tab, which is
 * the tab that was just clicked) will find tags the background is making for it: a click
 * started that within TAGS_COMING_MS. Such a panel starts no tagging worker of its own at
 * once: the worker would only compete with the background for the two cores.
 */
export function backgroundIsTagging(note: unknown, tabId: number | undefined, now: number): boolean {
  const n = note as Partial<TaggingNote> | null | undefined;
  if (typeof n?.at !== "number" || typeof n.tabId !== "number") return false;
  if (tabId !== undefined && n.tabId !== tabId) return false;
  return now >= n.at && now - n.at <= TAGS_COMING_MS;
}
