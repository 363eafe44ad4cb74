/**
 * When a second worker pays. A worker costs about 0.3 s of CPU to start and then 0.1-0.4 s more
 * the first time it meets each format (pdf.js, mammoth, linkedom, exceljs load on first use):
 * for a folder of a few hundred short files that is as much as the work itself, and starting
 * the second worker made the run slower than one worker alone. So the pool starts the first
 * worker at once and asks this planner before each further one.
 *
 * The planner estimates the CPU time of the files not yet done from their kind (by extension)
 * and size, with a cost model measured on the benchmark corpora (docs/classify.md). Once the
 * first worker has returned a few files, the model is scaled by what that worker actually took
 * (this machine, these documents); before that, only a clearly large folder starts a second
 * worker, so that its start-up overlaps the first worker's.
 */
import { extname } from "node:path";

export type Kind = "pdf" | "docx" | "html" | "table" | "text";

export function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === ".pdf") return "pdf";
  if (ext === ".docx") return "docx";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".xlsx" || ext === ".csv" || ext === ".tsv") return "table";
  return "text";
}

/**
 * CPU milliseconds of one warm worker (one thread of this 2-core machine) per file and per KB,
 * fitted on the benchmark's short (1-2 page) and long (~20 page) documents, and the first-use
 * cost of each format's library. `table` per-file and per-KB costs are rough (no template
 * corpus in the benchmark); its first use was measured (exceljs loads in ~0.4 s).
 */
export const COSTS: Record<Kind, { perFile: number; perKB: number; firstUse: number }> = {
  pdf: { perFile: 1.1, perKB: 1.75, firstUse: 280 },
  docx: { perFile: 2.0, perKB: 0.27, firstUse: 120 },
  html: { perFile: 1.4, perKB: 0.15, firstUse: 220 },
  table: { perFile: 3.0, perKB: 0.3, firstUse: 420 },
  text: { perFile: 0.45, perKB: 0.03, firstUse: 0 },
};

/** A worker's start, from `new Worker` to ready (bundle, tagger engine built), in model ms. */
export const BOOT_MS = 320;

/** The work left must be at least this many times a new worker's start-up, per worker already
 *  running. In the ideal model one time would break even; measured end to end, a second worker
 *  started on 520 short files (work ~2.2-2.9x its start-up by this model) still lost to one
 *  worker (3.65 vs 3.45 s, medians of 5): it also costs the first worker and the main thread
 *  CPU (two heaps' GC on the same two cores), and at a margin of 3 that corpus sat on the edge
 *  and flipped between runs, so 4 (docs/classify.md). */
export const MARGIN = 4;
/** Before any measurement, only work this many times the start-up starts a worker at once. */
export const EAGER_MARGIN = 8;

export function costMs(kind: Kind, bytes: number): number {
  const c = COSTS[kind];
  return c.perFile + (c.perKB * bytes) / 1024;
}

/**
 * Whether one more worker shortens the run. With `workers` running, the work left takes about
 * left/workers; a new worker first spends `startMs` starting (on a core the others do not use)
 * and then shares what is left, so it gains (left/workers - start)/(workers + 1) at best:
 * positive only when left/workers exceeds its start-up, and worth the risk at `margin` times.
 */
export function anotherWorkerPays(g: { workers: number; leftMs: number; startMs: number }, margin = MARGIN): boolean {
  return g.leftMs / Math.max(1, g.workers) > margin * g.startMs;
}

/** The observations needed before trusting a measured speed. */
const CALIBRATE_FILES = 4;
const CALIBRATE_MS = 200;
/** Bounds of the measured scale (observed / model): a stall (a swapped machine, a debugger) or a
 *  run of empty files must not swing the estimate beyond what documents plausibly do. */
const SCALE_MIN = 0.2;
const SCALE_MAX = 5;

export class GrowthPlanner {
  /** Model ms of each file not yet finished. */
  #left = new Map<string, { kind: Kind; ms: number }>();
  #leftMs = 0;
  #leftKinds = new Map<Kind, number>();
  #doneMs = 0;
  #doneFiles = 0;
  #seen = new Set<Kind>();
  #scale: number | null = null;

  /** `likelyDone`: files a resume state lists by path; they will most likely be skipped. */
  constructor(files: { path: string; size: number }[], likelyDone: (path: string) => boolean = () => false) {
    for (const f of files) {
      if (likelyDone(f.path) || this.#left.has(f.path)) continue;
      const kind = kindOf(f.path);
      const ms = costMs(kind, f.size);
      this.#left.set(f.path, { kind, ms });
      this.#leftMs += ms;
      this.#leftKinds.set(kind, (this.#leftKinds.get(kind) ?? 0) + 1);
    }
  }

  /** A file left the work: classified by a worker (`byWorker`), or failed or skipped before one. */
  finished(path: string, size: number, byWorker: boolean): void {
    const f = this.#left.get(path);
    if (f) {
      this.#left.delete(path);
      this.#leftMs -= f.ms;
      const n = (this.#leftKinds.get(f.kind) ?? 1) - 1;
      if (n > 0) this.#leftKinds.set(f.kind, n);
      else this.#leftKinds.delete(f.kind);
    }
    if (byWorker) {
      const kind = f?.kind ?? kindOf(path);
      this.#doneMs += f?.ms ?? costMs(kind, size);
      this.#doneFiles++;
      this.#seen.add(kind);
    }
  }

  /** Model ms of the files not yet finished. */
  get leftMs(): number {
    return Math.max(0, this.#leftMs);
  }

  /** Observed over model time of the first worker, once measured. */
  get scale(): number | null {
    return this.#scale;
  }

  /** Model ms a new worker spends loading the libraries of the kinds still to come. */
  #firstUseLeft(): number {
    let ms = 0;
    for (const k of this.#leftKinds.keys()) ms += COSTS[k].firstUse;
    return ms;
  }

  /** The pool's question (see PoolOptions.mayGrow). */
  mayGrow(info: { workers: number; bootMs: number | null; readyAt: number | null }, now = performance.now()): boolean {
    const firstUse = this.#firstUseLeft();
    if (anotherWorkerPays({ workers: info.workers, leftMs: this.leftMs, startMs: BOOT_MS + firstUse }, EAGER_MARGIN)) return true;
    if (this.#scale === null) {
      // Measured once, while the first worker works alone: its wall time since it was ready
      // against the model time of what it finished, its libraries' first loads included.
      if (info.workers !== 1 || info.readyAt === null) return false;
      const elapsed = now - info.readyAt;
      if (this.#doneFiles < CALIBRATE_FILES || elapsed < CALIBRATE_MS) return false;
      let model = this.#doneMs;
      for (const k of this.#seen) model += COSTS[k].firstUse;
      this.#scale = Math.min(SCALE_MAX, Math.max(SCALE_MIN, elapsed / Math.max(1, model)));
    }
    const s = this.#scale;
    const startMs = (info.bootMs ?? BOOT_MS * s) + firstUse * s;
    return anotherWorkerPays({ workers: info.workers, leftMs: this.leftMs * s, startMs });
  }
}
