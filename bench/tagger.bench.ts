/**
 * Tagger throughput on a generated ≥5 MB mixed-language corpus, against two baselines measured
 * in the same run: (1) the same lexicon compiled into ONE RegExp alternation with Unicode-aware
 * lookaround boundaries (flags gu) over a lower-cased, accent-folded copy; (2) a bare one-pass
 * charCodeAt loop over the same text. Also the matcher's build time and heap.
 */
import { DEFAULT_BUNDLE } from "../shared/taxonomy/lexicon";
import { LEXICON_SNAPSHOT } from "../shared/taxonomy/lexicon/compiled.generated";
import { buildEngine, engineFromSnapshot, Kind } from "../shared/tagger/compile";
import { getEngine, tag, warmUp } from "../shared/tagger/index";
import { makeCorpus } from "./corpus";
import { gc, median, table, timeRuns } from "./stats";

function regexBaseline(sources: string[]): RegExp {
  const alts = [...new Set(sources.map((s) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")))]
    .sort((a, b) => b.length - a.length)
    .map((s) =>
      s
        .split(/[\s\-'’]+/)
        .filter(Boolean)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "*" : `\\${c}`)).replace(/\*$/, "[\\p{L}\\p{N}]*"))
        .join("[\\s\\-'’]+"),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

const SLICE_CHARS = 4_000;

export async function run(): Promise<void> {
  const coldStart = performance.now();
  const w = warmUp();
  const coldMs = performance.now() - coldStart;
  const engine = getEngine();
  const docs = makeCorpus(engine);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, "utf8"), 0);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const mb = bytes / 1e6;
  process.stdout.write(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB UTF-8, ${(chars / 1e6).toFixed(2)} M UTF-16 chars; ${engine.matcher.patternCount} patterns from ${engine.terms.length} terms\n`);

  const sources = engine.terms.filter((t) => t.kind !== Kind.Negative).map((t) => t.source.replace(/^[~!]/, "").replace(/\^[\d.]+$/, ""));
  const re = regexBaseline(sources);
  const runs = 7;
  let sink = 0;
  const tagger = timeRuns(() => {
    for (const d of docs) sink += tag(d.text).tags.length;
  }, runs);
  const matchOnly = timeRuns(() => {
    for (const d of docs) sink += engine.matcher.scan(d.text).count;
  }, runs);
  // The alternation is too slow to run over the whole corpus several times (V8 cannot compile
  // ~12,000 alternatives to native code and interprets them), so it runs over a slice of every
  // document, and its MB/s is that slice's.
  const slice = docs.map((d) => d.text.slice(0, SLICE_CHARS));
  const sliceMb = slice.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  const regex = timeRuns(() => {
    for (const t of slice) {
      const folded = t.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
      re.lastIndex = 0;
      while (re.exec(folded) !== null) sink++;
    }
  }, 5, 1);
  const bare = timeRuns(() => {
    let h = 0;
    for (const d of docs) {
      const t = d.text;
      for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
    }
    sink += h & 1;
  }, runs);

  // Build time and heap of a fresh matcher from the same bundle.
  // Typed arrays live outside the JS heap, so memory is heapUsed plus arrayBuffers; the
  // engines are kept alive until measured so the collector cannot take them first.
  const builds: number[] = [];
  const heaps: number[] = [];
  const mem = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  for (let i = 0; i < 6; i++) {
    gc();
    const before = mem();
    const t0 = performance.now();
    const e = buildEngine(DEFAULT_BUNDLE);
    builds.push(performance.now() - t0);
    gc();
    heaps.push((mem() - before) / 1e6);
    sink += e.terms.length & 1;
  }
  const mbps = (ms: number[], size = mb): number => size / (median(ms) / 1000);
  const t = mbps(tagger);
  process.stdout.write(
    `${table([
      ["what", "median ms", "MB/s", "tagger ÷ this"],
      ["tag() (match + score)", median(tagger).toFixed(1), t.toFixed(1), "1.00"],
      ["matcher scan only", median(matchOnly).toFixed(1), mbps(matchOnly).toFixed(1), (t / mbps(matchOnly)).toFixed(2)],
      [`RegExp alternation baseline (gu, folded copy; ${sliceMb.toFixed(2)} MB slice)`, median(regex).toFixed(1), mbps(regex, sliceMb).toFixed(2), (t / mbps(regex, sliceMb)).toFixed(1)],
      ["bare charCodeAt scan", median(bare).toFixed(1), mbps(bare).toFixed(1), (t / mbps(bare)).toFixed(3)],
    ])}\n`,
  );
  process.stdout.write(`first tag() start-up in this process: ${coldMs.toFixed(1)} ms (${w.fromSnapshot ? "from the compiled snapshot" : "compiling the lexicon texts: snapshot stale"})\n`);
  const snaps: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const e = engineFromSnapshot(LEXICON_SNAPSHOT, DEFAULT_BUNDLE);
    snaps.push(performance.now() - t0);
    sink += e.terms.length & 1;
  }
  process.stdout.write(`matcher from the compiled snapshot: median ${median(snaps.slice(1)).toFixed(1)} ms (first ${snaps[0].toFixed(1)} ms)\n`);
  process.stdout.write(
    `matcher build from the lexicon texts (parse + fold + tables): median ${median(builds.slice(1)).toFixed(1)} ms (first ${builds[0].toFixed(1)} ms); matcher memory ${median(heaps).toFixed(2)} MB (heap + array buffers)\n`,
  );
  process.stdout.write(`targets: ≥ 60 MB/s and ≥ 4× the RegExp baseline; build ≤ 50 ms; heap ≤ 10 MB  (${sink > 0 ? "ok" : ""})\n`);
}
