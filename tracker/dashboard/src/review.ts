/**
 * What a reviewer's decision sends: the entry as the reviewer saw it (same revision), with its
 * new status and edited tags. Pure, so it is tested without a browser.
 */
import type { Entry, EntryTag } from "../../../shared/entry/entry";
import { FACETS } from "../../../shared/taxonomy/types";

export type Decision = "confirmed" | "rejected";

export interface TagEdits {
  /** Keys (`facet:id`) of the entry's tags the reviewer removed. */
  removed: string[];
  /** Tags the reviewer added (origin human). */
  added: { facet: string; id: string }[];
}

export const NO_EDITS: TagEdits = { removed: [], added: [] };

export const tagKey = (t: { facet: string; id: string }): string => `${t.facet}:${t.id}`;

/** Tags in display order: by facet (taxonomy order), then by score (high first), then id. */
export function sortTags<T extends { facet: string; id: string; score?: number }>(tags: readonly T[]): T[] {
  const fi = (f: string): number => {
    const i = (FACETS as readonly string[]).indexOf(f);
    return i < 0 ? FACETS.length : i;
  };
  return [...tags].sort((a, b) => fi(a.facet) - fi(b.facet) || (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id));
}

/** The tags after the reviewer's edits. */
export function editedTags(entry: Entry, edits: TagEdits): EntryTag[] {
  const removed = new Set(edits.removed);
  const kept = entry.tags.filter((t) => !removed.has(tagKey(t)));
  const have = new Set(kept.map(tagKey));
  for (const a of edits.added) {
    if (have.has(tagKey(a))) continue;
    have.add(tagKey(a));
    kept.push({ facet: a.facet, id: a.id, origin: "human" });
  }
  return kept;
}

/** The entry to PUT for a decision: same id and revision (so a concurrent change conflicts). */
export function decide(entry: Entry, decision: Decision, edits: TagEdits = NO_EDITS): Entry {
  const { createdAt: _c, updatedAt: _u, author: _a, ...rest } = entry;
  return { ...rest, status: decision, tags: decision === "confirmed" ? editedTags(entry, edits) : entry.tags };
}

/** Toggle removal of a tag key. */
export function toggleRemoved(edits: TagEdits, key: string): TagEdits {
  const added = edits.added.filter((a) => tagKey(a) !== key);
  if (added.length !== edits.added.length) return { ...edits, added };
  const removed = edits.removed.includes(key) ? edits.removed.filter((k) => k !== key) : [...edits.removed, key];
  return { ...edits, removed };
}

export function addTag(edits: TagEdits, entry: Entry, tag: { facet: string; id: string }): TagEdits {
  const key = tagKey(tag);
  if (edits.removed.includes(key)) return { ...edits, removed: edits.removed.filter((k) => k !== key) };
  if (entry.tags.some((t) => tagKey(t) === key) || edits.added.some((a) => tagKey(a) === key)) return edits;
  return { ...edits, added: [...edits.added, tag] };
}

/** An http(s) URL safe to render as a link, or null (javascript:, data:, garbage...). */
export function safeHttpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** Field-by-field differences between two versions of an entry, for a conflict screen. */
export function diffEntries(mine: Entry, theirs: Entry): { field: string; mine: string; theirs: string }[] {
  const show = (e: Entry, f: string): string => {
    switch (f) {
      case "tags":
        return sortTags(e.tags)
          .map((t) => tagKey(t))
          .join(", ");
      case "source":
        return JSON.stringify(e.source);
      case "policy":
        return e.policy ? JSON.stringify(e.policy) : "";
      default: {
        const v = (e as Record<string, unknown>)[f];
        return v === undefined || v === null ? "" : String(v);
      }
    }
  };
  const fields = ["status", "title", "tags", "country", "kind", "note", "language", "year", "instrument", "policy", "source", "revision"];
  return fields.map((field) => ({ field, mine: show(mine, field), theirs: show(theirs, field) })).filter((d) => d.mine !== d.theirs);
}
