/**
 * Tagger throughput on a generated ≥5 MB mixed-language corpus, against two baselines measured
 * in the same run: (1) the same lexicon compiled into ONE RegExp alternation with Unicode-aware
 * lookaround boundaries (flags gu) over a lower-cased, accent-folded copy; (2) a bare one-pass
 * charCodeAt loop over the same text. Also the matcher's build time and heap.
 */
import { DEFAULT_BUNDLE } from "../shared/taxonomy/lexicon";
import { LEXICON_SNAPSHOT } from "../shared/taxonomy/lexicon/compiled.generated";
import { buildEngine, engineFromSnapshot, Kind } from "../shared/tagger/compile";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { getEngine, tag, warmUp } from "../shared/tagger/index";
import { Matcher } from "../shared/tagger/matcher";
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

interface Startup {
  importMs: number;
  engineMs: number;
  firstTagMs: number;
  fromSnapshot: boolean;
}

/** Start-up can only be measured in a process that has not built an engine yet. */
function freshProcessStartups(runs: number): Startup[] {
  const out: Startup[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "tagger-startup.ts")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`tagger-startup failed: ${r.stderr}`);
    out.push(JSON.parse(r.stdout) as Startup);
  }
  return out;
}

export async function run(): Promise<void> {
  warmUp();
  const engine = getEngine();
  const docs = makeCorpus(engine);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, "utf8"), 0);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const mb = bytes / 1e6;
  process.stdout.write(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB UTF-8, ${(chars / 1e6).toFixed(2)} M UTF-16 chars; ${engine.matcher.patternCount} patterns from ${engine.terms.length} terms\n`);

  const sources = engine.terms.filter((t) => t.kind !== Kind.Negative).map((t) => t.source.replace(/^[~!]/, "").replace(/\^[\d.]+$/, ""));
  const re = regexBaseline(sources);
  const runs = 11;
  let sink = 0;
  // tag() and the scan alone alternate pass by pass after a warm-up, so a busy spell on the
  // shared machine hits both alike.
  const tagPass = (): void => {
    for (const d of docs) sink += tag(d.text).tags.length;
  };
  const scanPass = (): void => {
    for (const d of docs) sink += engine.matcher.scan(d.text).count;
  };
  const tagger: number[] = [];
  const matchOnly: number[] = [];
  // Warm-up: V8 re-optimises score() a few times while documents with new features (countries,
  // look-alikes, a first Arabic text) arrive; steady state is reached after about 8 passes.
  const firstPass = timeRuns(tagPass, 1, 0)[0];
  for (let i = 0; i < 8; i++) {
    tagPass();
    scanPass();
  }
  for (let i = 0; i < runs; i++) {
    tagger.push(timeRuns(tagPass, 1, 0)[0]);
    matchOnly.push(timeRuns(scanPass, 1, 0)[0]);
  }
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

  // Build time of a fresh engine from the lexicon texts, then memory: the matcher alone and the
  // whole engine (terms, patterns, matcher, language matcher). Typed arrays live outside the JS
  // heap, so memory is heapUsed plus arrayBuffers; what is measured is kept in `keep` until
  // measured, or the collector would take it first.
  const builds: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const e = buildEngine(DEFAULT_BUNDLE);
    builds.push(performance.now() - t0);
    sink += e.terms.length & 1;
  }
  const mem = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const memoryOf = (make: () => unknown): number => {
    const keep: unknown[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < 4; i++) {
      gc();
      gc();
      const before = mem();
      keep.push(make());
      gc();
      gc();
      sizes.push((mem() - before) / 1e6);
    }
    sink += keep.length;
    return median(sizes);
  };
  const matcherMb = memoryOf(() => new Matcher(engine.patterns));
  const engineMb = memoryOf(() => buildEngine(DEFAULT_BUNDLE));
  const startups = freshProcessStartups(5);
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
  process.stdout.write(
    `tag(): best of ${runs} ${Math.min(...tagger).toFixed(1)} ms (${mbps([Math.min(...tagger)]).toFixed(1)} MB/s); first pass in this process, before V8 optimised it: ${firstPass.toFixed(0)} ms (${mbps([firstPass]).toFixed(1)} MB/s)\n`,
  );
  const snaps: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const e = engineFromSnapshot(LEXICON_SNAPSHOT, DEFAULT_BUNDLE.linksFrom);
    snaps.push(performance.now() - t0);
    sink += e.terms.length & 1;
  }
  process.stdout.write(`engine from the compiled snapshot: median ${median(snaps.slice(1)).toFixed(1)} ms (first ${snaps[0].toFixed(1)} ms)\n`);
  process.stdout.write(`engine built from the lexicon texts (parse + fold + tables): median ${median(builds.slice(1)).toFixed(1)} ms (first ${builds[0].toFixed(1)} ms)\n`);
  process.stdout.write(`memory (heap + array buffers): matcher ${matcherMb.toFixed(2)} MB; whole engine with terms and language matcher ${engineMb.toFixed(2)} MB\n`);
  process.stdout.write(
    `fresh process, median of ${startups.length}: import ${median(startups.map((s) => s.importMs)).toFixed(0)} ms (tsx compiles TypeScript here; a bundle does not), engine ${median(startups.map((s) => s.engineMs)).toFixed(1)} ms (${startups[0]?.fromSnapshot ? "from the compiled snapshot" : "from the lexicon texts: snapshot stale"}), first tag() ${median(startups.map((s) => s.firstTagMs)).toFixed(1)} ms\n`,
  );
  const verdict = (ok: boolean): string => (ok ? "met" : "NOT met");
  const snapMs = median(snaps.slice(1));
  process.stdout.write(
    `targets: tag() ≥ 60 MB/s ${verdict(t >= 60)} (${t.toFixed(1)}); ≥ 4× the RegExp baseline ${verdict(t / mbps(regex, sliceMb) >= 4)}; engine build ≤ 50 ms from the snapshot ${verdict(snapMs <= 50)} (${snapMs.toFixed(1)}); matcher memory ≤ 10 MB ${verdict(matcherMb <= 10)}${sink > 0 ? "" : " (nothing measured)"}\n`,
  );
}
