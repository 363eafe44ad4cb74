/**
 * Turns the taxonomy's lexicon texts into one Matcher plus a table saying what each term
 * means (which facet and category, its weight, whether it needs migration context). Built once
 * per process, lazily, on the first tag() call.
 */
import type { FacetLexicon, LexiconText, LexLang } from "../taxonomy/types";
import { STOPWORDS } from "../taxonomy/languages";
import { CATEGORIES } from "../taxonomy/categories";
import { articleless, CLASS, foldString, WORD } from "./fold";
import { Matcher, type PatternWord, type WordPatterns, wordPatternsOf } from "./matcher";

/** What a term says when it matches. */
export const Kind = {
  /** Shows the text is about human migration. */
  Anchor: 1,
  /** Counts toward relevance only near an anchor. */
  Weak: 2,
  /** A look-alike (data migration, bird migration): voids what it overlaps. */
  Negative: 3,
  /** A category of a facet. */
  Category: 4,
  Country: 5,
  /** An explicit reference to a framework: "Objective 19", "SDG 10.7". */
  Reference: 7,
  /** Marks a single-word anchor as polysemous (migration of data, birds, cells). */
  Ambiguous: 8,
  /** A word of another field (database, birds, cells) that silences ambiguous anchors near it. */
  Cue: 9,
  /** A word of a named cue set: a `term&set` counts only in a sentence that has one. */
  SetCue: 10,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface Term {
  kind: Kind;
  /** Facet for Category and Reference; "country" for Country; "migration" for the gate. */
  facet: string;
  id: string;
  weight: number;
  /** Counts only where migration is discussed near it. */
  context: boolean;
  /** A negative of its category (`!term`): voids that category's hits in its sentence. */
  negative: boolean;
  /** Name of the cue set a word of which must stand in the same sentence (`term&set`), or "". */
  needs: string;
  /** Several words. */
  phrase: boolean;
  lang: string;
  source: string;
}

export interface ParsedTerm {
  source: string;
  words: PatternWord[];
  weight: number;
  context: boolean;
  negative: boolean;
  needs: string;
}

/** Parses one lexicon text (terms separated by ";" or new lines). Throws on a malformed term,
 *  naming it, so a bad lexicon edit fails the tests instead of silently matching nothing. */
export function parseTerms(text: string): ParsedTerm[] {
  const out: ParsedTerm[] = [];
  for (const rawTerm of text.split(/[;\n]/)) {
    let t = rawTerm.trim();
    if (!t) continue;
    const source = t;
    let context = false;
    let negative = false;
    let weight = Number.NaN;
    if (t.startsWith("~")) {
      context = true;
      t = t.slice(1).trim();
    } else if (t.startsWith("!")) {
      negative = true;
      t = t.slice(1).trim();
    }
    const w = /\^(\d+(?:\.\d+)?)$/.exec(t);
    if (w) {
      weight = Number(w[1]);
      t = t.slice(0, w.index).trim();
    }
    let needs = "";
    // `term&a&b`: every named set must have a word in the sentence; `&!c`: set c must have none.
    const n = /(?:&!?[a-z][a-z0-9-]*)+$/.exec(t);
    if (n) {
      needs = n[0].slice(1);
      t = t.slice(0, n.index).trim();
    }
    const words: PatternWord[] = [];
    let cur = "";
    const flush = (stem: boolean): void => {
      const folded = cur ? foldString(cur) : "";
      if (folded) words.push({ text: folded, stem });
      cur = "";
    };
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      if (ch === "*") flush(true);
      else if (CLASS[t.charCodeAt(i)] === WORD) cur += ch;
      else {
        flush(false);
      }
    }
    flush(false);
    if (words.length === 0) throw new Error(`lexicon term has no words: "${source}"`);
    if (words.some((x) => x.stem && x.text.length < 3)) throw new Error(`lexicon stem too short: "${source}"`);
    if (Number.isNaN(weight)) weight = words.length === 1 ? 1 : words.length === 2 ? 2 : 2.5;
    out.push({ source, words, weight, context, negative, needs });
  }
  return out;
}

/** Everything the tagger knows, as data: the default is shared/taxonomy/lexicon/index.ts;
 *  tests and training build engines from other bundles. */
export interface LexiconBundle {
  anchors: LexiconText;
  weak: LexiconText;
  negatives: LexiconText;
  ambiguous: LexiconText;
  domainCues: LexiconText;
  facets: Partial<Record<"theme" | "sector" | "instrument" | "gcm" | "sdg" | "domain" | "stage", FacetLexicon>>;
  countries: { iso3: string; en: string; names: LexiconText }[];
  /** Named word lists that `term&name` terms need in their sentence. */
  cueSets?: Record<string, LexiconText>;
  /** Links between categories: theme/gcm to gcm/sdg/domain. `asserts`: an asserted source
   *  gives the target at least its facet's threshold (see score.ts, flow). */
  linksFrom(facet: string, id: string, toFacet: string): { to: string; strength: "fact" | "editorial"; asserts?: boolean }[];
}

export interface Engine {
  matcher: Matcher;
  terms: Term[];
  /** For each pattern of the matcher, the terms it stands for. */
  patternTerms: Int32Array[];
  /** The terms again, packed for the scorer (see TermTable). */
  table: TermTable;
  buildMs: number;
  /** The bundle's links between categories, for the scorer's theme → GCM → SDG flow. */
  linksFrom: LexiconBundle["linksFrom"];
  /** Counts function words per language (slot i is langSlots[i]). */
  langMatcher: Matcher;
  langSlots: string[];
  patterns: PatternWord[][];
}

const GCM_REF_PHRASES = (n: number): string[] => [
  `gcm objective ${n}`, `objective ${n} of the global compact`, `objective ${n} of the gcm`, `gcm ${n}`,
  `objectif ${n} du pacte mondial`, `objectif ${n} du pmm`, `pmm ${n}`,
  `objetivo ${n} del pacto mundial`, `cel ${n} globalnogo dogovora`, `цель ${n} глобального договора`,
  `obiectivul ${n} al pactului global`, `cilj ${n} globalnog dogovora`, `الهدف ${n} من الاتفاق العالمي`,
];
const SDG_REF_PREFIXES = [
  "sdg", "sdg target", "sdgs target", "target", "odd", "ods", "meta", "cible", "цур", "задача", "задачи",
  "ținta", "tinta", "obiectivul", "ciljevi održivog razvoja", "cilj održivog razvoja", "الغاية", "الهدف", "indicator", "indicateur", "indicador", "индикатор", "показатель",
];

export function buildEngine(bundle: LexiconBundle): Engine {
  const t0 = now();
  const terms: Term[] = [];
  const patternIndex = new Map<string, number>();
  const patterns: PatternWord[][] = [];
  const patternTermLists: number[][] = [];

  const add = (kind: Kind, facet: string, id: string, lang: string, text: string | undefined, force?: Partial<Term>): void => {
    if (!text) return;
    for (const p of parseTerms(text)) {
      const term: Term = {
        kind: p.negative && kind !== Kind.Negative && facet === "migration" ? Kind.Negative : kind,
        facet,
        id,
        weight: p.weight,
        context: p.context,
        negative: p.negative,
        needs: p.needs,
        phrase: p.words.length > 1,
        lang,
        source: p.source,
      };
      for (const need of p.needs ? p.needs.split("&").map((x) => x.replace(/^!/, "")) : []) {
        if (!bundle.cueSets?.[need]) throw new Error(`lexicon term "${p.source}" needs an unknown cue set "${need}"`);
      }
      if (force?.weight !== undefined) term.weight = force.weight;
      // Arabic words with and without the article are one word to the matcher, so one pattern.
      const key = p.words.map((w) => `${articleless(w.text)}${w.stem ? "*" : ""}`).join(" ");
      let pi = patternIndex.get(key);
      if (pi === undefined) {
        pi = patterns.length;
        patternIndex.set(key, pi);
        patterns.push(p.words);
        patternTermLists.push([]);
      }
      // The same words for the same category in two languages (diaspora, migrant*) are one
      // term: a hit must not count twice.
      const dup = patternTermLists[pi].find((ti) => {
        const o = terms[ti];
        return o.kind === term.kind && o.facet === term.facet && o.id === term.id && o.negative === term.negative && o.needs === term.needs;
      });
      if (dup !== undefined) {
        const o = terms[dup];
        o.weight = Math.max(o.weight, term.weight);
        o.context = o.context && term.context;
        continue;
      }
      patternTermLists[pi].push(terms.length);
      terms.push(term);
    }
  };
  const addLexicon = (kind: Kind, facet: string, id: string, lex: LexiconText | undefined): void => {
    if (!lex) return;
    for (const [lang, text] of Object.entries(lex)) add(kind, facet, id, lang, text);
  };
  const addFacet = (facet: string, lex: FacetLexicon): void => {
    const known = new Set(CATEGORIES.filter((c) => c.facet === facet).map((c) => c.id));
    for (const [id, text] of Object.entries(lex)) {
      if (!known.has(id)) throw new Error(`lexicon of facet ${facet} names unknown category "${id}"`);
      addLexicon(Kind.Category, facet, id, text);
    }
  };

  addLexicon(Kind.Anchor, "migration", "anchor", bundle.anchors);
  addLexicon(Kind.Weak, "migration", "weak", bundle.weak);
  addLexicon(Kind.Negative, "migration", "negative", bundle.negatives);
  addLexicon(Kind.Ambiguous, "migration", "ambiguous", bundle.ambiguous);
  addLexicon(Kind.Cue, "migration", "cue", bundle.domainCues);
  for (const [name, lex] of Object.entries(bundle.cueSets ?? {})) addLexicon(Kind.SetCue, "cue-set", name, lex);
  for (const [facet, lex] of Object.entries(bundle.facets)) if (lex) addFacet(facet, lex);
  for (const c of bundle.countries) addLexicon(Kind.Country, "country", c.iso3, { en: c.en, ...c.names });
  for (let n = 1; n <= 23; n++) {
    add(Kind.Reference, "gcm", `gcm-${n}`, "any", GCM_REF_PHRASES(n).join(";"), { weight: 6 });
  }
  for (const c of CATEGORIES) {
    if (c.facet !== "sdg") continue;
    const target = c.id.slice(4);
    add(Kind.Reference, "sdg", c.id, "any", SDG_REF_PREFIXES.map((p) => `${p} ${target}`).join(";"), { weight: 6 });
  }

  const matcher = new Matcher(patterns);
  const { langMatcher, langSlots } = buildLangMatcher();
  const patternTerms = patternTermLists.map((l) => Int32Array.from(l));
  return { matcher, terms, patternTerms, table: termTableOf(terms, patternTerms), buildMs: now() - t0, linksFrom: bundle.linksFrom, langSlots, langMatcher, patterns };
}

/** Function words per language, in a matcher of their own that only counts them: the main
 *  matcher then never stops on "the", "и" or "de", and the language is read from the
 *  opening of a text (LANG_SAMPLE chars), which is where it is plainest. */
/** TermTable.flags bits. */
export const TermFlag = {
  Negative: 1,
  Context: 2,
  Phrase: 4,
  /** A theme term that needs no context: it shows migration is discussed where it stands. */
  ThemeSpecific: 8,
  Sector: 16,
  Instrument: 32,
} as const;

/**
 * What the scorer reads of each term on every hit, in typed arrays indexed by term number:
 * thousands of Term objects spread over the heap miss the cache on every hit, a few flat
 * arrays do not. `cat` numbers the categories (facet + id) so sets of them need no strings.
 */
export interface TermTable {
  kind: Uint8Array;
  flags: Uint8Array;
  weight: Float64Array;
  cat: Int32Array;
  catFacet: string[];
  catId: string[];
  /** Category number by `${facet}:${id}`. */
  catIndex: Map<string, number>;
  /** Per term: for a SetCue, the number of its cue set; for a `term&set`, the number of the
   *  set it needs; else -1. */
  cueSet: Int16Array;
  /** Cue set numbers by name (the numbers in `cueSet`). A `term&a&b&!c` needs the set named
   *  "a&b&!c", whose sentences are those that hold a word of a and of b and none of c. */
  cueSetIndex: Map<string, number>;
  /** The sets named "a&b" or "!c": their number, then their parts (−1 − k for a part "!" set k). */
  cueSetAll: Int16Array[];
  /** A fresh per-term occurrence counter: each call of the function it returns adds one to a
   *  term's count and returns the new count. Counters share two arrays with a generation stamp,
   *  so starting one costs nothing (no Map, nothing to clear). */
  counter(): (term: number) => number;
  /** Engine.patternTerms flattened: the terms of pattern p are
   *  patternTerm[patternStart[p] .. patternStart[p + 1]). */
  patternStart: Int32Array;
  patternTerm: Int32Array;
}

export function termTableOf(terms: Term[], patternTerms: Int32Array[]): TermTable {
  const patternStart = new Int32Array(patternTerms.length + 1);
  patternTerms.forEach((l, p) => {
    patternStart[p + 1] = patternStart[p] + l.length;
  });
  const patternTerm = new Int32Array(patternStart[patternTerms.length]);
  patternTerms.forEach((l, p) => {
    patternTerm.set(l, patternStart[p]);
  });
  return termTable(terms.length, (i) => terms[i], patternStart, patternTerm);
}

/** The fields of a term the table holds (a reader may hand out one object it refills). */
type TermRow = Pick<Term, "kind" | "facet" | "id" | "weight" | "context" | "negative" | "phrase" | "needs">;

function termTable(n: number, row: (i: number) => TermRow, patternStart: Int32Array, patternTerm: Int32Array): TermTable {
  const table: TermTable = {
    kind: new Uint8Array(n),
    flags: new Uint8Array(n),
    weight: new Float64Array(n),
    cat: new Int32Array(n),
    catFacet: [],
    catId: [],
    catIndex: new Map(),
    cueSet: new Int16Array(n).fill(-1),
    cueSetIndex: new Map(),
    cueSetAll: [],
    counter: counterOver(n),
    patternStart,
    patternTerm,
  };
  const sets = table.cueSetIndex;
  const setNumber = (name: string): number => {
    let k = sets.get(name);
    if (k === undefined) {
      k = sets.size;
      sets.set(name, k);
      if (name.includes("&") || name.startsWith("!")) {
        const parts = name.split("&").map((x) => (x.startsWith("!") ? -1 - setNumber(x.slice(1)) : setNumber(x)));
        table.cueSetAll.push(Int16Array.from([k, ...parts]));
      }
    }
    return k;
  };
  // Every category first, so crosswalk targets without terms of their own have a number too.
  for (const c of CATEGORIES) categoryNumber(table, c.facet, c.id);
  for (let i = 0; i < n; i++) {
    const t = row(i);
    table.kind[i] = t.kind;
    table.weight[i] = t.weight;
    let f = 0;
    if (t.negative) f |= TermFlag.Negative;
    if (t.context) f |= TermFlag.Context;
    if (t.phrase) f |= TermFlag.Phrase;
    if (t.kind === Kind.Category && t.facet === "theme" && !t.context) f |= TermFlag.ThemeSpecific;
    if (t.facet === "sector") f |= TermFlag.Sector;
    if (t.facet === "instrument") f |= TermFlag.Instrument;
    table.flags[i] = f;
    table.cat[i] = categoryNumber(table, t.facet, t.id);
    const set = t.kind === Kind.SetCue ? t.id : t.needs;
    if (set) table.cueSet[i] = setNumber(set);
  }
  return table;
}

/** Counters for TermTable.counter over `n` terms: a count is valid only while its stamp is the
 *  current generation, so a new counter is a new generation. */
function counterOver(n: number): () => (term: number) => number {
  const stamp = new Int32Array(n);
  const count = new Int32Array(n);
  let generation = 0;
  return () => {
    if (generation === 0x7fffffff) {
      stamp.fill(0);
      generation = 0;
    }
    const g = ++generation;
    return (t: number): number => {
      if (stamp[t] !== g) {
        stamp[t] = g;
        count[t] = 0;
      }
      return ++count[t];
    };
  };
}

/** The number of category facet:id in `table`, added if new (only while the table is built). */
function categoryNumber(table: TermTable, facet: string, id: string): number {
  const key = `${facet}:${id}`;
  let c = table.catIndex.get(key);
  if (c === undefined) {
    c = table.catFacet.length;
    table.catIndex.set(key, c);
    table.catFacet.push(facet);
    table.catId.push(id);
  }
  return c;
}

function buildLangMatcher(): { langMatcher: Matcher; langSlots: string[] } {
  const langSlots: string[] = [];
  const patterns: PatternWord[][] = [];
  const slots: number[] = [];
  const seen = new Set<string>();
  for (const [lang, text] of Object.entries(STOPWORDS)) {
    const slot = langSlots.length;
    langSlots.push(lang);
    for (const p of parseTerms(text ?? "")) {
      const key = p.words.map((w) => w.text).join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      patterns.push(p.words);
      slots.push(slot);
    }
  }
  return { langMatcher: new Matcher(patterns, Int32Array.from(slots)), langSlots };
}

/** How much of a text's opening the language detector reads. */
export const LANG_SAMPLE = 20_000;

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * The compiled lexicon, as data: parsing and folding ~12,000 terms costs far more at start-up
 * than building the matcher's tables, so `npm run lexicon` stores the parsed form and tag()
 * starts from it when it was made from the same lexicon texts (same hash); otherwise it
 * compiles the texts as before.
 *
 * Flat on purpose: every panel, worker and service worker builds an engine from it when it
 * starts, often on a busy core. Arrays of numbers and one string per distinct word are what
 * JSON.parse makes fastest, and the engine is built from them without an object per pattern
 * word or per term (format 2 made ~60,000 small objects, and their garbage collection cost as
 * much as the build itself).
 */
export interface EngineSnapshot {
  format: 3;
  /** bundleHash() of the lexicons it was made from. */
  hash: string;
  strings: string[];
  /** Distinct folded pattern words; a trailing "*" marks a stem. */
  words: string[];
  /** Number of words of each pattern, one base-36 digit per pattern. */
  patternLengths: string;
  /** The patterns' words in order, as indices into `words`. */
  patternWords: number[];
  /** TERM_FIELDS numbers per term: pattern, kind, facet, id, weight, flags (1 context,
   *  2 negative), lang, source, needs (the cue set a `term&set` needs, "" for none); facet, id,
   *  lang, source and needs are indices into `strings`. */
  terms: number[];
}

export const TERM_FIELDS = 9;

/** A hash of every lexicon text of a bundle (and of the compiler's own format), to tell
 *  whether a snapshot was made from them. */
export function bundleHash(bundle: LexiconBundle): string {
  let h = 0x811c9dc5 | 0;
  let n = 0;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0x1f, 16777619);
    n += s.length;
  };
  const feedLex = (lex: LexiconText | undefined): void => {
    if (!lex) return;
    for (const [lang, text] of Object.entries(lex)) {
      feed(lang);
      feed(text ?? "");
    }
  };
  feed(`format-3;${GCM_REF_PHRASES(1).join(";")};${SDG_REF_PREFIXES.join(";")}`);
  feedLex(bundle.anchors);
  feedLex(bundle.weak);
  feedLex(bundle.negatives);
  feedLex(bundle.ambiguous);
  feedLex(bundle.domainCues);
  for (const [name, lex] of Object.entries(bundle.cueSets ?? {})) {
    feed(name);
    feedLex(lex);
  }
  for (const [facet, lex] of Object.entries(bundle.facets)) {
    feed(facet);
    for (const [id, text] of Object.entries(lex ?? {})) {
      feed(id);
      feedLex(text);
    }
  }
  for (const c of bundle.countries) {
    feed(c.iso3);
    feed(c.en);
    feedLex(c.names);
  }
  feedLex(STOPWORDS);
  for (const c of CATEGORIES) feed(c.id);
  return `${(h >>> 0).toString(16)}-${n}`;
}

export function snapshotOf(engine: Engine, hash: string): EngineSnapshot {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const termPattern = new Int32Array(engine.terms.length);
  engine.patternTerms.forEach((list, p) => {
    for (const t of list) termPattern[t] = p;
  });
  const wp = wordPatternsOf(engine.patterns);
  let patternLengths = "";
  for (let p = 0; p + 1 < wp.start.length; p++) {
    const len = wp.start[p + 1] - wp.start[p];
    if (len > 35) throw new Error(`a lexicon pattern of ${len} words is longer than a snapshot stores`);
    patternLengths += len.toString(36);
  }
  return {
    format: 3,
    hash,
    strings,
    words: wp.text.map((w, i) => (wp.stem[i] ? `${w}*` : w)),
    patternLengths,
    patternWords: Array.from(wp.word),
    terms: engine.terms.flatMap((t, i) => [
      termPattern[i],
      t.kind,
      str(t.facet),
      str(t.id),
      t.weight,
      (t.context ? 1 : 0) | (t.negative ? 2 : 0),
      str(t.lang),
      str(t.source),
      str(t.needs),
    ]),
  };
}

/** The engine a snapshot holds; `linksFrom` is the one part of a bundle that is code, not data. */
export function engineFromSnapshot(snap: EngineSnapshot, linksFrom: LexiconBundle["linksFrom"]): Engine {
  const t0 = now();
  if (snap.format !== 3) throw new Error(`unknown lexicon snapshot format ${String(snap.format)}`);
  const { strings, words, terms: flat } = snap;
  const nPatterns = snap.patternLengths.length;
  const nTerms = flat.length / TERM_FIELDS;
  const wp: WordPatterns = {
    text: new Array<string>(words.length),
    stem: new Uint8Array(words.length),
    start: new Int32Array(nPatterns + 1),
    word: Int32Array.from(snap.patternWords),
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const stem = w.charCodeAt(w.length - 1) === 0x2a; // "*"
    wp.text[i] = stem ? w.slice(0, -1) : w;
    wp.stem[i] = stem ? 1 : 0;
  }
  for (let p = 0; p < nPatterns; p++) wp.start[p + 1] = wp.start[p] + Number.parseInt(snap.patternLengths[p], 36);
  // Terms by pattern (counting sort): the scorer's pattern → terms lists.
  const patternStart = new Int32Array(nPatterns + 1);
  for (let t = 0; t < nTerms; t++) patternStart[flat[t * TERM_FIELDS] + 1]++;
  for (let p = 0; p < nPatterns; p++) patternStart[p + 1] += patternStart[p];
  const fill = patternStart.slice(0, nPatterns);
  const patternTerm = new Int32Array(nTerms);
  for (let t = 0; t < nTerms; t++) patternTerm[fill[flat[t * TERM_FIELDS]]++] = t;
  // One row object, refilled for each term.
  const row: TermRow = { kind: Kind.Anchor, facet: "", id: "", weight: 0, context: false, negative: false, phrase: false, needs: "" };
  const rowOf = (t: number): TermRow => {
    const at = t * TERM_FIELDS;
    const p = flat[at];
    row.kind = flat[at + 1] as Kind;
    row.facet = strings[flat[at + 2]];
    row.id = strings[flat[at + 3]];
    row.weight = flat[at + 4];
    row.context = (flat[at + 5] & 1) !== 0;
    row.negative = (flat[at + 5] & 2) !== 0;
    row.needs = strings[flat[at + 8]];
    row.phrase = wp.start[p + 1] - wp.start[p] > 1;
    return row;
  };
  const table = termTable(nTerms, rowOf, patternStart, patternTerm);
  const matcher = new Matcher(wp);
  const { langMatcher, langSlots } = buildLangMatcher();
  // Term objects and word lists are for tools and tests (snapshots, explanations of a lexicon),
  // not for tag(): made on first use.
  let terms: Term[] | undefined;
  let patternTerms: Int32Array[] | undefined;
  let patterns: PatternWord[][] | undefined;
  return {
    matcher,
    table,
    buildMs: now() - t0,
    linksFrom,
    langSlots,
    langMatcher,
    get terms(): Term[] {
      terms ??= Array.from({ length: nTerms }, (_, t) => {
        const r = rowOf(t);
        const at = t * TERM_FIELDS;
        return { kind: r.kind, facet: r.facet, id: r.id, weight: r.weight, context: r.context, negative: r.negative, needs: r.needs, phrase: r.phrase, lang: strings[flat[at + 6]], source: strings[flat[at + 7]] };
      });
      return terms;
    },
    get patternTerms(): Int32Array[] {
      patternTerms ??= Array.from({ length: nPatterns }, (_, p) => patternTerm.slice(patternStart[p], patternStart[p + 1]));
      return patternTerms;
    },
    get patterns(): PatternWord[][] {
      patterns ??= Array.from({ length: nPatterns }, (_, p) =>
        Array.from(wp.word.subarray(wp.start[p], wp.start[p + 1]), (w) => ({ text: wp.text[w], stem: wp.stem[w] === 1 })),
      );
      return patterns;
    },
  };
}

export type { LexLang };
