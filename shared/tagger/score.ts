/**
 * From matcher hits to a TagResult: negatives void look-alikes, the relevance gate decides
 * whether the text is about human migration at all, and each facet's categories are scored
 * from their own terms, from migration context (sectors) and from the crosswalks (GCM, SDG,
 * domain). Thresholds live in THRESHOLDS so evaluation can tune them in one place.
 */
import { DETECTED_LANGS } from "../taxonomy/languages";
import { type Engine, Kind, LANG_SAMPLE, type Term } from "./compile";
import { features } from "./learned";
import type { Hits } from "./matcher";
import type { Span, Tag, TagOptions, TagResult } from "./types";

export const THRESHOLDS = {
  /** relevance at or above which the text counts as about migration and gets tags. */
  relevance: 0.3,
  /** Raw score a category needs, per facet. */
  theme: 2,
  sector: 1.5,
  gcm: 2,
  sdg: 2.5,
  domain: 1.5,
  stage: 2,
  instrument: 2,
  /** A category also needs this share of its facet's best raw score. */
  relative: { theme: 0.2, sector: 0.25, gcm: 0.45, sdg: 0.4, domain: 0.3, stage: 0.3 } as Record<string, number>,
  /** Sentences either side of a migration anchor that count as "near" for context terms. */
  window: 1,
};

/** Share of a crosswalked source's raw score that flows to the target category. */
const FLOW = { fact: 0.6, editorial: 0.3 };
/** Occurrences of one term beyond this add nothing: one word repeated is not more evidence. */
const MAX_REPEAT = 3;

interface HitRec {
  term: number;
  pattern: number;
  start: number;
  end: number;
  sentence: number;
}

interface CatScore {
  raw: number;
  hits: HitRec[];
  /** Tags this one was derived from (crosswalks), for evidence. */
  via: CatScore[];
}

const squash = (raw: number, scale: number): number => 1 - Math.exp(-raw / scale);

export function score(text: string, hits: Hits, engine: Engine, options: TagOptions): TagResult {
  const { terms, patternTerms, termKinds } = engine;
  const recs: HitRec[] = [];
  const negatives: HitRec[] = [];
  const cues: HitRec[] = [];
  const ambiguousPatterns = new Set<number>();
  const langVotes = new Map<string, number>();
  const langHits = engine.langMatcher.scan(text.length > LANG_SAMPLE ? text.slice(0, LANG_SAMPLE) : text);
  engine.langSlots.forEach((lang, slot) => {
    langVotes.set(lang, langHits.counts[slot]);
  });
  const countries = new Map<string, { count: number; first: number }>();

  for (let i = 0; i < hits.count; i++) {
    const pattern = hits.pattern[i];
    const forPattern = patternTerms[pattern];
    for (let j = 0; j < forPattern.length; j++) {
      const t = forPattern[j];
      const kind = termKinds[t];
      if (kind === Kind.Ambiguous) {
        ambiguousPatterns.add(pattern);
        continue;
      }
      const rec = { term: t, pattern, start: hits.start[i], end: hits.end[i], sentence: hits.sentence[i] };
      if (kind === Kind.Negative) negatives.push(rec);
      else if (kind === Kind.Cue) cues.push(rec);
      else recs.push(rec);
    }
  }

  // A hit inside a look-alike ("migration" in "data migration") is void; a category's own
  // negatives (`!term`) void that category in their sentence.
  const negSentences = new Set<number>();
  for (const n of negatives) for (let s = n.sentence - THRESHOLDS.window; s <= n.sentence + THRESHOLDS.window; s++) negSentences.add(s);
  const catNeg = new Set<string>();
  for (const r of recs) {
    const t = terms[r.term];
    if (t.negative) catNeg.add(`${t.facet}:${t.id}:${r.sentence}`);
  }
  // A span lies inside another only within one sentence, so spans are looked up by sentence
  // (a document can hold thousands of both).
  const bySentence = (list: HitRec[]): Map<number, HitRec[]> => {
    const m = new Map<number, HitRec[]>();
    for (const r of list) {
      const l = m.get(r.sentence);
      if (l) l.push(r);
      else m.set(r.sentence, [r]);
    }
    return m;
  };
  const within = (index: Map<number, HitRec[]>, r: HitRec): boolean =>
    index.get(r.sentence)?.some((n) => r.start >= n.start && r.end <= n.end) ?? false;
  const negIndex = bySentence(negatives);
  const inside = (r: HitRec): boolean => within(negIndex, r);
  // Polysemous "migration" near words of another field (database, birds, cells) is that
  // field's migration, unless a person noun (migrant, refugee) stands near it too.
  const window = (sentences: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const s of sentences) for (let k = s - THRESHOLDS.window; k <= s + THRESHOLDS.window; k++) out.add(k);
    return out;
  };
  const cueWindow = window(cues.map((c) => c.sentence));
  const personWindow = window(
    recs
      .filter((r) => {
        const t = terms[r.term];
        return (t.kind === Kind.Anchor && !ambiguousPatterns.has(r.pattern)) || (t.kind === Kind.Category && t.facet === "theme" && !t.context);
      })
      .map((r) => r.sentence),
  );
  const live = recs.filter((r) => {
    const t = terms[r.term];
    if (t.negative) return false;
    if (t.kind === Kind.Country) return true;
    if (inside(r)) return false;
    if (ambiguousPatterns.has(r.pattern) && cueWindow.has(r.sentence) && !personWindow.has(r.sentence)) return false;
    if (catNeg.size > 0 && catNeg.has(`${t.facet}:${t.id}:${r.sentence}`)) return false;
    // Near a look-alike, a lone ambiguous word ("migration") is not enough: keep phrases.
    if ((t.kind === Kind.Anchor || t.kind === Kind.Weak) && !t.phrase && negSentences.has(r.sentence)) return false;
    return true;
  });

  // Countries: one count per place named, and a name inside a longer name of another country
  // ("Guinea" in "Papua New Guinea", "Sudan" in "South Sudan") is not a mention of its own.
  const countryHits = live.filter((r) => terms[r.term].kind === Kind.Country).sort((a, b) => b.end - b.start - (a.end - a.start));
  const placed = new Map<number, HitRec[]>();
  for (const r of countryHits) {
    const id = terms[r.term].id;
    if (within(placed, r)) continue;
    const l = placed.get(r.sentence);
    if (l) l.push(r);
    else placed.set(r.sentence, [r]);
    const c = countries.get(id);
    if (c) {
      c.count++;
      c.first = Math.min(c.first, r.start);
    } else countries.set(id, { count: 1, first: r.start });
  }

  // Sentences where migration is discussed: anchors, and migration-specific theme terms.
  const anchorBySentence = new Map<number, number>();
  for (const r of live) {
    const t = terms[r.term];
    const isAnchor = t.kind === Kind.Anchor || (t.kind === Kind.Category && t.facet === "theme" && !t.context) || t.kind === Kind.Reference;
    if (isAnchor) anchorBySentence.set(r.sentence, (anchorBySentence.get(r.sentence) ?? 0) + t.weight);
  }
  const near = (sentence: number): boolean => {
    for (let s = sentence - THRESHOLDS.window; s <= sentence + THRESHOLDS.window; s++) if (anchorBySentence.has(s)) return true;
    return false;
  };

  // Relevance: anchors with diminishing returns, tempered by how much of a long text they cover.
  const seen = new Map<number, number>();
  let strength = 0;
  for (const r of live) {
    const t = terms[r.term];
    let w = 0;
    if (t.kind === Kind.Anchor) w = t.weight;
    else if (t.kind === Kind.Weak) w = near(r.sentence) ? 0.5 * t.weight : 0;
    else if (t.kind === Kind.Category && t.facet === "theme" && !t.context) w = 0.5 * t.weight;
    else if (t.kind === Kind.Reference) w = 1;
    if (w === 0) continue;
    const k = (seen.get(r.term) ?? 0) + 1;
    seen.set(r.term, k);
    if (k <= MAX_REPEAT) strength += w;
  }
  // The learned layer, when given, scales lexicon scores by how people labelled similar text.
  const probs = options.model ? options.model.predict(features(text)) : null;
  const factor = (key: string): number => {
    const p = probs?.get(key);
    return p === undefined ? 1 : Math.min(2.5, Math.max(1, 4 ** (2 * p - 1)));
  };
  strength *= factor("migration");
  let relevance = squash(strength, 2.5);
  if (hits.sentences > 30) {
    const coverage = anchorBySentence.size / hits.sentences;
    relevance *= Math.min(1, 0.5 + 10 * coverage);
  }
  relevance = Math.round(relevance * 1000) / 1000;
  const relevant = relevance >= THRESHOLDS.relevance;

  // Per-category raw scores.
  const cats = new Map<string, CatScore>();
  const cat = (facet: string, id: string): CatScore => {
    const key = `${facet}:${id}`;
    let c = cats.get(key);
    if (!c) {
      c = { raw: 0, hits: [], via: [] };
      cats.set(key, c);
    }
    return c;
  };
  const repeats = new Map<number, number>();
  const titleEnd = Math.min(text.length, 300);
  for (const r of live) {
    const t = terms[r.term];
    if (t.kind !== Kind.Category && t.kind !== Kind.Reference) continue;
    if ((t.context || t.facet === "sector") && !near(r.sentence)) continue;
    const k = (repeats.get(r.term) ?? 0) + 1;
    repeats.set(r.term, k);
    if (k > MAX_REPEAT) continue;
    let w = t.weight;
    if (t.facet === "instrument" && r.start < titleEnd) w *= 2;
    const c = cat(t.facet, t.id);
    c.raw += w;
    c.hits.push(r);
  }
  if (options.title) {
    const th = engine.matcher.scan(options.title);
    for (let i = 0; i < th.count; i++) {
      for (const ti of patternTerms[th.pattern[i]]) {
        const t = terms[ti];
        if (t.kind === Kind.Category && t.facet === "instrument") cat("instrument", t.id).raw += 3 * t.weight;
      }
    }
  }

  const facetOf = (facet: string): [string, CatScore][] =>
    [...cats].filter(([k]) => k.startsWith(`${facet}:`)).map(([k, v]) => [k.slice(facet.length + 1), v]);
  const asserted = new Map<string, [string, CatScore][]>();
  const pick = (facet: string, threshold: number, cap?: number): [string, CatScore][] => {
    if (probs) for (const [id, c] of facetOf(facet)) c.raw *= factor(`${facet}:${id}`);
    const list = facetOf(facet).sort((a, b) => b[1].raw - a[1].raw || (a[0] < b[0] ? -1 : 1));
    const best = list.length > 0 ? list[0][1].raw : 0;
    const rel = THRESHOLDS.relative[facet] ?? 0;
    let out = list.filter(([, c]) => c.raw >= threshold && c.raw >= rel * best && (c.hits.length > 0 || c.via.length > 0));
    if (cap !== undefined) out = out.slice(0, cap);
    asserted.set(facet, out);
    return out;
  };
  const flow = (fromFacet: string, toFacet: string): void => {
    for (const [id, c] of asserted.get(fromFacet) ?? []) {
      for (const link of engine.bundle.linksFrom(fromFacet, id, toFacet)) {
        const target = cat(toFacet, link.to);
        target.raw += FLOW[link.strength] * c.raw;
        target.via.push(c);
      }
    }
  };

  const tags: Tag[] = [];
  let instrument: string | null = null;
  if (relevant) {
    pick("theme", THRESHOLDS.theme);
    pick("sector", THRESHOLDS.sector);
    flow("theme", "gcm");
    pick("gcm", THRESHOLDS.gcm, 4);
    flow("theme", "sdg");
    flow("gcm", "sdg");
    pick("sdg", THRESHOLDS.sdg, 4);
    flow("theme", "domain");
    flow("gcm", "domain");
    pick("domain", THRESHOLDS.domain, 3);
    pick("stage", THRESHOLDS.stage, 3);
    const inst = pick("instrument", THRESHOLDS.instrument, 1);
    instrument = inst.length > 0 ? inst[0][0] : null;
    const maxEvidence = options.maxEvidence ?? 5;
    const scale: Record<string, number> = { theme: 4, sector: 3, gcm: 4, sdg: 4, domain: 3, stage: 3, instrument: 3 };
    for (const facet of ["theme", "sector", "gcm", "sdg", "domain", "stage", "instrument"]) {
      let list = asserted.get(facet) ?? [];
      if (options.maxPerFacet !== undefined) list = list.slice(0, options.maxPerFacet);
      for (const [id, c] of list) {
        const evidence = evidenceOf(text, c, maxEvidence);
        if (evidence.length === 0) continue;
        tags.push({ facet, id, score: Math.round(squash(c.raw, scale[facet]) * 1000) / 1000, evidence });
      }
    }
  }

  return {
    relevance,
    language: detectLanguage(langHits, langVotes),
    country: [...countries].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).map(([iso]) => iso),
    instrument,
    year: detectYear(options.title, text),
    tags,
  };
}

function evidenceOf(text: string, c: CatScore, max: number): Span[] {
  const spans = new Map<number, HitRec>();
  const collect = (s: CatScore, depth: number): void => {
    for (const h of s.hits) if (!spans.has(h.start) || spans.get(h.start)!.end < h.end) spans.set(h.start, h);
    if (depth < 2) for (const v of s.via) collect(v, depth + 1);
  };
  collect(c, 0);
  // Drop spans nested in longer ones: "migration" inside "labour migration" says nothing more.
  const sorted = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.end <= lastEnd) continue;
    out.push({ start: h.start, end: h.end, quote: text.slice(h.start, h.end) });
    lastEnd = h.end;
    if (out.length >= max) break;
  }
  return out;
}

function detectLanguage(hits: Hits, votes: Map<string, number>): string | null {
  const [latin, cyrillic, arabic, bengali] = hits.scripts;
  const total = latin + cyrillic + arabic + bengali;
  if (total < 3) return null;
  if (arabic >= latin && arabic >= cyrillic && arabic >= bengali) return "ar";
  if (bengali >= latin && bengali >= cyrillic) return "bn";
  const family = cyrillic > latin ? ["ru", "sr", "ky"] : ["en", "fr", "es", "ro", "sr"];
  let best: string | null = null;
  let bestVotes = 0;
  for (const lang of DETECTED_LANGS) {
    if (!family.includes(lang)) continue;
    const v = votes.get(lang) ?? 0;
    if (v > bestVotes) {
      best = lang;
      bestVotes = v;
    }
  }
  return best ?? (cyrillic > latin ? "ru" : null);
}

const YEAR = /(?<![\d./-])(19[5-9]\d|20[0-4]\d)(?![\d])/g;

/** The year a document is of: from its title first, then the first lines. */
function detectYear(title: string | undefined, text: string): number | null {
  for (const s of [title ?? "", text.slice(0, 400), text.slice(0, 3000)]) {
    YEAR.lastIndex = 0;
    const m = YEAR.exec(s);
    if (m) return Number(m[1]);
  }
  return null;
}

export type { Term };
