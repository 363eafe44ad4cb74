/**
 * Anchoring passages in text, the way the Hypothesis client re-anchors annotations:
 *
 * 1. the position (start, end) is tried first, and kept only if the quote is still there;
 * 2. otherwise every place where the quote occurs, exactly or with a few edits, is scored by
 *    how well the quote, the prefix and the suffix match there and how near it is to the old
 *    position; the best wins;
 * 3. nothing close enough → the passage is an orphan (null).
 *
 * And the reverse: a TextQuote + TextPosition selector (W3C Web Annotation) from a selection.
 *
 * The approximate search finds every substring within `maxErrors` edits (Levenshtein) of the
 * quote. It seeds on exact pieces of the quote (with k errors, at least one of k+1 disjoint
 * pieces occurs unchanged; pieces have at least 4 chars, so quotes under 8 chars are found only
 * exactly) and verifies each seed with a Sellers dynamic programme in a small
 * window, so a 1 MB text costs about as much as a few indexOf calls for typical quotes.
 *
 * Pure TypeScript: no DOM, no Node built-ins. Offsets are UTF-16 code units.
 */
import type { Selector } from "./entry";

export type { Selector } from "./entry";

/** Characters of context kept on each side of a quote (Hypothesis keeps 32). */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: how well it matched (1 = the quote, prefix and suffix all exact). */
  score: number;
  /** How it was found. */
  method: "position" | "quote";
  /** Edits between the quote and the text found (0 for exact). */
  errors: number;
}

export interface AnchorOptions {
  /**
   * The expected start, when the selector has none or its offsets belong to another text
   * (e.g. a relative position scaled to this text). Default: selector.start.
   */
  hint?: number;
  /** Most edits accepted between the quote and the text (default: a quarter of the quote, at most 64). */
  maxErrors?: number;
}

/**
 * The selector of text[start, end): the exact quote, up to CONTEXT_CHARS of context on each
 * side, and the position. Throws on an empty or out-of-range selection.
 */
export function buildSelector(text: string, start: number, end: number, context = CONTEXT_CHARS): Selector {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`selection [${start}, ${end}) is empty or outside the text (length ${text.length})`);
  }
  const sel: Selector = { exact: text.slice(start, end), start, end };
  const prefix = text.slice(Math.max(0, start - context), start);
  const suffix = text.slice(end, Math.min(text.length, end + context));
  if (prefix) sel.prefix = prefix;
  if (suffix) sel.suffix = suffix;
  return sel;
}

/** Re-anchor a selector in `text`; null when the passage cannot be found (an orphan). */
export function anchor(text: string, selector: Selector, opts: AnchorOptions = {}): Anchor | null {
  const quote = selector.exact;
  if (!quote) return null;
  const { start, end } = selector;
  if (start !== undefined && end !== undefined && end - start === quote.length && text.slice(start, end) === quote) {
    return { start, end, score: 1, method: "position", errors: 0 };
  }
  const hint = opts.hint ?? start;
  const maxErrors = Math.max(0, Math.min(opts.maxErrors ?? Math.floor(quote.length / 4), 64, quote.length - 1));
  const candidates = findApprox(text, quote, maxErrors);
  let best: Anchor | null = null;
  for (const c of candidates) {
    const s = scoreCandidate(text, selector, c, hint);
    if (!best || s > best.score) best = { start: c.start, end: c.end, score: s, method: "quote", errors: c.errors };
  }
  return best;
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

const QUOTE_W = 50;
const PREFIX_W = 20;
const SUFFIX_W = 20;
const POS_W = 2;

function scoreCandidate(text: string, sel: Selector, m: Match, hint: number | undefined): number {
  const quoteScore = 1 - m.errors / sel.exact.length;
  let total = QUOTE_W * quoteScore;
  let weights = QUOTE_W;
  if (sel.prefix) {
    const before = text.slice(Math.max(0, m.start - sel.prefix.length), m.start);
    total += PREFIX_W * similarity(sel.prefix, before, "end");
    weights += PREFIX_W;
  }
  if (sel.suffix) {
    const after = text.slice(m.end, m.end + sel.suffix.length);
    total += SUFFIX_W * similarity(sel.suffix, after, "start");
    weights += SUFFIX_W;
  }
  if (hint !== undefined && text.length > 0) {
    total += POS_W * (1 - Math.min(1, Math.abs(m.start - hint) / text.length));
    weights += POS_W;
  }
  return total / weights;
}

/** 1 - edit distance / length; `align` says which ends of the two strings are adjacent to the quote. */
function similarity(expected: string, found: string, align: "start" | "end"): number {
  if (!expected.length) return 1;
  const n = Math.min(expected.length, found.length);
  const a = align === "end" ? expected.slice(expected.length - n) : expected.slice(0, n);
  const b = align === "end" ? found.slice(found.length - n) : found.slice(0, n);
  const missing = expected.length - n;
  return Math.max(0, 1 - (levenshtein(a, b) + missing) / expected.length);
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Most candidate windows verified; beyond this a quote is too common to anchor by itself. */
const MAX_SEEDS = 20_000;

/**
 * Every non-overlapping best match of `quote` within `maxErrors` edits. Exact occurrences are
 * returned with errors 0 and no dynamic programme.
 */
export function findApprox(text: string, quote: string, maxErrors: number): Match[] {
  const m = quote.length;
  const out: Match[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    out.push({ start: i, end: i + m, errors: 0 });
    if (out.length > MAX_SEEDS) break;
  }
  if (out.length || maxErrors === 0) return out;

  // Pigeonhole seeds: k+1 disjoint pieces; one of them survives any k edits. Pieces shorter
  // than 4 chars would seed almost everywhere, so k is lowered until pieces have 4 chars.
  const k = Math.min(maxErrors, Math.floor(m / 4) - 1);
  if (k < 1) return out;
  const pieces = k + 1;
  const pieceLen = Math.floor(m / pieces);
  const windows: [number, number][] = [];
  let seeds = 0;
  for (let p = 0; p < pieces && seeds <= MAX_SEEDS; p++) {
    const off = p * pieceLen;
    const piece = quote.slice(off, off + pieceLen);
    for (let i = text.indexOf(piece); i !== -1 && seeds <= MAX_SEEDS; i = text.indexOf(piece, i + 1)) {
      seeds++;
      const from = Math.max(0, i - off - k);
      const to = Math.min(text.length, i - off + m + k);
      windows.push([from, to]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  // Merge overlapping windows so each stretch of text is verified once.
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  for (const [from, to] of merged) sellers(text, from, to, quote, k, out);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Sellers' algorithm on text[from, to): the end positions where some substring is within
 * maxErrors of the quote, with the start of that substring tracked through the table. Keeps
 * local minima only (the best end of each run of matches).
 */
function sellers(text: string, from: number, to: number, quote: string, maxErrors: number, out: Match[]): void {
  const m = quote.length;
  // Column-wise over the text: D[i] = edits to match quote[0, i) ending at the current char.
  let D = new Int32Array(m + 1);
  let S = new Int32Array(m + 1);
  let nD = new Int32Array(m + 1);
  let nS = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    D[i] = i;
    S[i] = from;
  }
  let runBest: Match | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nD[0] = 0;
    nS[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = D[i - 1] + (quote.charCodeAt(i - 1) === c ? 0 : 1);
      const del = nD[i - 1] + 1; // quote char missing from the text
      const ins = D[i] + 1; // extra text char
      if (sub <= del && sub <= ins) {
        nD[i] = sub;
        nS[i] = S[i - 1];
      } else if (ins <= del) {
        nD[i] = ins;
        nS[i] = S[i];
      } else {
        nD[i] = del;
        nS[i] = nS[i - 1];
      }
    }
    [D, nD] = [nD, D];
    [S, nS] = [nS, S];
    const e = D[m];
    if (e <= maxErrors) {
      const cand = { start: S[m], end: j + 1, errors: e };
      if (!runBest || e < runBest.errors) runBest = cand;
    } else if (runBest) {
      pushMatch(out, runBest);
      runBest = null;
    }
  }
  if (runBest) pushMatch(out, runBest);
}

function pushMatch(out: Match[], m: Match): void {
  // Two windows can report the same match; keep one.
  if (out.some((o) => o.start === m.start && o.end === m.end)) return;
  out.push(m);
}
