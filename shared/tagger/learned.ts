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

export const MODEL_FORMAT = "mmt-calib-1";
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
  format: typeof MODEL_FORMAT;
  taxonomyVersion: string;
  trainedOn: number;
  /** Only facets that passed the gate (see train); the others stay with the lexicon. */
  facets: Record<string, FacetModel>;
  /** Per facet tried: micro-F1 on the most recent examples, of the lexicon and of a model
   *  fitted on the earlier ones. */
  gate: Record<string, { n: number; lexicon: number; model: number }>;
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
    if (model?.format !== MODEL_FORMAT) throw new Error(`unknown model format "${String(model?.format)}"`);
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
}

/**
 * Stands in for a model inside tag() to record each facet's candidates; asserts what the
 * lexicon asserts, so the result is the lexicon's own.
 */
export class CandidateRecorder implements TagModel {
  candidates: Record<string, Candidate[]> = {};
  relevance = 0;
  lexiconTags: string[] = [];
  covers(facet: string): boolean {
    return (LEARNED_FACETS as readonly string[]).includes(facet);
  }
  select(facet: string, cands: Candidate[], relevance: number, lexiconTags: string[]): Set<string> {
    this.candidates[facet] = cands.map((c) => ({ ...c }));
    this.relevance = relevance;
    this.lexiconTags = lexiconTags;
    return new Set(cands.filter((c) => c.lexicon).map((c) => c.id));
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
  return model;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
