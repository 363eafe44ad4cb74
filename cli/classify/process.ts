/**
 * One file's bytes → entries: sniff the type, extract, tag, build entries. Runs inside a
 * worker thread (worker.ts) but is a plain async function, so it is testable without one.
 */
import type { Entry } from "../../shared/entry/entry";
import { newEntryId } from "../../shared/entry/ids";
import { tag } from "../../shared/tagger/index";
import { documentEntry, rowEntries } from "./entries";
import { DEFAULT_LIMITS, type ExtractLimits, extract, FileError } from "./extract";
import { type Format, sniff } from "./sniff";

export interface Job {
  seq: number;
  path: string;
  sha256: string;
  bytes: Uint8Array;
  textColumns?: string[];
  limits?: Partial<ExtractLimits>;
}

export type JobResult =
  | { seq: number; ok: true; format: Format; entries: Entry[]; warnings: string[] }
  | { seq: number; ok: false; format?: Format; code: string; reason: string };

/**
 * What a worker sends back: the entries already as JSON lines. Serialising in the worker keeps
 * that work off the main thread, which feeds every worker and shares the cores with them, and a
 * string crosses the thread boundary for a fraction of what cloning the entry objects costs.
 */
export type WireResult =
  | { seq: number; ok: true; format: Format; lines: string[]; warnings: string[] }
  | { seq: number; ok: false; format?: Format; code: string; reason: string };

export function toWire(r: JobResult): WireResult {
  if (!r.ok) return r;
  return { seq: r.seq, ok: true, format: r.format, lines: r.entries.map((e) => JSON.stringify(e)), warnings: r.warnings };
}

export async function processJob(job: Job): Promise<JobResult> {
  const limits = { ...DEFAULT_LIMITS, ...job.limits };
  const s = sniff(job.bytes, job.path);
  if (!s.ok) return { seq: job.seq, ok: false, code: s.code, reason: s.reason };
  const warnings = s.note ? [s.note] : [];
  const src = { path: job.path, sha256: job.sha256 };
  try {
    const data = await extract(job.bytes, s.format, s, limits);
    if (data.kind === "document") {
      return { seq: job.seq, ok: true, format: s.format, entries: [documentEntry(data, src, newEntryId(), tag)], warnings };
    }
    const rows = rowEntries(data, src, newEntryId, tag, { textColumns: job.textColumns });
    warnings.push(...rows.warnings);
    if (!rows.entries.length) {
      return { seq: job.seq, ok: false, format: s.format, code: "no-rows", reason: rows.warnings.join("; ") || "no row with text" };
    }
    return { seq: job.seq, ok: true, format: s.format, entries: rows.entries, warnings };
  } catch (e) {
    if (e instanceof FileError) return { seq: job.seq, ok: false, format: s.format, code: e.code, reason: e.message };
    const err = e as Error;
    return { seq: job.seq, ok: false, format: s.format, code: "error", reason: `${s.format}: ${err?.message ?? String(e)}` };
  }
}
