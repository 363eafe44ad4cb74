/**
 * Progress on stderr: a one-line bar redrawn in place on a terminal, or a plain line every few
 * seconds when stderr is a file or a pipe (logs, CI).
 */
import { fmtBytes } from "./zip";

export interface ProgressCounts {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  failed: number;
  skipped: number;
}

function fmtTime(s: number): string {
  if (!Number.isFinite(s) || s < 0) return "--:--";
  const sec = Math.round(s);
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const ss = String(sec % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  readonly #start = Date.now();
  #last = 0;
  #drawn = false;

  constructor(
    readonly mode: "bar" | "plain" | "none",
    readonly out: NodeJS.WriteStream = process.stderr,
    readonly plainEveryMs = 2000,
  ) {}

  line(c: ProgressCounts): string {
    const secs = Math.max(0.001, (Date.now() - this.#start) / 1000);
    const work = c.filesDone - c.skipped;
    const fps = work / secs;
    const mbps = c.bytesDone / 1024 / 1024 / secs;
    const left = c.bytesTotal - c.bytesDone;
    const eta = c.bytesDone > 0 ? left / (c.bytesDone / secs) : Number.NaN;
    return `${c.filesDone}/${c.filesTotal} files · ${fps.toFixed(1)} files/s · ${mbps.toFixed(2)} MB/s · ${fmtBytes(c.bytesDone)}/${fmtBytes(c.bytesTotal)} · ${c.failed} failed · ${c.skipped} skipped · ETA ${fmtTime(eta)}`;
  }

  update(c: ProgressCounts, force = false): void {
    if (this.mode === "none") return;
    const now = Date.now();
    if (this.mode === "bar") {
      if (!force && now - this.#last < 100) return;
      this.#last = now;
      const width = 24;
      const frac = c.filesTotal ? c.filesDone / c.filesTotal : 1;
      const fill = Math.round(frac * width);
      const bar = `[${"#".repeat(fill)}${"-".repeat(width - fill)}] ${String(Math.floor(frac * 100)).padStart(3)}%`;
      const text = `${bar} ${this.line(c)}`;
      const cols = this.out.columns || 120;
      this.out.write(`\r${text.slice(0, cols - 1)}\x1b[K`);
      this.#drawn = true;
    } else {
      if (!force && now - this.#last < this.plainEveryMs) return;
      this.#last = now;
      this.out.write(`classify: ${this.line(c)}\n`);
    }
  }

  end(c: ProgressCounts): void {
    if (this.mode === "none") return;
    this.update(c, true);
    if (this.#drawn) this.out.write("\n");
  }
}
