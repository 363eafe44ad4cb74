/**
 * From matcher hits to a TagResult: negatives void look-alikes, the relevance gate decides
 * whether the text is about human migration at all, and each facet's categories are scored
 * from their own terms, from migration context (sectors) and from the crosswalks (GCM, SDG,
 * domain). Thresholds live in THRESHOLDS so evaluation can tune them in one place.
 */
import { DETECTED_LANGS } from "../taxonomy/languages";
import { type Engine, Kind, LANG_SAMPLE, type Term, TermFlag, type TermTable } from "./compile";
import { CLASS, STOP } from "./fold";
import { NGRAM_READ } from "./learned";
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
  /**
   * Raw score a single category needs where it differs from its facet's ("facet:id"). Rights
   * are worded by many generic safeguards that weigh 1.5 each so as not to assert other themes
   * ("last resort", "individually assessed", "legal identity", "referral mechanisms"); on
   * compact text one of them in a migration sentence is what makes a passage about rights
   * (t001-t352: all 9 passages whose rights score was 1.5 were labelled rights; of the 13 at 1,
   * only 4 were).
   */
  category: { "theme:migrant-rights-protection": 1.5 } as Record<string, number>,
  /** A category also needs this share of its facet's best raw score. */
  relative: { theme: 0.2, sector: 0.25, gcm: 0.45, sdg: 0.4, domain: 0.3, stage: 0.3 } as Record<string, number>,
  /** Sentences either side of a migration anchor that count as "near" for context terms. */
  window: 1,
};

/**
 * Share of a crosswalked source's raw score that flows to the target category. A link marked
 * `asserts` (a theme whose texts are about one objective: remittances → GCM 20) gives at least
 * the target's threshold, so a theme that just passes its own threshold still brings its
 * objective (60 % of a theme at 2 is 1.2, under the GCM threshold of 2); the target still needs
 * its facet's relative share and cap (docs/tagging-quality.md, "GCM flow, round 17").
 */
const FLOW = { fact: 0.6, editorial: 0.3 };
/** Occurrences of one term beyond this add nothing: one word repeated is not more evidence. */
const MAX_REPEAT = 3;
/** Raw agreement score of an operative item's opening ("(c) Develop ..."): a decisive formula. */
const OPERATIVE_WEIGHT = 3;
/** Most tags asserted per facet (none: no cap). */
const CAP: Record<string, number | undefined> = { gcm: 4, sdg: 4, domain: 3, stage: 3, instrument: 1 };

interface CatScore {
  raw: number;
  /** Numbers of the hits (indices into the scan's Hits) that back this category. */
  hits: number[];
  /** Tags this one was derived from (crosswalks), for evidence. */
  via: CatScore[];
}

const squash = (raw: number, scale: number): number => 1 - Math.exp(-raw / scale);

/**
 * A list of integers whose buffer is kept from one score() to the next (score() is synchronous,
 * so each list is in use by one call at a time). A 1 MB page has tens of thousands of hits:
 * grown as JS arrays, element by element, these lists were ~70% of what a tag() allocated
 * (4.7 of 6.6 MB per call), and a context that has just started (a panel's worker, a woken
 * service worker, a classify worker's first file) paid for it in scavenges while its young
 * generation was still small.
 */
class IntList {
  items = new Int32Array(1024);
  length = 0;

  /** Empties the list for a new call and returns it. */
  reset(): IntList {
    this.length = 0;
    return this;
  }

  push(v: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = v;
  }
}
const LISTS = {
  recTerm: new IntList(),
  recHit: new IntList(),
  negatives: new IntList(),
  cueSentences: new IntList(),
  personSentences: new IntList(),
  liveTerm: new IntList(),
  liveHit: new IntList(),
  anchorSentences: new IntList(),
};


/**
 * The passes of score() over a text's hits, each a function of its own: V8 optimises a pass's
 * loop with the type feedback of that pass, and a pass that runs once per call does not throw
 * the optimised code of the next one away. In one ~300-line function, each long loop was
 * compiled on the stack (OSR) and the code after it, not yet run, deoptimised it again: in a
 * fresh context (a panel's worker, a woken service worker, a classify worker's first files) a
 * 1 MB page took several tag() calls to come down to its warm speed.
 */

/** First pass: sorts each (term, hit) pair out. Cue-set words mark their sentences, ambiguous
 *  patterns are noted, negatives and domain cues listed; every other pair is a record
 *  (LISTS.recTerm / recHit). */
function sortHits(hits: Hits, table: TermTable): { setSentences: Map<number, Uint8Array>; ambiguousPatterns: Set<number> } {
  const { kind: kindOf, patternStart, patternTerm } = table;
  const { sentence: hSentence, pattern: hPattern } = hits;
  const recTerms = LISTS.recTerm.reset();
  const recHits = LISTS.recHit.reset();
  const negatives = LISTS.negatives.reset();
  const cueSentences = LISTS.cueSentences.reset();
  // Sentences holding a word of each cue set, for `term&set` terms.
  const setSentences = new Map<number, Uint8Array>();
  const ambiguousPatterns = new Set<number>();
  for (let i = 0; i < hits.count; i++) {
    const pattern = hPattern[i];
    const last = patternStart[pattern + 1];
    for (let j = patternStart[pattern]; j < last; j++) {
      const t = patternTerm[j];
      const kind = kindOf[t];
      if (kind === Kind.Ambiguous) ambiguousPatterns.add(pattern);
      else if (kind === Kind.Negative) negatives.push(i);
      else if (kind === Kind.Cue) cueSentences.push(hSentence[i]);
      else if (kind === Kind.SetCue) {
        const set = table.cueSet[t];
        let at = setSentences.get(set);
        if (!at) {
          at = new Uint8Array(hits.sentences);
          setSentences.set(set, at);
        }
        at[hSentence[i]] = 1;
      } else {
        recTerms.push(t);
        recHits.push(i);
      }
    }
  }
  // Sets named "a&b&!c": the sentences that hold a word of every part and none of a "!" part.
  for (const all of table.cueSetAll) {
    let at: Uint8Array | undefined;
    let missing = false;
    for (let j = 1; j < all.length && !missing; j++) {
      if (all[j] < 0) continue;
      const part = setSentences.get(all[j]);
      if (!part) missing = true;
      else if (!at) at = part.slice();
      else for (let k = 0; k < at.length; k++) at[k] &= part[k];
    }
    if (missing) continue;
    if (!at) at = new Uint8Array(hits.sentences).fill(1);
    for (let j = 1; j < all.length; j++) {
      const not = all[j] < 0 ? setSentences.get(-1 - all[j]) : undefined;
      if (not) for (let k = 0; k < at.length; k++) at[k] &= 1 - not[k];
    }
    setSentences.set(all[0], at);
  }
  return { setSentences, ambiguousPatterns };
}

/** Flags every sentence within THRESHOLDS.window of one in `list`: sentence numbers, or hit
 *  numbers when `sentenceOf` (the hits' sentences) is given. */
function windowOf(list: IntList, nSent: number, sentenceOf?: Int32Array): Uint8Array {
  const out = new Uint8Array(nSent);
  const w = THRESHOLDS.window;
  for (let i = 0; i < list.length; i++) {
    const s = sentenceOf ? sentenceOf[list.items[i]] : list.items[i];
    for (let k = Math.max(0, s - w); k <= s + w && k < nSent; k++) out[k] = 1;
  }
  return out;
}

// A span lies inside another only within one sentence, so spans are looked up by sentence
// (a document can hold thousands of both).
function addBySentence(m: Map<number, number[]>, hits: Hits, hit: number): void {
  const l = m.get(hits.sentence[hit]);
  if (l) l.push(hit);
  else m.set(hits.sentence[hit], [hit]);
}

function within(index: Map<number, number[]>, hits: Hits, hit: number): boolean {
  const l = index.get(hits.sentence[hit]);
  if (!l) return false;
  const { start, end } = hits;
  for (let i = 0; i < l.length; i++) if (start[hit] >= start[l[i]] && end[hit] <= end[l[i]]) return true;
  return false;
}

/**
 * Second pass: the records that count (LISTS.liveTerm / liveHit). A hit inside a look-alike
 * ("migration" in "data migration") is void; a category's own negatives (`!term`) void that
 * category in their sentence; polysemous "migration" near words of another field (database,
 * birds, cells) is that field's migration, unless a person noun (migrant, refugee) stands near
 * it too; a `term&set` term needs a word of its set in its sentence.
 */
function liveRecords(hits: Hits, table: TermTable, sorted: { setSentences: Map<number, Uint8Array>; ambiguousPatterns: Set<number> }): void {
  const { kind: kindOf, flags: flagsOf, cat: catOf } = table;
  const { sentence: hSentence, pattern: hPattern } = hits;
  const { setSentences, ambiguousPatterns } = sorted;
  const nSent = hits.sentences;
  const nRec = LISTS.recTerm.length;
  const recTerm = LISTS.recTerm.items;
  const recHit = LISTS.recHit.items;
  const negatives = LISTS.negatives;
  const negSentences = windowOf(negatives, nSent, hSentence);
  // (category, sentence) as one small integer, not a string per hit.
  const catCount = table.catFacet.length;
  const catNeg = new Set<number>();
  // Categories with a negative hit anywhere: only their hits need the set look-up.
  const catHasNeg = new Uint8Array(catCount);
  for (let r = 0; r < nRec; r++) {
    const t = recTerm[r];
    if ((flagsOf[t] & TermFlag.Negative) !== 0) {
      catNeg.add(hSentence[recHit[r]] * catCount + catOf[t]);
      catHasNeg[catOf[t]] = 1;
    }
  }
  const negIndex = new Map<number, number[]>();
  const negAt = new Uint8Array(nSent);
  for (let i = 0; i < negatives.length; i++) {
    const n = negatives.items[i];
    addBySentence(negIndex, hits, n);
    negAt[hSentence[n]] = 1;
  }
  const cueWindow = windowOf(LISTS.cueSentences, nSent);
  const personSentences = LISTS.personSentences.reset();
  for (let r = 0; r < nRec; r++) {
    const t = recTerm[r];
    const hit = recHit[r];
    // A theme phrase on an ambiguous pattern ("brain drain" of a football club) does not vouch for
    // itself, nor does an anchor whose cue set is missing from its sentence ("workers&corridor").
    if ((kindOf[t] === Kind.Anchor || (flagsOf[t] & TermFlag.ThemeSpecific) !== 0) && !ambiguousPatterns.has(hPattern[hit])) {
      if (table.cueSet[t] >= 0 && setSentences.get(table.cueSet[t])?.[hSentence[hit]] !== 1) continue;
      personSentences.push(hSentence[hit]);
    }
  }
  const personWindow = windowOf(personSentences, nSent);
  const liveTerms = LISTS.liveTerm.reset();
  const liveHits = LISTS.liveHit.reset();
  for (let r = 0; r < nRec; r++) {
    const t = recTerm[r];
    const hit = recHit[r];
    const kind = kindOf[t];
    const flags = flagsOf[t];
    if ((flags & TermFlag.Negative) !== 0) continue;
    if (kind !== Kind.Country) {
      const sentence = hSentence[hit];
      if (negAt[sentence] === 1 && within(negIndex, hits, hit)) continue;
      if (cueWindow[sentence] === 1 && personWindow[sentence] === 0 && ambiguousPatterns.has(hPattern[hit])) continue;
      if (catHasNeg[catOf[t]] === 1 && catNeg.has(sentence * catCount + catOf[t])) continue;
      if (table.cueSet[t] >= 0 && setSentences.get(table.cueSet[t])?.[sentence] !== 1) continue;
      // Near a look-alike, a lone ambiguous word ("migration") is not enough: keep phrases.
      if ((kind === Kind.Anchor || kind === Kind.Weak) && (flags & TermFlag.Phrase) === 0 && negSentences[sentence] === 1) continue;
    }
    liveTerms.push(t);
    liveHits.push(hit);
  }
}

/** Countries named: one count per place, and a name inside a longer name of another country
 *  ("Guinea" in "Papua New Guinea", "Sudan" in "South Sudan") is not a mention of its own. */
function countCountries(hits: Hits, table: TermTable): Map<string, { count: number; first: number }> {
  const { kind: kindOf, cat: catOf } = table;
  const { start: hStart, end: hEnd } = hits;
  const nLive = LISTS.liveTerm.length;
  const liveTerm = LISTS.liveTerm.items;
  const liveHit = LISTS.liveHit.items;
  const countries = new Map<string, { count: number; first: number }>();
  const countryLive: number[] = [];
  for (let l = 0; l < nLive; l++) if (kindOf[liveTerm[l]] === Kind.Country) countryLive.push(l);
  countryLive.sort((a, b) => hEnd[liveHit[b]] - hStart[liveHit[b]] - (hEnd[liveHit[a]] - hStart[liveHit[a]]));
  const placed = new Map<number, number[]>();
  for (const l of countryLive) {
    const hit = liveHit[l];
    const id = table.catId[catOf[liveTerm[l]]];
    if (within(placed, hits, hit)) continue;
    addBySentence(placed, hits, hit);
    const c = countries.get(id);
    if (c) {
      c.count++;
      c.first = Math.min(c.first, hStart[hit]);
    } else countries.set(id, { count: 1, first: hStart[hit] });
  }
  return countries;
}

/** Sentences where migration is discussed (anchors and migration-specific theme terms): how
 *  many, and every sentence within the window of one. */
function anchorsOf(hits: Hits, table: TermTable): { anchoredSentences: number; nearAnchor: Uint8Array } {
  const { kind: kindOf, flags: flagsOf } = table;
  const nLive = LISTS.liveTerm.length;
  const liveTerm = LISTS.liveTerm.items;
  const liveHit = LISTS.liveHit.items;
  const anchorSentences = LISTS.anchorSentences.reset();
  for (let l = 0; l < nLive; l++) {
    const t = liveTerm[l];
    const kind = kindOf[t];
    if (kind === Kind.Anchor || kind === Kind.Reference || (flagsOf[t] & TermFlag.ThemeSpecific) !== 0) anchorSentences.push(hits.sentence[liveHit[l]]);
  }
  let anchoredSentences = 0;
  const anchored = new Uint8Array(hits.sentences);
  for (let i = 0; i < anchorSentences.length; i++) {
    const sentence = anchorSentences.items[i];
    if (anchored[sentence] === 0) anchoredSentences++;
    anchored[sentence] = 1;
  }
  return { anchoredSentences, nearAnchor: windowOf(anchorSentences, hits.sentences) };
}

/** Whether a sentence counts as migration context: near an anchor, or (in an action item) one
 *  that names people. */
function isNear(nearAnchor: Uint8Array, itemPersons: Uint8Array | undefined, sentence: number): boolean {
  return nearAnchor[sentence] === 1 || (itemPersons !== undefined && itemPersons[sentence] === 1);
}

/** Relevance: anchors with diminishing returns, tempered by how much of a long text they cover. */
function relevanceOf(hits: Hits, table: TermTable, anchoredSentences: number, nearAnchor: Uint8Array, itemPersons: Uint8Array | undefined): number {
  const { kind: kindOf, flags: flagsOf, weight: weightOf } = table;
  const nLive = LISTS.liveTerm.length;
  const liveTerm = LISTS.liveTerm.items;
  const liveHit = LISTS.liveHit.items;
  const seen = table.counter();
  let strength = 0;
  for (let l = 0; l < nLive; l++) {
    const t = liveTerm[l];
    const kind = kindOf[t];
    let w = 0;
    if (kind === Kind.Anchor) w = weightOf[t];
    else if (kind === Kind.Weak) w = isNear(nearAnchor, itemPersons, hits.sentence[liveHit[l]]) ? 0.5 * weightOf[t] : 0;
    else if ((flagsOf[t] & TermFlag.ThemeSpecific) !== 0) w = 0.5 * weightOf[t];
    else if (kind === Kind.Reference) w = 1;
    if (w === 0) continue;
    const k = seen(t);
    if (k <= MAX_REPEAT) strength += w;
  }
  let relevance = squash(strength, 2.5);
  if (hits.sentences > 30) {
    const coverage = anchoredSentences / hits.sentences;
    relevance *= Math.min(1, 0.5 + 10 * coverage);
  }
  return Math.round(relevance * 1000) / 1000;
}

/** The raw score a category needs: its own (THRESHOLDS.category) or its facet's. */
function thresholdOf(facet: string, id: string): number {
  return THRESHOLDS.category[`${facet}:${id}`] ?? (THRESHOLDS as unknown as Record<string, number>)[facet];
}

/** The score of category number `c`, made on first use. */
function catScore(cats: Map<number, CatScore>, c: number): CatScore {
  let score = cats.get(c);
  if (!score) {
    score = { raw: 0, hits: [], via: [] };
    cats.set(c, score);
  }
  return score;
}

/** Per-category raw scores, by category number (see TermTable), from the live category terms
 *  (context and sector terms only near migration context) and instrument words in the title. */
function categoryScores(text: string, hits: Hits, engine: Engine, title: string | undefined, nearAnchor: Uint8Array, itemPersons: Uint8Array | undefined): Map<number, CatScore> {
  const { table } = engine;
  const { kind: kindOf, flags: flagsOf, weight: weightOf, cat: catOf } = table;
  const nLive = LISTS.liveTerm.length;
  const liveTerm = LISTS.liveTerm.items;
  const liveHit = LISTS.liveHit.items;
  const cats = new Map<number, CatScore>();
  const repeats = table.counter();
  const titleEnd = Math.min(text.length, 300);
  for (let l = 0; l < nLive; l++) {
    const t = liveTerm[l];
    const kind = kindOf[t];
    if (kind !== Kind.Category && kind !== Kind.Reference) continue;
    const hit = liveHit[l];
    const flags = flagsOf[t];
    if ((flags & (TermFlag.Context | TermFlag.Sector)) !== 0 && !isNear(nearAnchor, itemPersons, hits.sentence[hit])) continue;
    const k = repeats(t);
    if (k > MAX_REPEAT) continue;
    let w = weightOf[t];
    if ((flags & TermFlag.Instrument) !== 0 && hits.start[hit] < titleEnd) w *= 2;
    const c = catScore(cats, catOf[t]);
    c.raw += w;
    c.hits.push(hit);
  }
  if (title) {
    const th = engine.matcher.scan(title);
    for (let i = 0; i < th.count; i++) {
      const p = th.pattern[i];
      for (let j = table.patternStart[p]; j < table.patternStart[p + 1]; j++) {
        const ti = table.patternTerm[j];
        if (kindOf[ti] === Kind.Category && (flagsOf[ti] & TermFlag.Instrument) !== 0) catScore(cats, catOf[ti]).raw += 3 * weightOf[ti];
      }
    }
  }
  return cats;
}

export function score(text: string, hits: Hits, engine: Engine, options: TagOptions): TagResult {
  const { table } = engine;
  const sorted = sortHits(hits, table);
  const langVotes = new Map<string, number>();
  const langHits = engine.langMatcher.scan(text, LANG_SAMPLE);
  engine.langSlots.forEach((lang, slot) => {
    langVotes.set(lang, langHits.counts[slot]);
  });
  liveRecords(hits, table, sorted);
  const countries = countCountries(hits, table);
  const { anchoredSentences, nearAnchor } = anchorsOf(hits, table);
  // An action item cut from a compact names no migrant as often as not ("(c) Train border staff
  // to recognise persons who need assistance"): its sentences that name people count as
  // migration context, so its border, return and detention words are read as such. Goods,
  // freight, antiquities and data are not people (look-alikes in tests/fixtures/passages.jsonl).
  const opHit = operativeAt(text, hits, engine);
  const personSet = opHit >= 0 ? table.cueSetIndex.get("persons") : undefined;
  const itemPersons = personSet === undefined ? undefined : sorted.setSentences.get(personSet);
  const relevance = relevanceOf(hits, table, anchoredSentences, nearAnchor, itemPersons);
  const relevant = relevance >= THRESHOLDS.relevance;
  const cats = categoryScores(text, hits, engine, options.title, nearAnchor, itemPersons);
  const cat = (c: number): CatScore => catScore(cats, c);
  const catNumber = (facet: string, id: string): number => {
    const c = table.catIndex.get(`${facet}:${id}`);
    if (c === undefined) throw new Error(`unknown category ${facet}:${id}`);
    return c;
  };

  if (opHit >= 0) {
    // An action item's opening is a decisive formula of an agreement, with the verb as evidence.
    const c = cat(catNumber("instrument", "agreement"));
    c.raw += OPERATIVE_WEIGHT;
    c.hits.push(opHit);
  }

  const facetOf = (facet: string): [string, CatScore][] => {
    const out: [string, CatScore][] = [];
    for (const [c, v] of cats) if (table.catFacet[c] === facet) out.push([table.catId[c], v]);
    return out;
  };
  const asserted = new Map<string, [string, CatScore][]>();
  const pick = (facet: string): [string, CatScore][] => {
    const list = facetOf(facet).sort((a, b) => b[1].raw - a[1].raw || (a[0] < b[0] ? -1 : 1));
    const best = list.length > 0 ? list[0][1].raw : 0;
    const rel = THRESHOLDS.relative[facet] ?? 0;
    let out = list.filter(([id, c]) => c.raw >= thresholdOf(facet, id) && c.raw >= rel * best && (c.hits.length > 0 || c.via.length > 0));
    const cap = CAP[facet];
    if (cap !== undefined) out = out.slice(0, cap);
    asserted.set(facet, out);
    return out;
  };
  const flow = (fromFacet: string, toFacet: string): void => {
    for (const [id, c] of asserted.get(fromFacet) ?? []) {
      for (const link of engine.linksFrom(fromFacet, id, toFacet)) {
        const target = cat(catNumber(toFacet, link.to));
        const share = FLOW[link.strength] * c.raw;
        target.raw += link.asserts === true ? Math.max(share, thresholdOf(toFacet, link.to)) : share;
        target.via.push(c);
      }
    }
  };

  const tags: Tag[] = [];
  let instrument: string | null = null;
  if (relevant) {
    pick("theme");
    pick("sector");
    flow("theme", "gcm");
    pick("gcm");
    flow("theme", "sdg");
    flow("gcm", "sdg");
    pick("sdg");
    flow("theme", "domain");
    flow("gcm", "domain");
    pick("domain");
    pick("stage");
    const inst = pick("instrument");
    instrument = inst.length > 0 ? inst[0][0] : null;
    const maxEvidence = options.maxEvidence ?? 5;
    const scale: Record<string, number> = { theme: 4, sector: 3, gcm: 4, sdg: 4, domain: 3, stage: 3, instrument: 3 };
    // The learned layer's n-gram proposer, when given, may add one category per facet that the
    // lexicon did not assert, with the spans of its strongest n-grams as evidence.
    const proposals = options.model?.propose ? options.model.propose(text, readRanges(text, hits, nearAnchor)) : undefined;
    for (const facet of ["theme", "sector", "gcm", "sdg", "domain", "stage", "instrument"]) {
      let list = asserted.get(facet) ?? [];
      // The learned layer, when given, re-decides among the facet's lexicon candidates (every
      // category with a score and evidence), so what it asserts keeps exact evidence spans.
      if (options.model?.covers(facet)) {
        const lex = new Set(list.map(([id]) => id));
        const all = facetOf(facet).sort((a, b) => b[1].raw - a[1].raw || (a[0] < b[0] ? -1 : 1));
        const cands = all.map(([id, c]) => ({ id, raw: c.raw, threshold: thresholdOf(facet, id), hits: c.hits.length, via: c.via.length, lexicon: lex.has(id) }));
        const lexTags = [...asserted].flatMap(([f, l]) => l.map(([id]) => `${f}:${id}`));
        const keep = options.model.select(facet, cands, relevance, lexTags);
        list = all.filter(([id]) => keep.has(id)).slice(0, CAP[facet]);
      }
      if (options.maxPerFacet !== undefined) list = list.slice(0, options.maxPerFacet);
      let kept = 0;
      for (const [id, c] of list) {
        const evidence = evidenceOf(text, hits, c, maxEvidence);
        if (evidence.length === 0) continue;
        tags.push({ facet, id, score: Math.round(squash(c.raw, scale[facet]) * 1000) / 1000, evidence });
        kept++;
      }
      const extra = proposals?.find((q) => q.facet === facet && !list.some(([id]) => id === q.id));
      if (extra && (options.maxPerFacet === undefined || kept < options.maxPerFacet) && (CAP[facet] === undefined || kept < CAP[facet])) {
        tags.push({ facet, id: extra.id, score: Math.round(extra.p * 1000) / 1000, evidence: extra.evidence.slice(0, maxEvidence) });
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

/**
 * What the n-gram proposer may read: the whole text up to NGRAM_READ chars; in a longer one the
 * sentences that hold a hit near a migration anchor, in order, until NGRAM_READ chars are taken
 * (a long page then costs no more than a passage). [start, end) pairs.
 */
function readRanges(text: string, hits: Hits, nearAnchor: Uint8Array): number[] {
  if (text.length <= NGRAM_READ) return [0, text.length];
  const out: number[] = [];
  let taken = 0;
  let last = -1;
  for (let i = 0; i < hits.count && taken < NGRAM_READ; i++) {
    if (nearAnchor[hits.sentence[i]] !== 1 || hits.start[i] < last) continue;
    let start = hits.start[i];
    const floor = Math.max(last, start - 300);
    while (start > floor && CLASS[text.charCodeAt(start - 1)] !== STOP && text.charCodeAt(start - 1) !== 0x0a) start--;
    let end = hits.end[i];
    const ceil = Math.min(text.length, end + 300);
    while (end < ceil && CLASS[text.charCodeAt(end)] !== STOP && text.charCodeAt(end) !== 0x0a) end++;
    if (out.length > 0 && start <= last) out[out.length - 1] = end;
    else out.push(start, end);
    taken += end - Math.max(start, last);
    last = end;
  }
  return out;
}

/** An item letter at the very start of a text: "(c) ", "b) ", "(iv) ", "а) ", "(أ) ". */
const ITEM_START = /^\s*\(?\p{L}{1,4}\)\s+/u;

/**
 * A text that opens with an item letter and an operative verb ("(c) Develop ...", "b) Crear
 * ...") is an action item cut from a compact or resolution: the hit number of that verb, or -1.
 * Everything else pays one failed regular-expression test on its first characters.
 */
function operativeAt(text: string, hits: Hits, engine: Engine): number {
  const m = ITEM_START.exec(text);
  if (!m) return -1;
  const at = m[0].length;
  const { table } = engine;
  const operative = table.cueSetIndex.get("operative");
  for (let i = 0; i < hits.count; i++) {
    if (hits.start[i] !== at) continue;
    const p = hits.pattern[i];
    for (let j = table.patternStart[p]; j < table.patternStart[p + 1]; j++) {
      const t = table.patternTerm[j];
      if (table.kind[t] === Kind.SetCue && table.cueSet[t] === operative) return i;
    }
  }
  return -1;
}

function evidenceOf(text: string, hits: Hits, c: CatScore, max: number): Span[] {
  const { start, end } = hits;
  // The longest hit at each start offset.
  const spans = new Map<number, number>();
  const collect = (s: CatScore, depth: number): void => {
    for (const h of s.hits) {
      const had = spans.get(start[h]);
      if (had === undefined || end[had] < end[h]) spans.set(start[h], h);
    }
    if (depth < 2) for (const v of s.via) collect(v, depth + 1);
  };
  collect(c, 0);
  // Drop spans nested in longer ones: "migration" inside "labour migration" says nothing more.
  const sorted = [...spans.values()].sort((a, b) => start[a] - start[b] || end[b] - end[a]);
  const out: Span[] = [];
  let lastEnd = -1;
  for (const h of sorted) {
    if (end[h] <= lastEnd) continue;
    out.push({ start: start[h], end: end[h], quote: text.slice(start[h], end[h]) });
    lastEnd = end[h];
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
