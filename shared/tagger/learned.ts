/**
 * The learned layer: per facet, a calibrated re-decision among the lexicon's own candidates,
 * learned from passages people confirmed or corrected (`mmt train`). A candidate is every
 * category of the facet with a lexicon score and evidence spans, asserted or not; the model
 * gives it a probability from language-independent facts the lexicon already computed (its
 * raw score against the threshold, its share of the facet's best, how many hits and whether it
 * came only through a crosswalk, whether the lexicon asserted it, the passage's relevance) with a
 * bias and slopes of its own per category, and asserts it when the probability reaches the
 * facet's cut. So it can demote (a category people keep rejecting at that score) as well as
 * promote (one people keep confirming under the threshold), it learns from examples in one
 * language for all, and it never asserts a category without lexicon evidence: explanations stay
 * exact. A facet is learned only when a model fitted on the earlier examples beat the lexicon on
 * the most recent ones (see train); otherwise the lexicon decides it. With no model the lexicon
 * works alone and pays nothing.
 */

import { CLASS, DROP, EXPAND, FOLD, MULTI, STOP, WORD } from "./fold";
import type { Span } from "./types";

/** Format 2 adds the optional n-gram proposer (`ngram`); format 1 files still load. */
export const MODEL_FORMAT = "mmt-calib-2";
const FORMATS: readonly string[] = ["mmt-calib-1", MODEL_FORMAT];
/** Facets the layer can re-decide (those people label). */
export const LEARNED_FACETS = ["theme", "sector", "gcm"] as const;

/** One lexicon candidate of a facet, as score.ts hands it over (best raw score first). */
export interface Candidate {
  id: string;
  raw: number;
  /** Raw score the category needs on its own. */
  threshold: number;
  /** Lexicon hits behind it, and the crosswalked categories it got score from. */
  hits: number;
  via: number;
  /** Whether the lexicon alone asserts it. */
  lexicon: boolean;
}

/** What score.ts asks of a model (TagOptions.model). */
export interface TagModel {
  covers(facet: string): boolean;
  /** Ids to assert among the facet's candidates; `lexiconTags` are every "facet:id" the
   *  lexicon alone asserts on the passage (cross-category evidence). */
  select(facet: string, candidates: Candidate[], relevance: number, lexiconTags: string[]): Set<string>;
  /** Optional: categories the lexicon had no say on, read from word n-grams of `text` within
   *  `ranges` ([start, end) pairs in original offsets), best first; called once per relevant text. */
  propose?(text: string, ranges: number[]): Proposal[];
}

/** A category the n-gram model proposes, with its strongest n-grams as evidence. */
export interface Proposal {
  facet: string;
  id: string;
  p: number;
  evidence: Span[];
}

export interface FacetModel {
  /** Probability a candidate needs to be asserted. */
  cut: number;
  /** Only ever drops what the lexicon asserts (never asserts a candidate under its threshold). */
  demoteOnly?: boolean;
  /** Feature set and L2 penalty it was trained with (both chosen by inner cross-validation). */
  features: FeatureSet;
  l2: number;
  weights: Record<string, number>;
  /** Inner cross-validation micro-F1 on the training data: lexicon alone, and with the model. */
  innerF1: { lexicon: number; model: number };
}

export interface LearnedModel {
  format: typeof MODEL_FORMAT | "mmt-calib-1";
  taxonomyVersion: string;
  trainedOn: number;
  /** Only facets that passed the gate (see train); the others stay with the lexicon. */
  facets: Record<string, FacetModel>;
  /** Per facet tried: micro-F1 on the most recent examples, of the lexicon and of a model
   *  fitted on the earlier ones. */
  gate: Record<string, { n: number; lexicon: number; model: number }>;
  /** The n-gram proposer (format 2), when it passed its gate in some facet. */
  ngram?: NgramModel;
}

/**
 * Feature sets, the richer ones adding to the one before: "lexicon" (the candidate's own
 * lexicon facts and its category's bias and slopes), "pairs" (the category paired with each
 * other tag the lexicon asserts on the passage, in any facet: cross-category evidence such as a
 * theme for an objective), "shape" (per-category slopes on share and hits, the candidate count
 * and rank). Which one a facet uses is chosen by inner cross-validation.
 */
export const FEATURE_SETS = ["lexicon", "pairs", "shape"] as const;
export type FeatureSet = (typeof FEATURE_SETS)[number];

/** Named features of candidate i among its facet's candidates. */
export function candidateFeatures(
  facet: string,
  cands: Candidate[],
  i: number,
  relevance: number,
  lexiconTags: string[],
  set: FeatureSet,
): [string, number][] {
  const c = cands[i];
  const best = cands.length > 0 ? cands[0].raw : 0;
  const share = best > 0 ? c.raw / best : 0;
  const lr = Math.max(-3, Math.min(3, Math.log(c.raw / c.threshold)));
  const lex = c.lexicon ? 1 : 0;
  let nLex = 0;
  for (const x of cands) if (x.lexicon) nLex++;
  const k = `c:${c.id}`;
  const out: [string, number][] = [
    ["bias", 1],
    ["lex", lex],
    ["lr", lr],
    ["share", share],
    ["top", i === 0 ? 1 : 0],
    ["hits", Math.log1p(c.hits)],
    ["viaOnly", c.hits === 0 && c.via > 0 ? 1 : 0],
    ["relevance", relevance],
    ["others", Math.log1p(nLex - lex)],
    [k, 1],
    [`${k}:lex`, lex],
    [`${k}:lr`, lr],
  ];
  if (set === "lexicon") return out;
  const self = `${facet}:${c.id}`;
  for (const t of lexiconTags) if (t !== self) out.push([`${k}&${t}`, 1]);
  if (set === "pairs") return out;
  out.push([`${k}:share`, share], [`${k}:hits`, Math.log1p(c.hits)], ["n", Math.log1p(cands.length)], ["rank", Math.log1p(i)]);
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function probability(weights: Record<string, number>, feats: [string, number][]): number {
  let z = 0;
  for (const [name, v] of feats) z += (weights[name] ?? 0) * v;
  return sigmoid(z);
}

/** A model ready for tag(text, { model }). */
export class CompiledModel implements TagModel {
  constructor(readonly model: LearnedModel) {
    if (!FORMATS.includes(model?.format)) throw new Error(`unknown model format "${String(model?.format)}"`);
    if (model.ngram) this.proposer = new NgramProposer(model.ngram);
  }

  private proposer?: NgramProposer;

  propose(text: string, ranges: number[]): Proposal[] {
    return this.proposer ? this.proposer.propose(text, ranges) : [];
  }

  covers(facet: string): boolean {
    return facet in this.model.facets;
  }

  select(facet: string, cands: Candidate[], relevance: number, lexiconTags: string[]): Set<string> {
    const m = this.model.facets[facet];
    if (!m) return new Set(cands.filter((c) => c.lexicon).map((c) => c.id));
    return assertWith(m, facet, cands, relevance, lexiconTags);
  }
}

/** One passage as training data: the facet candidates the lexicon gave it, and its labels. */
export interface CandidateExample {
  relevance: number;
  /** Candidates per facet (the lexicon's, before any model). */
  candidates: Record<string, Candidate[]>;
  /** Every "facet:id" the lexicon alone asserts. */
  lexiconTags: string[];
  /** Gold ids per facet ([] for a passage not about migration). */
  gold: Record<string, string[]>;
  /** The text and the ranges of it a proposer reads (tag() asks for proposals only on relevant
   *  texts, those with relevance > 0 here; the others still teach the n-gram model). */
  text?: string;
  ranges?: number[];
}

/**
 * Stands in for a model inside tag() to record each facet's candidates; asserts what the
 * lexicon asserts, so the result is the lexicon's own.
 */
export class CandidateRecorder implements TagModel {
  candidates: Record<string, Candidate[]> = {};
  relevance = 0;
  lexiconTags: string[] = [];
  text?: string;
  ranges?: number[];
  covers(facet: string): boolean {
    return (LEARNED_FACETS as readonly string[]).includes(facet);
  }
  select(facet: string, cands: Candidate[], relevance: number, lexiconTags: string[]): Set<string> {
    this.candidates[facet] = cands.map((c) => ({ ...c }));
    this.relevance = relevance;
    this.lexiconTags = lexiconTags;
    return new Set(cands.filter((c) => c.lexicon).map((c) => c.id));
  }
  propose(text: string, ranges: number[]): Proposal[] {
    this.text = text;
    this.ranges = [...ranges];
    return [];
  }
}

interface Row {
  feats: [string, number][];
  y: number;
  /** Example number, for folds. */
  ex: number;
  id: string;
  lexicon: boolean;
}

function rowsOf(examples: CandidateExample[], facet: string, set: FeatureSet): Row[] {
  const rows: Row[] = [];
  examples.forEach((e, ex) => {
    const cands = e.candidates[facet] ?? [];
    const gold = new Set(e.gold[facet] ?? []);
    cands.forEach((c, i) => {
      rows.push({ feats: candidateFeatures(facet, cands, i, e.relevance, e.lexiconTags, set), y: gold.has(c.id) ? 1 : 0, ex, id: c.id, lexicon: c.lexicon });
    });
  });
  return rows;
}

/** Rows as flat arrays: feature numbers and values, row r at [offset[r], offset[r + 1]). */
interface Encoded {
  names: string[];
  offset: Int32Array;
  feat: Int32Array;
  value: Float64Array;
  y: Float64Array;
}

function encode(rows: Row[]): Encoded {
  const index = new Map<string, number>([["bias", 0]]);
  const offset = new Int32Array(rows.length + 1);
  const feat: number[] = [];
  const value: number[] = [];
  rows.forEach((r, k) => {
    for (const [name, v] of r.feats) {
      if (v === 0) continue;
      let f = index.get(name);
      if (f === undefined) {
        f = index.size;
        index.set(name, f);
      }
      feat.push(f);
      value.push(v);
    }
    offset[k + 1] = feat.length;
  });
  return { names: [...index.keys()], offset, feat: Int32Array.from(feat), value: Float64Array.from(value), y: Float64Array.from(rows, (r) => r.y) };
}

/** L2-penalised logistic regression (the bias unpenalised) by full-batch gradient descent over
 *  the rows where `use` is 1: deterministic, and quick at the size of a tracker's entries. */
function fitWeights(enc: Encoded, use: Uint8Array, l2: number, iterations = 600, rate = 0.5): Float64Array {
  const { offset, feat, value, y } = enc;
  const w = new Float64Array(enc.names.length);
  const grad = new Float64Array(w.length);
  let n = 0;
  for (const u of use) n += u;
  n = Math.max(1, n);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (let r = 0; r < use.length; r++) {
      if (use[r] === 0) continue;
      let z = 0;
      for (let j = offset[r]; j < offset[r + 1]; j++) z += w[feat[j]] * value[j];
      const g = sigmoid(z) - y[r];
      for (let j = offset[r]; j < offset[r + 1]; j++) grad[feat[j]] += g * value[j];
    }
    for (let f = 0; f < w.length; f++) w[f] -= rate * (grad[f] / n + (f === 0 ? 0 : l2 * w[f]));
  }
  return w;
}

function rowProbability(enc: Encoded, w: Float64Array, r: number): number {
  let z = 0;
  for (let j = enc.offset[r]; j < enc.offset[r + 1]; j++) z += w[enc.feat[j]] * enc.value[j];
  return sigmoid(z);
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Micro-F1 over the examples of a facet when the candidates with p >= cut are asserted. */
function facetF1(examples: CandidateExample[], facet: string, assert: (e: CandidateExample, i: number) => Set<string>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((e, i) => {
    const gold = new Set(e.gold[facet] ?? []);
    const pred = assert(e, i);
    for (const id of pred) if (gold.has(id)) tp++;
    else fp++;
    for (const id of gold) if (!pred.has(id)) fn++;
  });
  return f1(tp, fp, fn);
}

export interface TrainOptions {
  taxonomyVersion: string;
  /** Folds of the inner cross-validation that chooses the penalty and the cut (default 5). */
  folds?: number;
  l2Grid?: number[];
  cutGrid?: number[];
  /** Feature sets inner cross-validation chooses from (default: all of FEATURE_SETS). */
  featureSets?: FeatureSet[];
  /** Facets to learn (default: all of LEARNED_FACETS). */
  facets?: readonly string[];
  /** Share of the examples, the most recent, held out for the gate (default 0.25). */
  gateShare?: number;
  /** Facets where the model may only drop lexicon assertions. */
  demoteOnly?: readonly string[];
  /** Learn every facet, with no gate (for measurement). */
  force?: boolean;
  /** Train the n-gram proposer too (default true; needs examples with text). */
  propose?: boolean;
}

const lexiconSet = (cands: Candidate[] | undefined): Set<string> => new Set((cands ?? []).filter((c) => c.lexicon).map((c) => c.id));

/** Assertions of a facet model among a passage's candidates. */
function assertWith(m: FacetModel, facet: string, cands: Candidate[], relevance: number, lexiconTags: string[]): Set<string> {
  const out = new Set<string>();
  cands.forEach((c, i) => {
    if (m.demoteOnly && !c.lexicon) return;
    if (probability(m.weights, candidateFeatures(facet, cands, i, relevance, lexiconTags, m.features)) >= m.cut) out.add(c.id);
  });
  return out;
}

/**
 * Fits one facet: the feature set, the penalty and the cut chosen by inner k-fold
 * cross-validation over the examples (folds by example, every k-th), then weights fitted on
 * all of them. Null when the examples have no positive or no negative candidate.
 */
function fitFacet(examples: CandidateExample[], facet: string, opts: TrainOptions): FacetModel | null {
  const folds = Math.max(2, Math.min(opts.folds ?? 5, examples.length));
  const l2Grid = opts.l2Grid ?? [0.003, 0.01, 0.03, 0.1];
  const cutGrid = opts.cutGrid ?? [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
  const lexF1 = facetF1(examples, facet, (e) => lexiconSet(e.candidates[facet]));
  const demoteOnly = opts.demoteOnly?.includes(facet) ?? false;
  let best: { f1: number; l2: number; cut: number; set: FeatureSet; enc?: Encoded } = { f1: -1, l2: l2Grid[0], cut: 0.5, set: "lexicon" };
  // Simpler feature sets and stronger penalties first: a richer one must do strictly better.
  for (const set of opts.featureSets ?? FEATURE_SETS) {
    const rows = rowsOf(examples, facet, set);
    if (!rows.some((r) => r.y === 1) || !rows.some((r) => r.y === 0)) return null;
    const enc = encode(rows);
    for (const l2 of [...l2Grid].sort((x, y) => y - x)) {
      // Out-of-fold probability of every row.
      const p = new Float64Array(rows.length);
      for (let k = 0; k < folds; k++) {
        const w = fitWeights(enc, Uint8Array.from(rows, (r) => (r.ex % folds !== k ? 1 : 0)), l2);
        rows.forEach((r, i) => {
          if (r.ex % folds === k) p[i] = rowProbability(enc, w, i);
        });
      }
      const byEx = new Map<number, [string, number][]>();
      rows.forEach((r, i) => {
        if (demoteOnly && !r.lexicon) return;
        const l = byEx.get(r.ex);
        if (l) l.push([r.id, p[i]]);
        else byEx.set(r.ex, [[r.id, p[i]]]);
      });
      for (const cut of cutGrid) {
        const score = facetF1(examples, facet, (_, i) => new Set((byEx.get(i) ?? []).filter(([, q]) => q >= cut).map(([id]) => id)));
        if (score > best.f1 + 1e-9) best = { f1: score, l2, cut, set, enc };
      }
    }
  }
  const enc = best.enc;
  if (!enc) return null;
  const w = fitWeights(enc, new Uint8Array(enc.y.length).fill(1), best.l2);
  const weights: Record<string, number> = {};
  enc.names.forEach((name, f) => {
    const x = Math.round(w[f] * 1e5) / 1e5;
    if (x !== 0) weights[name] = x;
  });
  return { cut: best.cut, ...(demoteOnly ? { demoteOnly } : {}), features: best.set, l2: best.l2, weights, innerF1: { lexicon: round3(lexF1), model: round3(best.f1) } };
}

/**
 * Trains a facet model per facet, and keeps it only where it passed the gate: a model fitted
 * on the earlier examples (file order: the order people confirmed them) must beat the lexicon
 * on the most recent `gateShare` of them, which it never saw. Inner cross-validation alone
 * cannot be the gate: the best of the dozens of settings it tries beats the lexicon on the
 * same examples by chance. The kept model is then refitted on all examples.
 */
export function train(examples: CandidateExample[], opts: TrainOptions): LearnedModel {
  const model: LearnedModel = { format: MODEL_FORMAT, taxonomyVersion: opts.taxonomyVersion, trainedOn: examples.length, facets: {}, gate: {} };
  const split = Math.floor(examples.length * (1 - (opts.gateShare ?? 0.25)));
  const early = examples.slice(0, split);
  const recent = examples.slice(split);
  for (const facet of opts.facets ?? LEARNED_FACETS) {
    if (!opts.force) {
      const m = fitFacet(early, facet, opts);
      if (!m || recent.length === 0) continue;
      const lexicon = facetF1(recent, facet, (e) => lexiconSet(e.candidates[facet]));
      const learned = facetF1(recent, facet, (e) => (e.candidates[facet] ? assertWith(m, facet, e.candidates[facet], e.relevance, e.lexiconTags) : new Set()));
      model.gate[facet] = { n: recent.length, lexicon: round3(lexicon), model: round3(learned) };
      if (learned <= lexicon) continue;
    }
    const m = fitFacet(examples, facet, opts);
    if (m) model.facets[facet] = m;
  }
  if (opts.propose !== false) {
    const ngram = trainNgram(examples, opts);
    if (ngram) model.ngram = ngram;
  }
  return model;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------------------------------------
// The n-gram proposer: per category, a logistic regression over hashed word unigrams and bigrams
// of the folded text, which may PROPOSE a category the lexicon did not assert (most misses on
// unseen text have no lexicon candidate at all, which no re-decision can reach). At most one
// proposal per facet, only on a text the lexicon found relevant, only above a cut calibrated on
// the training data, and only in facets where it passed the same time-ordered gate as above.
// Its evidence is the exact spans of the n-grams that pushed the probability up most.

/** Trained n-gram proposer (inside a format-2 model). */
export interface NgramModel {
  /** Hashes of the n-grams kept: those seen in at least `minDf` training texts. */
  vocab: number[];
  /** Per facet that passed the gate: the probability a proposal needs, and per category a bias
   *  and one weight per vocab entry. */
  facets: Record<string, { cut: number; labels: Record<string, { b: number; w: number[] }> }>;
  /** Per facet tried: micro-F1 on the most recent examples, of the lexicon and of the lexicon
   *  plus proposals from a model fitted on the earlier ones. */
  gate: Record<string, { n: number; lexicon: number; model: number }>;
}

/** Texts up to this length are read whole; in longer ones the proposer reads the sentences
 *  near migration anchors, up to this many chars (see score.ts), so a long page costs little. */
export const NGRAM_READ = 30000;
const FNV = 0x811c9dc5;
const bigramHash = (a: number, b: number): number => (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;

/**
 * Word unigrams and bigrams (within a sentence and a range) of `text` inside `ranges`, hashed
 * (FNV-1a over the folded chars, as the matcher folds them). Calls `add(hash, start, end)` per
 * n-gram occurrence, with its original offsets.
 */
export function forEachNgram(text: string, ranges: number[], add: (h: number, start: number, end: number) => void): void {
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const end = Math.min(ranges[r + 1], text.length);
    let h = FNV;
    let len = 0;
    let start = -1;
    let prev = -1;
    let prevStart = 0;
    const close = (at: number): void => {
      if (len > 0) {
        const u = h >>> 0;
        add(u, start, at);
        if (prev >= 0) add(bigramHash(prev, u), prevStart, at);
        prev = u;
        prevStart = start;
      }
      h = FNV;
      len = 0;
    };
    for (let i = ranges[r]; i < end; i++) {
      const c = text.charCodeAt(i);
      if (CLASS[c] === WORD) {
        const f = FOLD[c];
        if (f === DROP) continue;
        if (len === 0) start = i;
        if (f === MULTI) {
          const s = EXPAND.get(c) ?? "";
          for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
        } else h = Math.imul(h ^ f, 0x01000193);
        len++;
        continue;
      }
      close(i);
      if (CLASS[c] === STOP) prev = -1;
    }
    close(end);
  }
}

/** Sparse feature vector over a vocab: log counts, L2-normalised; `first` holds each feature's
 *  first occurrence (for evidence). */
interface NgramVec {
  idx: number[];
  val: number[];
  first: Map<number, [number, number]>;
}

function vectorOf(text: string, ranges: number[], vocab: Map<number, number>): NgramVec {
  const count = new Map<number, number>();
  const first = new Map<number, [number, number]>();
  forEachNgram(text, ranges, (h, s, e) => {
    const f = vocab.get(h);
    if (f === undefined) return;
    const n = count.get(f);
    if (n === undefined) {
      count.set(f, 1);
      first.set(f, [s, e]);
    } else count.set(f, n + 1);
  });
  const idx = [...count.keys()];
  const val = idx.map((f) => 1 + Math.log(count.get(f) as number));
  const norm = Math.sqrt(val.reduce((a, v) => a + v * v, 0)) || 1;
  return { idx, val: val.map((v) => v / norm), first };
}

/** A ready proposer (CompiledModel holds one). */
class NgramProposer {
  private vocab: Map<number, number>;
  private facets: { facet: string; cut: number; labels: { id: string; b: number; w: Float64Array }[] }[];
  constructor(m: NgramModel) {
    this.vocab = new Map(m.vocab.map((h, i) => [h, i]));
    this.facets = Object.entries(m.facets).map(([facet, f]) => ({
      facet,
      cut: f.cut,
      labels: Object.entries(f.labels).map(([id, l]) => ({ id, b: l.b, w: Float64Array.from(l.w) })),
    }));
  }

  propose(text: string, ranges: number[]): Proposal[] {
    if (this.facets.length === 0) return [];
    const x = vectorOf(text, ranges, this.vocab);
    if (x.idx.length === 0) return [];
    const out: Proposal[] = [];
    for (const { facet, cut, labels } of this.facets) {
      for (const { id, b, w } of labels) {
        let z = b;
        for (let j = 0; j < x.idx.length; j++) z += w[x.idx[j]] * x.val[j];
        const p = sigmoid(z);
        if (p < cut) continue;
        // Evidence: the n-grams that raised the probability most, at their first occurrence.
        const strongest = x.idx
          .map((f, j) => [f, w[f] * x.val[j]] as const)
          .filter(([, v]) => v > 0)
          .sort((a, c) => c[1] - a[1] || a[0] - c[0])
          .slice(0, 5);
        const evidence = strongest
          .map(([f]) => x.first.get(f) as [number, number])
          .sort((a, c) => a[0] - c[0])
          .map(([start, end]) => ({ start, end, quote: text.slice(start, end) }));
        if (evidence.length > 0) out.push({ facet, id, p, evidence });
      }
    }
    return out.sort((a, c) => c.p - a.p || (a.id < c.id ? -1 : 1));
  }
}

/** L2-penalised logistic regression by AdaGrad over the rows, in a fixed shuffled order. */
function fitNgram(xs: NgramVec[], y: Uint8Array, dim: number, l2 = 1e-4, epochs = 20, rate = 0.5): { b: number; w: Float64Array } {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim);
  let b = 0;
  let gb = 1e-8;
  const order = Array.from(xs, (_, i) => i);
  let seed = 12345;
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const { idx, val } = xs[r];
      let z = b;
      for (let j = 0; j < idx.length; j++) z += w[idx[j]] * val[j];
      const g = sigmoid(z) - y[r];
      for (let j = 0; j < idx.length; j++) {
        const k = idx[j];
        const gr = g * val[j] + l2 * w[k];
        g2[k] += gr * gr;
        w[k] -= (rate * gr) / Math.sqrt(g2[k] + 1e-8);
      }
      gb += g * g;
      b -= (rate * g) / Math.sqrt(gb);
    }
  }
  return { b, w };
}

const NGRAM_CUTS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** Micro-F1 of a facet when each text's best proposal at or above `cut` (not asserted by the
 *  lexicon) is added to the lexicon's assertions. `probs[i]` is null for a text not read. */
function proposalF1(examples: CandidateExample[], facet: string, probs: (Map<string, number> | null)[], cut: number): number {
  return facetF1(examples, facet, (e, i) => {
    const lex = lexiconSet(e.candidates[facet]);
    if (!(e.relevance > 0)) return lex;
    let best: string | undefined;
    let bp = cut;
    for (const [id, p] of probs[i] ?? []) if (!lex.has(id) && (p > bp || (p === bp && best === undefined))) [best, bp] = [id, p];
    if (best !== undefined) lex.add(best);
    return lex;
  });
}

/** Per facet: category models fitted on `fit`, the cut chosen on out-of-fold probabilities over
 *  5 contiguous blocks of `fit` (time order), null for a facet no cut improves. */
function fitProposer(fit: CandidateExample[], facets: readonly string[], minDf: number): NgramModel {
  const readable = (e: CandidateExample): boolean => typeof e.text === "string" && Array.isArray(e.ranges);
  const df = new Map<number, number>();
  for (const e of fit) {
    if (!readable(e)) continue;
    const seen = new Set<number>();
    forEachNgram(e.text as string, e.ranges as number[], (h) => seen.add(h));
    for (const h of seen) df.set(h, (df.get(h) ?? 0) + 1);
  }
  const vocabList = [...df].filter(([, n]) => n >= minDf).map(([h]) => h);
  const vocab = new Map(vocabList.map((h, i) => [h, i]));
  const xs = fit.map((e) => (readable(e) ? vectorOf(e.text as string, e.ranges as number[], vocab) : null));
  const rows = fit.map((_, i) => i).filter((i) => xs[i] !== null);
  const model: NgramModel = { vocab: vocabList, facets: {}, gate: {} };
  const K = 5;
  for (const facet of facets) {
    const ids = [...new Set(rows.flatMap((i) => fit[i].gold[facet] ?? []))].sort();
    if (ids.length === 0 || rows.length < 2 * K) continue;
    const yOf = (id: string, rs: number[]): Uint8Array => Uint8Array.from(rs, (i) => ((fit[i].gold[facet] ?? []).includes(id) ? 1 : 0));
    const oof: (Map<string, number> | null)[] = fit.map((_, i) => (xs[i] ? new Map() : null));
    for (let k = 0; k < K; k++) {
      const lo = Math.floor((k * rows.length) / K);
      const hi = Math.floor(((k + 1) * rows.length) / K);
      const trainRows = rows.filter((_, j) => j < lo || j >= hi);
      for (const id of ids) {
        const m = fitNgram(trainRows.map((i) => xs[i] as NgramVec), yOf(id, trainRows), vocabList.length);
        for (let j = lo; j < hi; j++) {
          const x = xs[rows[j]] as NgramVec;
          let z = m.b;
          for (let t = 0; t < x.idx.length; t++) z += m.w[x.idx[t]] * x.val[t];
          oof[rows[j]]?.set(id, sigmoid(z));
        }
      }
    }
    let best = facetF1(fit, facet, (e) => lexiconSet(e.candidates[facet]));
    let cut = 0;
    for (const c of NGRAM_CUTS) {
      const f = proposalF1(fit, facet, oof, c);
      if (f > best + 1e-9) [best, cut] = [f, c];
    }
    if (cut === 0) continue;
    const labels: Record<string, { b: number; w: number[] }> = {};
    for (const id of ids) {
      const m = fitNgram(rows.map((i) => xs[i] as NgramVec), yOf(id, rows), vocabList.length);
      labels[id] = { b: Math.round(m.b * 1e4) / 1e4, w: Array.from(m.w, (v) => Math.round(v * 1e3) / 1e3) };
    }
    model.facets[facet] = { cut, labels };
  }
  return model;
}

/** Probabilities of every category of every facet of `m` for each example (null: not read). */
function proposerProbs(m: NgramModel, examples: CandidateExample[]): (Map<string, number> | null)[] {
  const p = new NgramProposer({ ...m, facets: Object.fromEntries(Object.entries(m.facets).map(([f, v]) => [f, { ...v, cut: 0 }])) });
  return examples.map((e) => {
    if (typeof e.text !== "string" || !Array.isArray(e.ranges)) return null;
    return new Map(p.propose(e.text, e.ranges).map((q) => [`${q.facet}:${q.id}`, q.p]));
  });
}

/**
 * Trains the n-gram proposer: per facet, kept only when, fitted on the earlier examples, it beat
 * the lexicon on the most recent `gateShare` (as train() does for the re-decider); then refitted
 * on all examples. Null when no facet passed.
 */
function trainNgram(examples: CandidateExample[], opts: TrainOptions): NgramModel | null {
  const facets = opts.facets ?? LEARNED_FACETS;
  const minDf = examples.length >= 100 ? 3 : 1;
  const gate: NgramModel["gate"] = {};
  let keep: string[] = [...facets];
  if (!opts.force) {
    const split = Math.floor(examples.length * (1 - (opts.gateShare ?? 0.25)));
    const early = examples.slice(0, split);
    const recent = examples.slice(split);
    if (recent.length === 0) return null;
    const m = fitProposer(early, facets, minDf);
    const probs = proposerProbs(m, recent);
    keep = [];
    for (const facet of facets) {
      const f = m.facets[facet];
      if (!f) continue;
      const perFacet = probs.map((q) => (q ? new Map([...q].filter(([k]) => k.startsWith(`${facet}:`)).map(([k, v]) => [k.slice(facet.length + 1), v])) : null));
      const lexicon = facetF1(recent, facet, (e) => lexiconSet(e.candidates[facet]));
      const model = proposalF1(recent, facet, perFacet, f.cut);
      gate[facet] = { n: recent.length, lexicon: round3(lexicon), model: round3(model) };
      if (model > lexicon) keep.push(facet);
    }
  }
  if (keep.length === 0) return { vocab: [], facets: {}, gate };
  const m = fitProposer(examples, keep, minDf);
  return { ...m, gate };
}
