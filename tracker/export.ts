/**
 * Exports of filtered entries as CSV, XLSX (exceljs streaming writer), JSONL and JSON-LD Web
 * Annotations. Spreadsheet cells come from shared/entry/columns.ts (`entryToRow`), so no
 * cell starts a formula; XLSX cells are written as plain strings or numbers, never formulas.
 */
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { entryToAnnotation, ANNO_CONTEXT } from "../shared/entry/annotation";
import { csvLine, entryToRow, exportColumns, headerRow } from "../shared/entry/columns";
import type { Entry } from "../shared/entry/entry";

export const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" },
  jsonl: { type: "application/x-ndjson; charset=utf-8", ext: "jsonl" },
  jsonld: { type: "application/ld+json; charset=utf-8", ext: "jsonld" },
} as const;
export type Format = keyof typeof FORMATS;

export function isFormat(f: unknown): f is Format {
  return typeof f === "string" && Object.hasOwn(FORMATS, f);
}

async function* csv(entries: AsyncIterable<Entry>): AsyncGenerator<string> {
  const cols = exportColumns(true);
  // A byte-order mark so that Excel opens the UTF-8 file with the right characters.
  yield `\ufeff${csvLine(headerRow(cols))}\r\n`;
  let buf = "";
  for await (const e of entries) {
    buf += `${csvLine(entryToRow(e, cols))}\r\n`;
    if (buf.length > 64_000) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}

async function* jsonl(entries: AsyncIterable<Entry>): AsyncGenerator<string> {
  let buf = "";
  for await (const e of entries) {
    buf += `${JSON.stringify(e)}\n`;
    if (buf.length > 64_000) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}

/** A W3C AnnotationCollection with one page holding the passage entries. */
async function* jsonld(entries: AsyncIterable<Entry>, id: string): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(ANNO_CONTEXT)},"id":${JSON.stringify(id)},"type":"AnnotationCollection","label":"MM Tracker passages","first":{"type":"AnnotationPage","startIndex":0,"items":[`;
  let n = 0;
  for await (const e of entries) {
    if (e.kind !== "passage") continue;
    yield `${n ? "," : ""}\n${JSON.stringify(entryToAnnotation(e, false))}`;
    n++;
  }
  yield `\n]},"total":${n}}\n`;
}

function xlsx(entries: AsyncIterable<Entry>): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet("Entries");
  const cols = exportColumns(true);
  ws.columns = cols.map((c) => ({ header: c.header, key: c.role, width: c.role === "title" || c.role === "description" ? 50 : 18 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  (async () => {
    for await (const e of entries) ws.addRow(entryToRow(e, cols)).commit();
    ws.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/** The export as a stream. `collectionId` names the JSON-LD collection. */
export function exportStream(format: Format, entries: AsyncIterable<Entry>, collectionId = "urn:mmt:export"): Readable {
  switch (format) {
    case "csv":
      return Readable.from(csv(entries));
    case "jsonl":
      return Readable.from(jsonl(entries));
    case "jsonld":
      return Readable.from(jsonld(entries, collectionId));
    case "xlsx":
      return xlsx(entries);
  }
}
