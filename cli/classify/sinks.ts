/**
 * Where results go, written so that an interruption at any moment leaves a consistent pair
 * (output, state): a file's entries are appended first, then its line in the state file, each
 * with one synchronous write. On start, `reconcile` drops output lines of files the state does
 * not list as done (the tail of a killed run), so a resumed run ends with every file once.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { COLUMNS, csvLine, entryToRow, headerRow } from "../../shared/entry/columns";
import type { Entry } from "../../shared/entry/entry";

export interface StateLine {
  sha256: string;
  path: string;
  entries: number;
  /** "classified", or "tracker" when the tracker already had the file. */
  how: "classified" | "tracker";
  at: string;
}

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n");
}

/** The append-only state file: one line per finished file. */
export class StateFile {
  readonly done = new Map<string, StateLine>();
  #fd: number;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    for (const line of readLines(file)) {
      if (!line.trim()) continue;
      try {
        const s = JSON.parse(line) as StateLine;
        if (typeof s.sha256 === "string") this.done.set(s.sha256, s);
      } catch {
        // A torn last line (killed mid-write) is ignored: that file is simply redone.
      }
    }
    // Rewrite without torn lines, so appends start on a clean line.
    writeFileSync(file, [...this.done.values()].map((s) => `${JSON.stringify(s)}\n`).join(""));
    this.#fd = openSync(file, "a");
  }

  /**
   * Forgets files whose entries are missing from the output (it was deleted or edited), so
   * they are classified again; files that made no entries (known to the tracker) stay done.
   */
  retainPresent(present: ReadonlySet<string>): number {
    let dropped = 0;
    for (const [sha, line] of this.done) {
      if (line.entries > 0 && !present.has(sha)) {
        this.done.delete(sha);
        dropped++;
      }
    }
    if (dropped) {
      closeSync(this.#fd);
      writeFileSync(this.file, [...this.done.values()].map((l) => `${JSON.stringify(l)}\n`).join(""));
      this.#fd = openSync(this.file, "a");
    }
    return dropped;
  }

  add(line: StateLine): void {
    this.done.set(line.sha256, line);
    writeSync(this.#fd, `${JSON.stringify(line)}\n`);
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** Entries as JSONL, appended; `reconcile` keeps only the lines of files done. */
export class JsonlSink {
  #fd: number;
  /** sha256 of the files whose entries the output holds after reconciling. */
  readonly present = new Set<string>();
  constructor(
    readonly file: string,
    done: ReadonlySet<string> | null,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    const kept: string[] = [];
    if (done) {
      for (const line of readLines(file)) {
        if (!line.trim()) continue;
        try {
          const e = JSON.parse(line) as Entry;
          if (e.source?.sha256 && done.has(e.source.sha256)) {
            kept.push(line);
            this.present.add(e.source.sha256);
          }
        } catch {
          // torn line: dropped
        }
      }
    }
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, kept.map((l) => `${l}\n`).join(""));
    renameSync(tmp, file);
    this.#fd = openSync(file, "a");
  }

  /** Entries already serialised, one JSON object per string (as the workers send them). */
  writeLines(lines: readonly string[]): void {
    if (lines.length) writeSync(this.#fd, `${lines.join("\n")}\n`);
  }

  close(): void {
    closeSync(this.#fd);
  }

  static read(file: string): Entry[] {
    const out: Entry[] = [];
    for (const line of readLines(file)) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as Entry);
      } catch {
        // skip
      }
    }
    return out;
  }
}

/** CSV (RFC 4180, UTF-8 with BOM so Excel reads it) through the one column definition. */
export function writeCsv(file: string, entries: readonly Entry[]): void {
  const lines = [csvLine(headerRow(COLUMNS)), ...entries.map((e) => csvLine(entryToRow(e, COLUMNS)))];
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `\uFEFF${lines.join("\r\n")}\r\n`);
  renameSync(tmp, file);
}

/** XLSX through the one column definition; every text cell is written as a string value. */
export async function writeXlsx(file: string, entries: readonly Entry[]): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Entries");
  ws.addRow(headerRow(COLUMNS));
  ws.getRow(1).font = { bold: true };
  for (const e of entries) ws.addRow(entryToRow(e, COLUMNS));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const tmp = `${file}.tmp.xlsx`;
  await wb.xlsx.writeFile(tmp);
  renameSync(tmp, file);
}

/** Errors file (JSONL), rewritten by each run. */
export class ErrorsFile {
  #fd: number;
  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.#fd = openSync(file, "w");
  }
  add(rec: { path: string; code: string; reason: string; format?: string; sha256?: string }): void {
    writeSync(this.#fd, `${JSON.stringify({ ...rec, at: new Date().toISOString() })}\n`);
  }
  close(): void {
    closeSync(this.#fd);
  }
}
