/**
 * A pool of worker threads, one job in flight per worker. A worker that crashes or exceeds the
 * per-file time limit is terminated and replaced; its file fails with a clear reason and the
 * run goes on.
 */
import { Worker } from "node:worker_threads";
import type { Job, JobResult } from "./process";

interface Slot {
  worker: Worker;
  ready: boolean;
  job: { job: Job; resolve: (r: JobResult) => void; timer?: NodeJS.Timeout } | null;
}

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);

export class Pool {
  #slots: Slot[] = [];
  #queue: { job: Job; resolve: (r: JobResult) => void }[] = [];
  #closed = false;

  constructor(
    readonly size: number,
    readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  #spawn(): Slot {
    const worker = new Worker(ENTRY, { stdout: false, stderr: false });
    const slot: Slot = { worker, ready: false, job: null };
    worker.on("message", (msg: JobResult | { ready: true }) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.#pump();
        return;
      }
      const current = slot.job;
      if (!current || current.job.seq !== msg.seq) return;
      clearTimeout(current.timer);
      slot.job = null;
      current.resolve(msg);
      this.#pump();
    });
    const fail = (reason: string, code: string): void => {
      const current = slot.job;
      slot.job = null;
      if (current) {
        clearTimeout(current.timer);
        current.resolve({ seq: current.job.seq, ok: false, code, reason });
      }
      this.#replace(slot);
    };
    worker.on("error", (e) => fail(`worker crashed: ${e.message}`, "crash"));
    worker.on("exit", (code) => {
      if (!this.#closed && this.#slots.includes(slot)) fail(`worker exited (code ${code})`, "crash");
    });
    return slot;
  }

  #replace(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    this.#slots.splice(i, 1);
    void slot.worker.terminate();
    if (!this.#closed) this.#slots.push(this.#spawn());
  }

  #pump(): void {
    for (const slot of this.#slots) {
      // A worker gets a job once it said it is ready (its loader and modules are in).
      if (!slot.ready || slot.job || !this.#queue.length) continue;
      const next = this.#queue.shift();
      if (!next) return;
      const timer = setTimeout(() => {
        if (slot.job?.job.seq !== next.job.seq) return;
        slot.job = null;
        next.resolve({
          seq: next.job.seq,
          ok: false,
          code: "timeout",
          reason: `took longer than ${Math.round(this.timeoutMs / 1000)} s (limit --timeout)`,
        });
        this.#replace(slot);
        this.#pump();
      }, this.timeoutMs);
      slot.job = { ...next, timer };
      const buf = next.job.bytes;
      // Transfer the file's bytes (no copy) when the buffer is ours alone.
      const transfer = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? [buf.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(next.job, transfer);
    }
  }

  /** Number of jobs queued or running. */
  get pending(): number {
    return this.#queue.length + this.#slots.filter((s) => s.job).length;
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const q of this.#queue.splice(0)) q.resolve({ seq: q.job.seq, ok: false, code: "cancelled", reason: "cancelled" });
    for (const slot of this.#slots) {
      const current = slot.job;
      slot.job = null;
      if (current) {
        clearTimeout(current.timer);
        current.resolve({ seq: current.job.seq, ok: false, code: "cancelled", reason: "cancelled" });
      }
    }
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
