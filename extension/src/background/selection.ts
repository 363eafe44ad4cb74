/**
 * "Tag selection" (context menu, panel button, tests): one function for all three. It asks the
 * tab's content script for the selection's TextQuote/TextPosition selector, tags the quote, and
 * saves a passage entry (status "suggested": nobody has reviewed its tags yet).
 */
import type { Entry } from "../../../shared/entry/entry";
import { newEntryId } from "../../../shared/entry/ids";
import { tag } from "../../../shared/tagger/index";
import { TAXONOMY_VERSION } from "../../../shared/taxonomy/categories";
import type { ExtApi } from "../common/api";
import type { SelectionReply } from "../common/messages";
import type { Settings } from "../common/settings";
import type { SaveOutcome } from "../common/sync";
import { askContent } from "../common/api";

export type TagSelectionResult =
  | { ok: true; entry: Entry; outcome: SaveOutcome }
  | { ok: false; reason: string };

export interface TagSelectionDeps {
  api: ExtApi;
  settings: Settings;
  save: (entry: Entry) => Promise<SaveOutcome>;
  now?: () => Date;
  newId?: () => string;
}

/** The passage entry of a selection (pure; exported for tests). */
export function passageEntry(reply: SelectionReply, id: string, now: Date, defaultCountry = ""): Entry | null {
  const sel = reply.selector;
  if (!sel) return null;
  const r = tag(sel.exact, { title: reply.title, maxEvidence: 3 });
  const entry: Entry = {
    id,
    revision: 0,
    kind: "passage",
    title: (reply.title || reply.url).slice(0, 1000),
    source: { type: "web", url: reply.url, selector: sel },
    // Evidence offsets are relative to the quote (selector.exact).
    tags: r.tags.map((t) => ({
      facet: t.facet,
      id: t.id,
      score: Math.round(t.score * 1000) / 1000,
      origin: "auto" as const,
      evidence: t.evidence.slice(0, 3).map((s) => ({ start: s.start, end: s.end, quote: s.quote.slice(0, 2000) })),
    })),
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const country = r.country[0] ?? defaultCountry;
  if (country) entry.country = country;
  const lang = r.language ?? reply.lang?.slice(0, 2).toLowerCase();
  if (lang && /^[a-z]{2}$/.test(lang)) entry.language = lang;
  return entry;
}

export async function tagSelection(tabId: number, deps: TagSelectionDeps): Promise<TagSelectionResult> {
  let reply: SelectionReply;
  try {
    reply = await askContent<SelectionReply>(deps.api, tabId, { type: "mmt:selection" });
  } catch (e) {
    return { ok: false, reason: `cannot read the tab: ${e instanceof Error ? e.message : String(e)}` };
  }
  const entry = passageEntry(reply, (deps.newId ?? newEntryId)(), (deps.now ?? (() => new Date()))(), deps.settings.defaultCountry);
  if (!entry) return { ok: false, reason: "nothing is selected" };
  const outcome = await deps.save(entry);
  return { ok: true, entry, outcome };
}
