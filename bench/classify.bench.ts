/**
 * Bulk classify throughput: a generated corpus of 520 documents (130 each of PDF, DOCX, HTML,
 * TXT; policy-like English text with migration terms), classified by the same worker pool the
 * CLI uses, with 1 and 2 workers. Prints files/s and MB/s per format and for the mixed corpus
 * (medians of 5 runs, after a warm-up; files already in memory, so disk is not measured), the
 * 2-worker speed-up, and one end-to-end `mmt classify` process run per worker count (start-up
 * and disk included). On a machine shared with other work the wall-clock speed-up is bounded by
 * the free cores, so the run also measures a 1-vs-2-thread baseline of the same kind of work
 * (tag() in warm worker threads), the CPU time spent per file (process-wide, all threads: equal
 * CPU per file with 1 and 2 workers means the pool adds no parallel overhead), and how busy the
 * workers were (100% = never waiting for the main thread to feed them).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { Pool } from "../cli/classify/pool";
import { ensureBundle } from "../cli/classify/worker-bundle";
import type { Job } from "../cli/classify/process";
import { paragraphs } from "./policy-text";
import { median } from "./stats";

const PER_FORMAT = 130;
const BIG_PER_FORMAT = 60;
const RUNS = Number(process.env.MMT_BENCH_RUNS) || 5;
const FORMATS = ["pdf", "docx", "html", "txt"] as const;
type Fmt = (typeof FORMATS)[number];

function wrap(text: string, width = 90): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Paragraphs per document: the default corpus has short documents (6-15 paragraphs, 1-2 PDF
 *  pages); `big` ones (80-119 paragraphs, ~15-25 pages) are closer to a real strategy or law. */
export type Size = "small" | "big";

async function makeFile(fmt: Fmt, i: number, size: Size = "small"): Promise<Uint8Array> {
  const title = `National Strategy ${i} on Labour Migration`;
  const paras = paragraphs(i * 7919 + fmt.length, size === "big" ? 80 + (i % 40) : 6 + (i % 10));
  if (fmt === "txt") return Buffer.from(`${title}\n\n${paras.join("\n\n")}\n`);
  if (fmt === "html") {
    const body = paras.map((p) => `<p>${p}</p>`).join("\n");
    return Buffer.from(
      `<!doctype html><html><head><title>${title}</title><style>p{margin:0}</style></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><main><article><h1>${title}</h1>\n${body}</article></main><footer>Ministry of Labour</footer></body></html>`,
    );
  }
  if (fmt === "docx") {
    const doc = new Document({
      title,
      sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...paras.map((p) => new Paragraph({ text: p }))] }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [title, "", ...paras.flatMap((p) => [...wrap(p), ""])];
  for (let at = 0; at < lines.length; at += 45) {
    const page = pdf.addPage([595, 842]);
    lines.slice(at, at + 45).forEach((l, k) => {
      page.drawText(l, { x: 40, y: 800 - k * 16, size: 10, font });
    });
  }
  return pdf.save();
}

interface Corpus {
  dir: string;
  files: { path: string; fmt: Fmt; bytes: Uint8Array; sha256: string }[];
}

export async function makeCorpus(perFormat = PER_FORMAT, size: Size = "small"): Promise<Corpus> {
  const dir = mkdtempSync(join(tmpdir(), "mmt-classify-bench-"));
  const files: Corpus["files"] = [];
  for (const fmt of FORMATS) {
    mkdirSync(join(dir, fmt));
    for (let i = 0; i < perFormat; i++) {
      const bytes = await makeFile(fmt, i, size);
      const path = join(dir, fmt, `doc-${String(i).padStart(4, "0")}.${fmt}`);
      writeFileSync(path, bytes);
      files.push({ path, fmt, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
    }
  }
  // Interleave formats, as a real folder mixes them.
  files.sort((a, b) => (a.path.slice(-13) < b.path.slice(-13) ? -1 : 1));
  return { dir, files };
}

/**
 * How much this machine speeds up the same kind of work as classify from 1 to 2 threads right
 * now (other work shares the cores): tag() on a policy text in warm worker threads, one thread
 * doing 2n rounds vs two threads doing n each. Measured in the same rounds as the mixed corpus,
 * right after it, so a busy spell on the host hits classify and this baseline alike. Workers
 * start before the timing, so thread start-up is not in it.
 */
class MachineBaseline {
  private constructor(
    private readonly a: Worker,
    private readonly b: Worker,
  ) {}

  static async start(): Promise<MachineBaseline> {
    const start = () =>
      new Promise<Worker>((resolve, reject) => {
        const w = new Worker(new URL("./tag-thread.mjs", import.meta.url));
        w.once("message", () => resolve(w));
        w.once("error", reject);
      });
    const [a, b] = await Promise.all([start(), start()]);
    return new MachineBaseline(a, b);
  }

  /** One round: the 1-thread time over the 2-thread time for the same total work. */
  async round(n = 40): Promise<number> {
    const run = (w: Worker, rounds: number) =>
      new Promise<number>((resolve) => {
        w.once("message", resolve);
        w.postMessage(rounds);
      });
    let t0 = performance.now();
    await run(this.a, 2 * n);
    const one = performance.now() - t0;
    t0 = performance.now();
    await Promise.all([run(this.a, n), run(this.b, n)]);
    return one / (performance.now() - t0);
  }

  async stop(): Promise<void> {
    await Promise.all([this.a.terminate(), this.b.terminate()]);
  }
}

/** Classifies `files` through `pool` with 3 files in flight per worker (2 in the worker, 1 read ahead); returns seconds. */
async function timed(pool: Pool, files: Corpus["files"], workers: number): Promise<{ secs: number; failed: number; cpuMs: number; busy: number }> {
  // Each job gets its own copy: the pool transfers (detaches) the buffer it sends.
  const jobs: Job[] = files.map((f, seq) => ({ seq, path: f.path, sha256: f.sha256, bytes: new Uint8Array(f.bytes) }));
  let next = 0;
  let failed = 0;
  const c0 = process.cpuUsage();
  const b0 = pool.busyMs();
  const t0 = performance.now();
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const r = await pool.run(jobs[next++]);
      if (!r.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: workers * 3 }, lane));
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  // Share of the wall time the workers' event loops were busy (1 = never waiting for work).
  const b1 = pool.busyMs();
  const busy = b1.reduce((n, b, i) => n + (b - (b0[i] ?? 0)), 0) / (ms * Math.max(1, b1.length));
  // CPU time of the whole process (main thread and every worker thread), user + system.
  return { secs: ms / 1000, failed, cpuMs: (c.user + c.system) / 1000, busy };
}

/** Each round's 1-worker time over its 2-worker time. */
function secs2ratio(secs: Record<number, number[]>): number[] {
  return secs[1].map((t1, r) => t1 / secs[2][r]);
}

function fmtRate(files: number, bytes: number, secs: number): string {
  return `${(files / secs).toFixed(1).padStart(7)} files/s ${(bytes / 1024 / 1024 / secs).toFixed(2).padStart(7)} MB/s`;
}

export async function run(): Promise<void> {
  const cores = availableParallelism();
  process.stdout.write(`generating corpus: ${PER_FORMAT} each of ${FORMATS.join(", ")} ...\n`);
  const corpus = await makeCorpus();
  const totalBytes = corpus.files.reduce((n, f) => n + f.bytes.length, 0);
  process.stdout.write(`corpus: ${corpus.files.length} files, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, ${cores} core(s)\n`);
  for (const fmt of FORMATS) {
    const fs = corpus.files.filter((f) => f.fmt === fmt);
    const b = fs.reduce((n, f) => n + f.bytes.length, 0);
    process.stdout.write(`  ${fmt.padEnd(5)} ${fs.length} files, mean ${(b / fs.length / 1024).toFixed(1)} KB\n`);
  }
  try {
    if (process.env.MMT_BENCH_E2E_ONLY !== "1") await poolRuns(corpus, cores);
    await endToEnd(`${corpus.files.length} short documents`, corpus, totalBytes);
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(`${corpus.dir}-out`, { recursive: true, force: true });
  }
  // Longer documents (15-25 PDF pages), where the work outweighs worker start-up.
  const big = await makeCorpus(BIG_PER_FORMAT, "big");
  try {
    const bigBytes = big.files.reduce((n, f) => n + f.bytes.length, 0);
    const kb = (fmt: Fmt) => big.files.filter((f) => f.fmt === fmt).reduce((n, f) => n + f.bytes.length, 0) / BIG_PER_FORMAT / 1024;
    process.stdout.write(`\nlong documents: ${big.files.length} files, ${(bigBytes / 1024 / 1024).toFixed(1)} MB (mean ${FORMATS.map((f) => `${f} ${kb(f).toFixed(0)} KB`).join(", ")})\n`);
    await endToEnd(`${big.files.length} long documents`, big, bigBytes);
  } finally {
    rmSync(big.dir, { recursive: true, force: true });
    rmSync(`${big.dir}-out`, { recursive: true, force: true });
  }
}

async function poolRuns(corpus: Corpus, cores: number): Promise<void> {
  const pools = new Map<number, Pool>([
    [1, new Pool(1, 120_000)],
    [2, new Pool(2, 120_000)],
  ]);
  const baseline = await MachineBaseline.start();
  try {
    for (const [workers, pool] of pools) {
      // Warm-up: every worker started and has seen each format a few times.
      await timed(pool, corpus.files.slice(0, 24 * workers), workers);
    }
    // 1 and 2 workers alternate run by run, so a busy spell on the machine hits both alike.
    const groups: [string, Corpus["files"]][] = [
      ...FORMATS.map((fmt): [string, Corpus["files"]] => [fmt, corpus.files.filter((f) => f.fmt === fmt)]),
      ["mixed", corpus.files],
    ];
    const rate: Record<string, Record<number, number>> = {};
    // Each round's 2-worker time against the 1-worker time measured just before it: a busy
    // spell on the machine then hits both sides of a ratio alike.
    const paired: Record<string, number> = {};
    const machine: number[] = [];
    const roundSecs: Record<string, Record<number, number[]>> = {};
    const cpuPerFile: Record<string, Record<number, number>> = {};
    const lines: Record<number, string[]> = { 1: [], 2: [] };
    for (const [name, fs] of groups) {
      const b = fs.reduce((n, f) => n + f.bytes.length, 0);
      const secs: Record<number, number[]> = { 1: [], 2: [] };
      const cpu: Record<number, number[]> = { 1: [], 2: [] };
      const busy: Record<number, number[]> = { 1: [], 2: [] };
      let failed = 0;
      for (let r = 0; r < RUNS; r++) {
        for (const [workers, pool] of pools) {
          const t = await timed(pool, fs, workers);
          secs[workers].push(t.secs);
          cpu[workers].push(t.cpuMs / fs.length);
          busy[workers].push(t.busy);
          failed += t.failed;
        }
        if (name === "mixed") machine.push(await baseline.round());
      }
      paired[name] = median(secs2ratio(secs));
      roundSecs[name] = secs;
      rate[name] = {};
      for (const workers of [1, 2]) {
        rate[name][workers] = fs.length / median(secs[workers]);
        lines[workers].push(
          `  ${name.padEnd(6)} ${fmtRate(fs.length, b, median(secs[workers]))}  ${median(cpu[workers]).toFixed(2).padStart(6)} CPU-ms/file  workers busy ${(median(busy[workers]) * 100).toFixed(0).padStart(3)}%${failed ? `  (${failed} FAILED)` : ""}`,
        );
        cpuPerFile[name] ??= {};
        cpuPerFile[name][workers] = median(cpu[workers]);
      }
    }
    for (const workers of [1, 2]) process.stdout.write(`\n${workers} worker(s), medians of ${RUNS} runs:\n${lines[workers].join("\n")}\n`);
    process.stdout.write("\nspeed-up with 2 workers:\n");
    for (const [name] of groups) {
      process.stdout.write(
        `  ${name.padEnd(6)} ${(rate[name][2] / rate[name][1]).toFixed(2)}x wall-clock (median of paired rounds ${paired[name].toFixed(2)}x); CPU work per file with 2 workers is ${((cpuPerFile[name][2] / cpuPerFile[name][1]) * 100).toFixed(0)}% of 1 worker's (100% = no parallel overhead)\n`,
      );
    }
    // Per round: classify's paired speed-up over the machine's in that same round.
    const mixedPaired = secs2ratio(roundSecs.mixed);
    const share = median(mixedPaired.map((r, i) => r / machine[i]));
    process.stdout.write(
      `mixed corpus: ${(rate.mixed[2] / rate.mixed[1]).toFixed(2)}x (paired rounds ${paired.mixed.toFixed(2)}x; target >= 1.7x on 2 free cores); tag() alone in 2 warm threads, measured in the same rounds, scales ${median(machine).toFixed(2)}x from 1 to 2 threads on this machine (${cores} core(s), shared with other work; rounds ${machine.map((m) => m.toFixed(2)).join(" ")}), so classify reaches ${(share * 100).toFixed(0)}% of what the machine gives (median over rounds)\n`,
    );
  } finally {
    await baseline.stop();
    for (const pool of pools.values()) await pool.close();
  }
}

/** One way of running `mmt classify` end to end, as the analyst would. */
interface E2eConfig {
  name: string;
  workers: number;
  env: Record<string, string>;
}

const E2E_CONFIGS: E2eConfig[] = [
  { name: "1 worker", workers: 1, env: {} },
  { name: "up to 2 (default)", workers: 2, env: {} },
  { name: "2 at once", workers: 2, env: { MMT_CLASSIFY_GROWTH: "eager" } },
  { name: "1 worker, tsx", workers: 1, env: { MMT_CLASSIFY_BUNDLE: "0" } },
  { name: "2 at once, tsx (before)", workers: 2, env: { MMT_CLASSIFY_BUNDLE: "0", MMT_CLASSIFY_GROWTH: "eager" } },
];

/**
 * Whole `mmt classify DIR --out X.jsonl` processes over files on disk: process start, worker
 * start-up, reading, hashing and writing included — what an analyst waits for. The
 * configurations alternate within each round (a busy spell hits them alike); medians of the
 * rounds, and each round's time over the 1-worker time of the same round.
 */
async function endToEnd(label: string, corpus: Corpus, totalBytes: number): Promise<void> {
  // A stale worker bundle is rebuilt by the first run that needs it: not something to time.
  const b = ensureBundle();
  process.stdout.write(`\nend to end, ${label} (\`mmt classify DIR --out X.jsonl\` processes, start-up and disk included; ${RUNS} rounds, configurations alternated; worker bundle ${b.ok ? (b.built ? "built now" : "fresh") : `unavailable: ${b.reason}`}):\n`);
  const secs = new Map<string, number[]>(E2E_CONFIGS.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(E2E_CONFIGS.map((c) => [c.name, []]));
  const peaks = new Map<string, Set<number>>(E2E_CONFIGS.map((c) => [c.name, new Set()]));
  const out = `${corpus.dir}-out`;
  for (let r = 0; r < RUNS; r++) {
    for (const c of E2E_CONFIGS) {
      // Outside the corpus folder, so a run does not read the previous run's output.
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const file = join(out, "out.jsonl");
      const t0 = performance.now();
      const c0 = childrenCpuMs();
      const p = spawnSync(process.execPath, [join(import.meta.dirname, "..", "cli", "mmt.mjs"), "classify", corpus.dir, "--out", file, "--workers", String(c.workers), "--progress", "none"], {
        encoding: "utf8",
        env: { ...process.env, ...c.env },
      });
      const s = (performance.now() - t0) / 1000;
      const lines = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
      if (p.status !== 0 || lines !== corpus.files.length) throw new Error(`${c.name}: exit ${p.status}, ${lines} entries\n${p.stderr}`);
      secs.get(c.name)?.push(s);
      cpu.get(c.name)?.push(childrenCpuMs() - c0);
      const m = /workers: (\d+)/.exec(p.stderr);
      if (m) peaks.get(c.name)?.add(Number(m[1]));
    }
  }
  const base = secs.get(E2E_CONFIGS[0].name) ?? [];
  for (const c of E2E_CONFIGS) {
    const t = secs.get(c.name) ?? [];
    const ratio = median(t.map((x, i) => base[i] / x));
    process.stdout.write(
      `  ${c.name.padEnd(24)} ${median(t).toFixed(2).padStart(5)} s  ${fmtRate(corpus.files.length, totalBytes, median(t))}  CPU ${(median(cpu.get(c.name) ?? []) / 1000).toFixed(2)} s  speed vs 1 worker ${ratio.toFixed(2)}x (paired)  workers started: ${[...(peaks.get(c.name) ?? [])].join("/")}  rounds ${t.map((x) => x.toFixed(2)).join(" ")}\n`,
    );
  }
}

/** CPU ms (user + system) of the waited-for child processes so far, from /proc/self/stat
 *  (cutime, cstime; clock ticks of 10 ms); NaN where there is no /proc. spawnSync waits for its
 *  child, so the difference around one call is that run's CPU, all its threads included. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command name: state is field 3, so cutime (16) and cstime (17) sit at 13 and 14.
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return Number.NaN;
  }
}
