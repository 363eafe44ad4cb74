/**
 * The side panel's logic, with no DOM and no browser API: from a TagResult to an editable
 * draft, the analyst's decisions on it, and the Entry that Save writes to the outbox.
 *
 * Decisions: a suggested tag the analyst leaves alone is saved as it came (origin "auto", with
 * its score and evidence); an accepted one is saved with origin "human" (a person confirmed it);
 * a rejected one is not saved; a tag added from the picker is origin "human" with no score.
 */
import type { Entry, EntryTag, Span } from "../../../shared/entry/entry";
import { canonicalUrl } from "../../../shared/entry/url";
import { pageAt } from "../../../shared/extract/pdf-text";
import type { TagResult } from "../../../shared/tagger/index";
import { CATEGORIES, labelOf, TAXONOMY_VERSION } from "../../../shared/taxonomy/categories";
import { FACETS, type LabelLang } from "../../../shared/taxonomy/types";

export type Decision = "suggested" | "accepted" | "rejected";

export interface DraftTag {
  facet: string;
  id: string;
  score?: number;
  /** Where the tag came from: the tagger, or a person (picker). */
  added: boolean;
  decision: Decision;
  /** Sentences around the tagger's hits, with page numbers for PDFs. */
  evidence: Span[];
}

export interface Draft {
  id?: string;
  revision: number;
  url: string;
  title: string;
  sourceType: "web" | "file";
  country: string;
  language: string;
  instrument: string;
  year: string;
  relevance: number;
  tags: DraftTag[];
  note: string;
  /** Offsets where PDF pages start in the tagged text (PDFs only). */
  pageStarts?: number[];
  textLength: number;
}

export interface DraftInput {
  url: string;
  title: string;
  /** Length of the tagged text (the text itself stays where it was tagged). */
  textLength: number;
  result: TagResult;
  /** The sentence around each evidence span (evidence.ts: withSentences). */
  sentences: Span[][];
  pdf?: { pageStarts: number[] };
  defaultCountry?: string;
  /** <html lang> of the page, used when the tagger could not tell. */
  pageLang?: string;
}

/** Most evidence sentences kept per tag. */
export const EVIDENCE_PER_TAG = 5;

export function draftFromResult(input: DraftInput): Draft {
  const { result, pdf } = input;
  const tags: DraftTag[] = result.tags.map((t, i) => {
    const seen = new Set<number>();
    const evidence: Span[] = [];
    for (const s of input.sentences[i] ?? []) {
      const sent = { ...s };
      if (seen.has(sent.start)) continue;
      seen.add(sent.start);
      if (pdf) sent.page = pageAt(sent.start, pdf.pageStarts);
      evidence.push({ start: sent.start, end: sent.end, quote: sent.quote.slice(0, 2000), ...(sent.page ? { page: sent.page } : {}) });
      if (evidence.length >= EVIDENCE_PER_TAG) break;
    }
    return { facet: t.facet, id: t.id, score: t.score, added: false, decision: "suggested", evidence };
  });
  const pageLang = input.pageLang?.slice(0, 2).toLowerCase();
  return {
    revision: 0,
    url: input.url,
    title: input.title.trim().slice(0, 1000),
    sourceType: input.url.startsWith("file:") ? "file" : "web",
    country: result.country[0] ?? input.defaultCountry ?? "",
    language: result.language ?? (pageLang && /^[a-z]{2}$/.test(pageLang) ? pageLang : ""),
    instrument: result.instrument ?? "",
    year: result.year ? String(result.year) : "",
    relevance: result.relevance,
    tags,
    note: "",
    ...(pdf ? { pageStarts: pdf.pageStarts } : {}),
    textLength: input.textLength,
  };
}

/**
 * Put an entry that the tracker (or this browser) already has under the draft: same id and
 * revision (so Save updates it), the analyst's saved fields win over fresh detection, saved tags
 * count as accepted, fresh suggestions stay suggested.
 */
export function mergeExisting(draft: Draft, existing: Entry): Draft {
  const byKey = new Map(draft.tags.map((t) => [`${t.facet}:${t.id}`, t]));
  const tags = draft.tags.map((t) => ({ ...t }));
  for (const et of existing.tags) {
    const k = `${et.facet}:${et.id}`;
    const mine = byKey.get(k);
    if (mine) {
      const copy = tags.find((t) => t.facet === et.facet && t.id === et.id);
      if (copy && et.origin === "human") copy.decision = "accepted";
    } else {
      tags.push({
        facet: et.facet,
        id: et.id,
        score: et.score,
        added: et.origin === "human",
        decision: "accepted",
        evidence: et.evidence ?? [],
      });
    }
  }
  return {
    ...draft,
    id: existing.id,
    revision: existing.revision,
    title: existing.title || draft.title,
    country: existing.country ?? draft.country,
    language: existing.language ?? draft.language,
    instrument: existing.instrument ?? draft.instrument,
    year: existing.year ? String(existing.year) : draft.year,
    note: existing.note ?? "",
    tags,
  };
}

export function setDecision(draft: Draft, facet: string, id: string, decision: Decision): Draft {
  return {
    ...draft,
    tags: draft.tags
      // Rejecting a tag the analyst added removes it: nothing to remember.
      .filter((t) => !(t.facet === facet && t.id === id && t.added && decision === "rejected"))
      .map((t) => (t.facet === facet && t.id === id ? { ...t, decision } : t)),
  };
}

export function addTag(draft: Draft, facet: string, id: string): Draft {
  const existing = draft.tags.find((t) => t.facet === facet && t.id === id);
  if (existing) return setDecision(draft, facet, id, "accepted");
  return { ...draft, tags: [...draft.tags, { facet, id, added: true, decision: "accepted", evidence: [] }] };
}

export interface FacetGroup {
  facet: string;
  tags: DraftTag[];
}

/** Tags grouped in the taxonomy's facet order, best score first, added tags last. */
export function groupByFacet(draft: Draft): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const f of FACETS) {
    const tags = draft.tags.filter((t) => t.facet === f).sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    if (tags.length) groups.push({ facet: f, tags });
  }
  return groups;
}

export interface PickerItem {
  facet: string;
  id: string;
  label: string;
}

/** Categories whose label (UI language or English) or id contains every word of the query. */
export function searchCategories(query: string, lang: LabelLang, exclude: ReadonlySet<string> = new Set(), limit = 30): PickerItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out: PickerItem[] = [];
  for (const c of CATEGORIES) {
    if (exclude.has(`${c.facet}:${c.id}`)) continue;
    const label = labelOf(c.facet, c.id, lang);
    const hay = fold(`${label} ${c.label.en} ${c.id}`);
    if (words.every((w) => hay.includes(w))) out.push({ facet: c.facet, id: c.id, label });
    if (out.length >= limit) break;
  }
  return out;
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface EntryMeta {
  id: string;
  now: string;
}

/** Problems that stop a save, for the person. */
export function draftProblems(draft: Draft): string[] {
  const p: string[] = [];
  if (draft.country && !/^[A-Z]{3}$/.test(draft.country)) p.push("country must be a 3-letter ISO code (e.g. MDA)");
  if (draft.language && !/^[a-z]{2}$/.test(draft.language)) p.push("language must be a 2-letter ISO code (e.g. ro)");
  if (draft.year) {
    const y = Number(draft.year);
    if (!Number.isInteger(y) || y < 1800 || y > 2200) p.push("year must be between 1800 and 2200");
  }
  return p;
}

/** The document entry Save writes: the analyst's decisions, status "confirmed". */
export function toEntry(draft: Draft, meta: EntryMeta): Entry {
  const tags: EntryTag[] = [];
  for (const t of draft.tags) {
    if (t.decision === "rejected") continue;
    const tag: EntryTag = { facet: t.facet, id: t.id, origin: t.added || t.decision === "accepted" ? "human" : "auto" };
    if (t.score !== undefined) tag.score = Math.round(t.score * 1000) / 1000;
    if (t.evidence.length) tag.evidence = t.evidence.slice(0, 50);
    tags.push(tag);
  }
  const entry: Entry = {
    id: draft.id ?? meta.id,
    revision: draft.revision,
    kind: "document",
    title: draft.title.slice(0, 1000),
    source: { type: draft.sourceType, url: draft.url },
    tags,
    status: "confirmed",
    taxonomyVersion: TAXONOMY_VERSION,
    updatedAt: meta.now,
  };
  if (draft.country) entry.country = draft.country;
  if (draft.language) entry.language = draft.language;
  if (draft.instrument) entry.instrument = draft.instrument;
  if (draft.year) entry.year = Number(draft.year);
  if (draft.note.trim()) entry.note = draft.note.trim();
  return entry;
}

/** Same page? (the tracker's rule, shared/entry/url.ts). */
export function samePage(a: string, b: string): boolean {
  return canonicalUrl(a) === canonicalUrl(b);
}

/** Where an evidence sentence sits in the text, 0..1: a hint for finding it in the live page. */
export function relativeHint(span: Span, textLength: number): number {
  return textLength > 0 ? Math.min(1, span.start / textLength) : 0;
}
