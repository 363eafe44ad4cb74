/**
 * The tagger: tag(text) -> TagResult (DESIGN.md). Pure, synchronous and deterministic; the
 * matcher is compiled from the bundled taxonomy on first use (see compile.ts).
 */
import type { Engine } from "./compile";
import { loadDefaultEngine } from "./default-engine";
import { CLASS, STOP } from "./fold";
import { score } from "./score";
import type { Span, TagOptions, TagResult } from "./types";

export type { Span, Tag, TagOptions, TagResult } from "./types";
export { THRESHOLDS } from "./score";

let engine: Engine | null = null;
let fromSnapshot = false;

/** The engine of the bundled taxonomy, built on first use (see default-engine.ts). */
export function getEngine(): Engine {
  if (!engine) ({ engine, fromSnapshot } = loadDefaultEngine());
  return engine;
}

export function tag(text: string, options: TagOptions = {}): TagResult {
  if (typeof text !== "string") throw new TypeError("tag() needs a string");
  const engine = getEngine();
  return score(text, engine.matcher.scan(text), engine, options);
}

/** Builds the matcher now (e.g. when a service worker wakes) and says how long it took. */
export function warmUp(): { buildMs: number; patterns: number; fromSnapshot: boolean } {
  const e = getEngine();
  return { buildMs: e.buildMs, patterns: e.matcher.patternCount, fromSnapshot };
}

/**
 * The sentence around an evidence span, for showing a person why a tag was suggested:
 * start and end in original offsets, cut at sentence ends or at most `max` chars each side.
 */
export function evidenceSentence(text: string, span: Span, max = 200): Span {
  let start = span.start;
  const floor = Math.max(0, span.start - max);
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (CLASS[c] === STOP || c === 0x0a) break;
    start--;
  }
  let end = span.end;
  const ceil = Math.min(text.length, span.end + max);
  while (end < ceil) {
    const c = text.charCodeAt(end);
    end++;
    if (CLASS[c] === STOP || c === 0x0a) break;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, quote: text.slice(start, end), ...(span.page ? { page: span.page } : {}) };
}
