/**
 * A pool of worker threads. Each worker holds up to `perWorker` files at once (default 2): pdf.js
 * spends part of each file waiting on its own message hops, and a second file fills those gaps.
 * A worker that crashes or exceeds the per-file time limit is terminated and replaced; its
 * files fail with a clear reason and the run goes on.
 */
import { Worker } from "node:worker_threads";
import type { Job, WireResult } from "./process";
import { TSX_ENTRY, workerEntry } from "./worker-bundle";

interface Running {
  job: Job;
  resolve: (r: WireResult) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: Map<number, Running>;
  entry: URL;
}

/** What the pool knows when it asks whether to start one more worker. */
export interface GrowthInfo {
  /** Workers started (ready or not). */
  workers: number;
  /** Milliseconds from starting the first worker to its ready message; null before. */
  bootMs: number | null;
  /** performance.now() when the first worker said it was ready; null before. */
  readyAt: number | null;
}

export interface PoolOptions {
  /** Where workers start from, asked once, when the first worker starts (so a run that starts
   *  none never pays for it). Default: the prebuilt bundle, else worker-entry.mjs (tsx). */
  entry?: () => URL;
  /** Asked before each worker after the first (again after every finished file while it says
   *  no): lets the caller start the second worker only when the work left pays for its start-up. */
  mayGrow?: (info: GrowthInfo) => boolean;
  /** Told when a worker from the bundle died before it was ready, and the pool went back to
   *  starting workers through tsx: a broken bundle must not go unnoticed. */
  onFallback?: (reason: string) => void;
}


/** Young-generation size for the workers. pdf.js, mammoth and linkedom allocate a lot of
 *  short-lived objects per file; with more room they die young instead of being copied and
 *  promoted. Measured with 1 and 2 pools side by side on the benchmark corpus: 48 MB gave
 *  +7-8% files/s with both 1 and 2 workers, 96 MB +5% with 2 (the default is 16-32 MB). */
const YOUNG_GENERATION_MB = 64;

export class Pool {
  #slots: Slot[] = [];
  #queue: { job: Job; resolve: (r: WireResult) => void }[] = [];
  #closed = false;
  #seq = 0;
  #startFailures = 0;
  #entry: URL | null = null;
  #firstSpawnAt: number | null = null;
  #bootMs: number | null = null;
  #readyAt: number | null = null;
  #peak = 0;

  constructor(
    readonly size: number,
    readonly timeoutMs: number,
    readonly perWorker = 2,
    private readonly options: PoolOptions = {},
  ) {
    // Workers start on demand (see #pump): a run whose files are all skipped starts none.
  }

  /** Where the workers started from (null before the first one). */
  get entry(): URL | null {
    return this.#entry;
  }

  #spawn(): Slot {
    this.#entry ??= (this.options.entry ?? workerEntry)();
    this.#firstSpawnAt ??= performance.now();
    const entry = this.#entry;
    const worker = new Worker(entry, { stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, running: new Map(), entry };
    worker.on("message", (msg: WireResult | { ready: true }) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.#startFailures = 0;
        if (this.#readyAt === null) {
          this.#readyAt = performance.now();
          this.#bootMs = this.#readyAt - (this.#firstSpawnAt ?? this.#readyAt);
        }
        this.#pump();
        return;
      }
      const current = slot.running.get(msg.seq);
      if (!current) return;
      clearTimeout(current.timer);
      slot.running.delete(msg.seq);
      current.resolve({ ...msg, seq: current.job.seq });
      this.#pump();
    });
    const fail = (reason: string, code: string): void => {
      if (!slot.ready) {
        this.#startFailures++;
        // A bundle that cannot start (damaged, or a library it expects is missing): the
        // TypeScript sources still can, more slowly.
        if (slot.entry.href !== TSX_ENTRY.href && this.#entry?.href !== TSX_ENTRY.href) {
          this.#entry = TSX_ENTRY;
          this.options.onFallback?.(reason);
        }
      }
      for (const current of slot.running.values()) {
        clearTimeout(current.timer);
        current.resolve({ seq: current.job.seq, ok: false, code, reason });
      }
      slot.running.clear();
      this.#replace(slot);
    };
    worker.on("error", (e) => fail(`worker crashed: ${e.message}`, "crash"));
    worker.on("exit", (code) => {
      if (!this.#closed && this.#slots.includes(slot)) fail(`worker exited (code ${code})`, "crash");
    });
    return slot;
  }

  #mayGrow(): boolean {
    if (this.#slots.length === 0 || !this.options.mayGrow) return true;
    return this.options.mayGrow({ workers: this.#slots.length, bootMs: this.#bootMs, readyAt: this.#readyAt });
  }

  #replace(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    this.#slots.splice(i, 1);
    void slot.worker.terminate();
    if (this.#closed) return;
    this.#pump();
  }

  #pump(): void {
    if (this.#closed) return;
    // Start another worker while the queue holds more than the started ones can take.
    let room = 0;
    for (const slot of this.#slots) room += this.perWorker - slot.running.size;
    while (this.#slots.length < this.size && this.#queue.length > room && this.#startFailures < 3 && this.#mayGrow()) {
      this.#slots.push(this.#spawn());
      this.#peak = Math.max(this.#peak, this.#slots.length);
      room += this.perWorker;
    }
    if (this.#slots.length === 0 && this.#startFailures >= 3) {
      // Workers cannot even start (a broken install): fail what is queued instead of looping.
      for (const q of this.#queue.splice(0)) {
        q.resolve({ seq: q.job.seq, ok: false, code: "crash", reason: "worker threads cannot start" });
      }
      return;
    }
    for (const slot of this.#slots) {
      // A worker gets files once it said it is ready (its libraries and tagger are loaded).
      while (slot.ready && slot.running.size < this.perWorker && this.#queue.length) {
        const next = this.#queue.shift();
        if (!next) return;
        const id = ++this.#seq;
        const timer = setTimeout(() => {
          if (!slot.running.has(id)) return;
          slot.running.delete(id);
          next.resolve({
            seq: next.job.seq,
            ok: false,
            code: "timeout",
            reason: `took longer than ${Math.round(this.timeoutMs / 1000)} s (limit --timeout)`,
          });
          // The other file on that worker is lost with it: it fails as a crash, not silently.
          for (const other of slot.running.values()) {
            clearTimeout(other.timer);
            other.resolve({ seq: other.job.seq, ok: false, code: "crash", reason: "its worker was stopped (another file timed out)" });
          }
          slot.running.clear();
          this.#replace(slot);
          this.#pump();
        }, this.timeoutMs);
        slot.running.set(id, { ...next, timer });
        const buf = next.job.bytes;
        // Transfer the file's bytes (no copy) when the buffer is ours alone.
        const transfer = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? [buf.buffer as ArrayBuffer] : [];
        slot.worker.postMessage({ ...next.job, seq: id }, transfer);
      }
    }
  }

  /** Milliseconds each live worker's event loop has been busy since it started (for the
   *  benchmark: a worker busy all the time is not waiting for the main thread to feed it). */
  busyMs(): number[] {
    return this.#slots.map((s) => s.worker.performance.eventLoopUtilization().active);
  }

  /** Most workers alive at once so far. */
  get peak(): number {
    return this.#peak;
  }

  /** Number of files queued or running. */
  get pending(): number {
    return this.#queue.length + this.#slots.reduce((n, s) => n + s.running.size, 0);
  }

  run(job: Job): Promise<WireResult> {
    if (this.#closed) return Promise.resolve({ seq: job.seq, ok: false, code: "cancelled", reason: "cancelled" });
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const q of this.#queue.splice(0)) q.resolve({ seq: q.job.seq, ok: false, code: "cancelled", reason: "cancelled" });
    for (const slot of this.#slots) {
      for (const current of slot.running.values()) {
        clearTimeout(current.timer);
        current.resolve({ seq: current.job.seq, ok: false, code: "cancelled", reason: "cancelled" });
      }
      slot.running.clear();
    }
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
