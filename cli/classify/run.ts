/**
 * The bulk run: walk → (read, size check, sha256, skip if done) → worker pool (sniff, extract,
 * tag) → output + state (+ batched push) → summary. See docs/classify.md.
 */
import { createHash } from "node:crypto";
import { existsSync, promises as fs, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { Entry } from "../../shared/entry/entry";
import { type PutResult, TrackerClient } from "../../shared/sync/client";
import { AuthError } from "../../shared/sync/errors";
import { Pool } from "./pool";
import type { WireResult } from "./process";
import { Progress, type ProgressCounts } from "./progress";
import { GrowthPlanner } from "./scale";
import { ErrorsFile, JsonlSink, StateFile, writeCsv, writeXlsx } from "./sinks";
import { walk } from "./walk";
import { workerEntry } from "./worker-bundle";
import { fmtBytes } from "./zip";

export interface ClassifyOptions {
  inputs: string[];
  out?: string;
  push?: string;
  token?: string;
  workers: number;
  maxSize: number;
  timeoutMs: number;
  textColumns?: string[];
  state?: string;
  errors?: string;
  progress: "auto" | "bar" | "plain" | "none";
  /** Ask the tracker for each new sha256 before classifying (with --push). */
  trackerSkip: boolean;
  batchSize: number;
}

interface Failure {
  path: string;
  code: string;
  reason: string;
  format?: string;
  sha256?: string;
}

interface FormatStats {
  files: number;
  entries: number;
  failed: number;
  bytes: number;
}

function outKind(out: string): "jsonl" | "csv" | "xlsx" | null {
  const ext = extname(out).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  return null;
}

export async function classify(opts: ClassifyOptions, stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  const kind = opts.out ? outKind(opts.out) : null;
  const resumable = Boolean(opts.out || opts.push || opts.state);
  const stateFile = opts.state ?? (opts.out ? `${opts.out}.state.jsonl` : join(".mmt", "classify-state.jsonl"));
  const errorsFile = opts.errors ?? (opts.out ? `${opts.out}.errors.jsonl` : join(".mmt", "classify-errors.jsonl"));

  // CSV/XLSX are written whole at the end from an entries JSONL kept beside them.
  const entriesFile = opts.out ? (kind === "jsonl" ? opts.out : `${opts.out}.entries.jsonl`) : null;
  if (opts.out && existsSync(opts.out) && statSync(opts.out).size > 0 && !existsSync(stateFile)) {
    // Resuming rewrites the output from the state; without one, this is someone else's file.
    stderr.write(`mmt classify: ${opts.out} exists and has no state file (${stateFile}); choose another --out or remove it\n`);
    return 2;
  }
  const state = resumable ? new StateFile(stateFile) : null;
  const sink = entriesFile ? new JsonlSink(entriesFile, new Set(state?.done.keys() ?? [])) : null;
  if (state && sink) {
    const redo = state.retainPresent(sink.present);
    if (redo) stderr.write(`classify: ${redo} file(s) done before have no entries in ${entriesFile}: classifying them again\n`);
  }
  const done = new Set(state?.done.keys() ?? []);
  const errors = new ErrorsFile(errorsFile);
  const client = opts.push ? new TrackerClient({ baseUrl: opts.push, token: opts.token }) : null;

  const own = new Set(
    [stateFile, errorsFile, opts.out, entriesFile].filter((f): f is string => Boolean(f)).map((f) => resolve(f)),
  );
  const { files, problems } = await walk(opts.inputs, (p) => own.has(p) || p.endsWith(".tmp"));

  const stats = new Map<string, FormatStats>();
  const fmt = (f: string): FormatStats => {
    let s = stats.get(f);
    if (!s) {
      s = { files: 0, entries: 0, failed: 0, bytes: 0 };
      stats.set(f, s);
    }
    return s;
  };
  const failures: Failure[] = [];
  const skipped = { state: 0, tracker: 0, duplicate: 0 };
  const counts: ProgressCounts = {
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((n, f) => n + f.size, 0),
    failed: 0,
    skipped: 0,
  };
  const mode = opts.progress === "auto" ? (stderr.isTTY ? "bar" : "plain") : opts.progress;
  const progress = new Progress(mode, stderr);

  const fail = (f: Failure): void => {
    failures.push(f);
    errors.add(f);
    counts.failed++;
    if (f.format) fmt(f.format).failed++;
  };
  for (const p of problems) fail(p);

  const donePaths = new Set([...(state?.done.values() ?? [])].map((s) => s.path));
  const planner = new GrowthPlanner(files, (p) => donePaths.has(p));
  const pool = new Pool(Math.max(1, opts.workers), opts.timeoutMs, 2, {
    entry: () => workerEntry((line) => mode !== "none" && stderr.write(`${line}\n`)),
    // MMT_CLASSIFY_GROWTH=eager starts every worker at once, as before the planner (benchmarks).
    mayGrow: process.env.MMT_CLASSIFY_GROWTH === "eager" ? undefined : (info) => planner.mayGrow(info),
    onFallback: (reason) => {
      if (mode !== "none") stderr.write(`classify: workers start through the TypeScript loader (slower start): the bundled worker failed (${reason})\n`);
    },
  });
  let stopping = false;
  let fatal: string | null = null;
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts++;
    stopping = true;
    if (interrupts === 1) stderr.write("\nclassify: interrupted — finishing the files in progress, then saving state (Ctrl-C again to drop them)\n");
    else void pool.close();
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);

  const seenThisRun = new Set<string>();

  // ---- push batching (files are marked done only once the tracker acknowledged them) ----
  type Pending = { sha256: string; path: string; format: string; count: number; entries: Entry[]; bytes: number };
  let batch: Pending[] = [];
  let batchEntries = 0;
  let batchBytes = 0;
  let pushChain: Promise<void> = Promise.resolve();
  const markDone = (p: Pending, how: "classified" | "tracker"): void => {
    state?.add({ sha256: p.sha256, path: p.path, entries: p.count, how, at: new Date().toISOString() });
  };
  const pushBatch = async (items: Pending[]): Promise<void> => {
    if (!client || !items.length) return;
    const entries = items.flatMap((p) => p.entries);
    let results: PutResult[] | null = null;
    let lastError = "";
    for (let attempt = 0; attempt < 4 && !results && !fatal; attempt++) {
      try {
        results = await client.putEntries(entries);
      } catch (e) {
        if (e instanceof AuthError) {
          fatal = `tracker refused the token (${e.message}); stopping`;
          stopping = true;
          break;
        }
        lastError = (e as Error).message;
        if (attempt < 3) await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
      }
    }
    const byId = new Map((results ?? []).map((r) => [r.id, r]));
    for (const p of items) {
      if (!results) {
        fail({ path: p.path, sha256: p.sha256, format: p.format, code: "push", reason: `push failed: ${fatal ?? lastError}` });
        continue;
      }
      const bad = p.entries.map((e) => byId.get(e.id)).filter((r) => !r || r.result === "conflict" || r.result === "invalid");
      if (bad.length) {
        const r = bad[0];
        fail({
          path: p.path,
          sha256: p.sha256,
          format: p.format,
          code: "push",
          reason: `tracker answered ${r?.result ?? "nothing"}${r?.reason ? `: ${r.reason}` : ""} for ${bad.length} entr${bad.length === 1 ? "y" : "ies"}`,
        });
      } else markDone(p, "classified");
    }
  };
  const flushPush = (): Promise<void> => {
    const items = batch;
    batch = [];
    batchEntries = 0;
    batchBytes = 0;
    pushChain = pushChain.then(() => pushBatch(items));
    return pushChain;
  };
  const enqueuePush = (p: Pending): Promise<void> => {
    // Keep each request within the tracker's limits (1000 entries, 5 MB).
    if (batch.length && (batchEntries + p.count > 1000 || batchBytes + p.bytes > 4_000_000)) void flushPush();
    batch.push(p);
    batchEntries += p.count;
    batchBytes += p.bytes;
    if (batchEntries < opts.batchSize) return pushChain;
    return flushPush();
  };

  const onResult = async (path: string, size: number, sha256: string, r: WireResult): Promise<void> => {
    if (!r.ok) {
      if (r.code === "cancelled") return;
      fail({ path, sha256, format: r.format, code: r.code, reason: r.reason });
      return;
    }
    const s = fmt(r.format);
    s.files++;
    s.entries += r.lines.length;
    s.bytes += size;
    if (!sink && !client) process.stdout.write(`${r.lines.join("\n")}\n`);
    sink?.writeLines(r.lines);
    const pending: Pending = {
      sha256,
      path,
      format: r.format,
      count: r.lines.length,
      // Objects only for the push (the client sends and checks them by id).
      entries: client ? r.lines.map((l) => JSON.parse(l) as Entry) : [],
      bytes: r.lines.reduce((n, l) => n + l.length, 0),
    };
    if (client) await enqueuePush(pending);
    else markDone(pending, "classified");
  };

  const handle = async (path: string, size: number): Promise<void> => {
    let byWorker = false;
    try {
      if (size > opts.maxSize) {
        fail({ path, code: "too-large", reason: `too large: ${fmtBytes(size)} (limit --max-size ${fmtBytes(opts.maxSize)})` });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(path);
      } catch (e) {
        fail({ path, code: "unreadable", reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
        return;
      }
      if (bytes.length > opts.maxSize) {
        fail({ path, code: "too-large", reason: `too large: ${fmtBytes(bytes.length)} (limit --max-size ${fmtBytes(opts.maxSize)})` });
        return;
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (done.has(sha256)) {
        skipped.state++;
        counts.skipped++;
        return;
      }
      if (seenThisRun.has(sha256)) {
        skipped.duplicate++;
        counts.skipped++;
        return;
      }
      seenThisRun.add(sha256);
      if (client && opts.trackerSkip) {
        try {
          const page = await client.listEntries({ sha256, limit: 1 });
          if (page.entries.length) {
            skipped.tracker++;
            counts.skipped++;
            markDone({ sha256, path, format: "", count: 0, entries: [], bytes: 0 }, "tracker");
            return;
          }
        } catch (e) {
          if (e instanceof AuthError) {
            fatal = `tracker refused the token (${e.message}); stopping`;
            stopping = true;
            return;
          }
          // Tracker unreachable: classify anyway; the push will retry or report.
        }
      }
      if (stopping) return;
      const result = await pool.run({ seq: 0, path, sha256, bytes, textColumns: opts.textColumns });
      byWorker = result.ok || result.code !== "cancelled";
      await onResult(path, size, sha256, result);
    } finally {
      planner.finished(path, size, byWorker);
      counts.filesDone++;
      counts.bytesDone += size;
      progress.update(counts);
    }
  };

  let seq = 0;
  const inflight = new Set<Promise<void>>();
  const window = Math.max(3, opts.workers * 3);
  for (const f of files) {
    if (stopping) break;
    while (inflight.size >= window) await Promise.race(inflight);
    if (stopping) break;
    seq++;
    const p: Promise<void> = handle(f.path, f.size).finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  await flushPush();
  await pool.close();
  progress.end(counts);

  sink?.close();
  if (opts.out && kind !== "jsonl" && entriesFile) {
    const all = JsonlSink.read(entriesFile);
    if (kind === "csv") writeCsv(opts.out, all);
    else await writeXlsx(opts.out, all);
  }
  state?.close();
  errors.close();
  process.off("SIGINT", onSigint);
  process.off("SIGTERM", onSigint);

  stderr.write(summary(stats, failures, skipped, counts, seq, errorsFile, stateFile, resumable));
  if (pool.peak > 0) {
    const held = pool.peak < pool.size ? ` of up to ${pool.size}: the work left never paid for another one's start-up` : "";
    stderr.write(`  workers: ${pool.peak}${held}\n`);
  }
  if (fatal) stderr.write(`classify: ${fatal}\n`);
  if (interrupts > 0) {
    stderr.write(`classify: stopped early; ${state ? `state saved in ${stateFile}: run the same command again to resume` : "no state file (use --out or --state to resume)"}\n`);
    return 130;
  }
  return failures.length || fatal ? 1 : 0;
}

function summary(
  stats: Map<string, FormatStats>,
  failures: Failure[],
  skipped: { state: number; tracker: number; duplicate: number },
  counts: ProgressCounts,
  started: number,
  errorsFile: string,
  stateFile: string,
  resumable: boolean,
): string {
  const lines: string[] = [""];
  const row = (a: string, b: string | number, c: string | number, d: string | number, e: string) =>
    `  ${a.padEnd(8)} ${String(b).padStart(7)} ${String(c).padStart(8)} ${String(d).padStart(7)} ${e.padStart(10)}`;
  lines.push(row("format", "files", "entries", "failed", "size"));
  let tf = 0;
  let te = 0;
  let tb = 0;
  for (const [f, s] of [...stats].sort()) {
    lines.push(row(f, s.files, s.entries, s.failed, fmtBytes(s.bytes)));
    tf += s.files;
    te += s.entries;
    tb += s.bytes;
  }
  lines.push(row("total", tf, te, failures.length, fmtBytes(tb)));
  lines.push(
    `  ${counts.filesTotal} file(s) found, ${started} looked at; skipped: ${skipped.state} already done, ${skipped.tracker} already in the tracker, ${skipped.duplicate} duplicate content`,
  );
  if (failures.length) {
    lines.push("", `  ${failures.length} file(s) failed (all in ${errorsFile}):`);
    const byCode = new Map<string, number>();
    for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    lines.push(`  ${[...byCode].map(([c, n]) => `${c}: ${n}`).join(", ")}`);
    for (const f of failures.slice(0, 25)) lines.push(`  ${f.code.padEnd(11)} ${f.path} — ${f.reason}`);
    if (failures.length > 25) lines.push(`  … and ${failures.length - 25} more in ${errorsFile}`);
  }
  if (resumable) lines.push(`  state: ${stateFile}`);
  return `${lines.join("\n")}\n`;
}
