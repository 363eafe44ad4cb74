/**
 * The learned layer: per category, a logistic regression over hashed word unigrams and bigrams
 * of the folded text, trained from passages people confirmed or corrected (`mmt train`). It
 * never asserts a tag on its own — a tag needs lexicon evidence to stay explainable — but it
 * moves lexicon candidates up across their facet's threshold where people confirmed similar
 * text. It never lowers a score: letting it scale scores down to half (2026-11-29) cut theme
 * recall on held-out text from 0.83 to 0.67 (dev) and 0.82 to 0.64 (passage batch 10). With no
 * model the lexicon works alone.
 */
import { CLASS, DROP, EXPAND, FOLD, MULTI, WORD } from "./fold";

/** Feature space: 2^18 hashed buckets. */
const BITS = 18;
const DIM = 1 << BITS;
const MASK = DIM - 1;

export interface LearnedModel {
  format: "mmt-linear-1";
  taxonomyVersion: string;
  /** Per "facet:id": bias and sparse weights ([bucket, weight] pairs). */
  labels: Record<string, { bias: number; weights: [number, number][] }>;
  trainedOn: number;
}

/** Hashed unigram and bigram counts of a text, log-scaled and L2-normalised. */
export function features(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  let h = 0x811c9dc5 | 0;
  let inWord = false;
  let prev = 0;
  let hasPrev = false;
  const add = (k: number): void => {
    const b = k & MASK;
    counts.set(b, (counts.get(b) ?? 0) + 1);
  };
  const endWord = (): void => {
    if (!inWord) return;
    add(h);
    if (hasPrev) add(Math.imul(prev ^ 0x5bd1e995, 31) ^ h);
    prev = h;
    hasPrev = true;
    inWord = false;
    h = 0x811c9dc5 | 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CLASS[c] !== WORD) {
      endWord();
      continue;
    }
    const f = FOLD[c];
    if (f === DROP) continue;
    inWord = true;
    if (f === MULTI) for (const ch of EXPAND.get(c)!) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    else h = Math.imul(h ^ f, 16777619);
  }
  endWord();
  let norm = 0;
  for (const [k, v] of counts) {
    const w = 1 + Math.log(v);
    counts.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of counts) counts.set(k, v / norm);
  return counts;
}

export interface TrainingExample {
  text: string;
  /** "facet:id" keys that apply. */
  labels: string[];
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per step. */
  l2?: number;
  /** Weights smaller than this are dropped from the saved model. */
  prune?: number;
  /** Only these labels are trained (default: every label seen at least `minPositives` times). */
  minPositives?: number;
  taxonomyVersion: string;
}

/** Stochastic gradient descent on the logistic loss, deterministic order (no shuffling by
 *  chance: a fixed stride permutation), so the same data gives the same model. */
export function train(examples: TrainingExample[], opts: TrainOptions): LearnedModel {
  const epochs = opts.epochs ?? 8;
  const lr = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-4;
  const prune = opts.prune ?? 1e-3;
  const minPos = opts.minPositives ?? 2;
  const feats = examples.map((e) => [...features(e.text)]);
  const positives = new Map<string, number>();
  for (const e of examples) for (const l of e.labels) positives.set(l, (positives.get(l) ?? 0) + 1);
  const labels = [...positives].filter(([, n]) => n >= minPos).map(([l]) => l).sort();
  const model: LearnedModel = { format: "mmt-linear-1", taxonomyVersion: opts.taxonomyVersion, labels: {}, trainedOn: examples.length };
  const n = examples.length;
  const stride = n > 1 ? findCoprime(n) : 1;
  for (const label of labels) {
    const w = new Float64Array(DIM);
    let bias = 0;
    const pos = positives.get(label)!;
    // Weigh the rarer class up so a label seen in 5% of passages is still learned.
    const wPos = n / (2 * pos);
    const wNeg = n / (2 * Math.max(1, n - pos));
    for (let epoch = 0; epoch < epochs; epoch++) {
      const rate = lr / (1 + epoch);
      for (let k = 0; k < n; k++) {
        const i = (k * stride + epoch) % n;
        const y = examples[i].labels.includes(label) ? 1 : 0;
        let z = bias;
        for (const [f, v] of feats[i]) z += w[f] * v;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * (y ? wPos : wNeg);
        bias -= rate * g;
        for (const [f, v] of feats[i]) w[f] -= rate * (g * v + l2 * w[f]);
      }
    }
    const weights: [number, number][] = [];
    for (let f = 0; f < DIM; f++) if (Math.abs(w[f]) >= prune) weights.push([f, Math.round(w[f] * 1e4) / 1e4]);
    model.labels[label] = { bias: Math.round(bias * 1e4) / 1e4, weights };
  }
  return model;
}

function findCoprime(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let s = Math.max(1, Math.floor(n * 0.618));
  while (gcd(s, n) !== 1) s++;
  return s;
}

/** A model ready for scoring: weights in Maps for fast sparse dot products. */
export class CompiledModel {
  private readonly labels = new Map<string, { bias: number; weights: Map<number, number> }>();
  constructor(readonly model: LearnedModel) {
    if (model.format !== "mmt-linear-1") throw new Error(`unknown model format "${String(model.format)}"`);
    for (const [label, { bias, weights }] of Object.entries(model.labels)) this.labels.set(label, { bias, weights: new Map(weights) });
  }

  has(label: string): boolean {
    return this.labels.has(label);
  }

  /** Probability per known label for one text. */
  predict(feats: Map<number, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [label, { bias, weights }] of this.labels) {
      let z = bias;
      for (const [f, v] of feats) {
        const w = weights.get(f);
        if (w !== undefined) z += w * v;
      }
      out.set(label, 1 / (1 + Math.exp(-z)));
    }
    return out;
  }
}
