/**
 * The tags of a page's text, as kept with that text in its content script (mmt:remember), so
 * that the next panel on the unchanged page can show them without the text. Made by the panel
 * after it tagged a page, or by the background right after a click on the button (the panel
 * page is still loading then). Both tag with the same options, so either's tags fit the other.
 */
import type { Tagged } from "../panel/evidence";

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
