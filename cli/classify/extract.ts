/**
 * Bytes of one file → text (with a title and, for PDFs, page starts) or table rows. Each
 * format uses its well-kept library: pdf.js (legacy build, the one meant for Node) for the
 * PDF text layer, mammoth for DOCX, linkedom + Readability for HTML, exceljs for XLSX/CSV.
 * A failure is thrown as a FileError with a short code and a reason a person can act on.
 */
import { Readable } from "node:stream";
import type ExcelJSType from "exceljs";
import { assemblePdfText } from "../../shared/extract/pdf-text";
import type { Format } from "./sniff";
import { fmtBytes, readZipEntry, type ZipEntry, ZipError, zipBombReason } from "./zip";
import { keepingNativeBuiltins } from "./native-builtins";

export class FileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DocumentText {
  kind: "document";
  title: string;
  text: string;
  /** PDF only: offsets where each page starts (see shared/extract/pdf-text.ts). */
  pageStarts?: number[];
  pages?: number;
}

export interface TableSheet {
  name: string;
  /** Cell text of every row, the header row included, as strings ("" for empty). */
  rows: string[][];
  /** 1-based sheet row number of rows[i]. */
  rowNumbers: number[];
}

export interface TableData {
  kind: "table";
  sheets: TableSheet[];
}

export type Extracted = DocumentText | TableData;

export interface ExtractLimits {
  /** Most uncompressed bytes an Office file may declare. */
  maxUnzipped: number;
  /** Most characters of text kept from one document. */
  maxChars: number;
  /** Most pages read from one PDF. */
  maxPages: number;
  /** Most rows read from one sheet. */
  maxRows: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxUnzipped: 200 * 1024 * 1024,
  maxChars: 5_000_000,
  maxPages: 2000,
  maxRows: 100_000,
};

export function firstLine(text: string, max = 200): string {
  for (const line of text.split("\n")) {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  }
  return "";
}

function clean(title: string | null | undefined): string {
  return (title ?? "").replace(/\s+/g, " ").trim().slice(0, 1000);
}

// ---------- PDF ----------

/**
 * A PDF's metadata title as a person would write it: the converter's prefix ("Microsoft Word -
 * ") and a file extension are dropped; placeholders ("Untitled", "Document1", a bare file
 * name) give "" so the first line is used instead.
 */
export function pdfMetaTitle(raw: string): string {
  let t = clean(raw)
    .replace(/^Microsoft (Word|PowerPoint|Excel) - /i, "")
    .replace(/\.(docx?|pdf|rtf|odt|pptx?|xlsx?|txt|html?)$/i, "")
    .trim();
  if (/^(untitled|title|document\s*\d*|doc\d*|presentation\d*|slide\s*\d+|page\s*\d+)$/i.test(t)) t = "";
  if (/^[\w-]+$/.test(t) && /[_\d]/.test(t) && !/\s/.test(t)) t = ""; // a file name such as report_v2-final
  return t.length >= 3 ? t : "";
}

// Libraries load on first use, so a worker pays only for the formats it meets (and, started
// through worker-entry.mjs, after the TypeScript loader stepped aside).
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= keepingNativeBuiltins(async () => {
    // pdf.js runs its parser in this thread when globalThis.pdfjsWorker is set: no nested worker.
    const g = globalThis as { pdfjsWorker?: unknown };
    // @ts-expect-error: the worker build ships without type declarations
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  });
  return pdfjs;
}
const lib = {
  mammoth: null as Promise<typeof import("mammoth")> | null,
  exceljs: null as Promise<typeof import("exceljs")> | null,
  html: null as Promise<[typeof import("linkedom"), typeof import("@mozilla/readability")]> | null,
};
/** A CommonJS module imported from ESM: its exports sit on `default`. */
function cjs<T>(m: T): T {
  return (m as { default?: T }).default ?? m;
}
async function loadExcel(): Promise<typeof ExcelJSType> {
  lib.exceljs ??= import("exceljs");
  return cjs(await lib.exceljs);
}

export async function extractPdf(bytes: Uint8Array, limits: ExtractLimits): Promise<DocumentText> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = (e as Error).name;
    if (name === "PasswordException") throw new FileError("encrypted", "encrypted PDF: a password is needed to read it");
    if (name === "InvalidPDFException") throw new FileError("corrupt", "corrupt PDF: invalid structure (truncated or damaged)");
    throw new FileError("corrupt", `unreadable PDF: ${(e as Error).message}`);
  }
  try {
    let title = "";
    try {
      const meta = await doc.getMetadata();
      const info = meta.info as { Title?: unknown } | undefined;
      if (typeof info?.Title === "string") title = pdfMetaTitle(info.Title);
      if (!title && meta.metadata) title = pdfMetaTitle((meta.metadata.get("dc:title") as string | null) ?? "");
    } catch {
      // Broken metadata is not fatal: the title falls back to the first line.
    }
    const pages: { items: { str: string; hasEOL?: boolean }[] }[] = [];
    const n = Math.min(doc.numPages, limits.maxPages);
    let chars = 0;
    for (let i = 1; i <= n && chars < limits.maxChars; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const items: { str: string; hasEOL?: boolean }[] = [];
      for (const it of content.items) {
        if ("str" in it) {
          items.push({ str: it.str, hasEOL: it.hasEOL });
          chars += it.str.length;
        }
      }
      pages.push({ items });
      page.cleanup();
    }
    const { text, pageStarts } = assemblePdfText(pages);
    if (doc.numPages === 0) throw new FileError("empty", "empty PDF: no pages");
    if (text.trim() === "") {
      throw new FileError("no-text", `PDF has no text layer (${doc.numPages} page(s); scanned images need OCR)`);
    }
    return { kind: "document", title: title || firstLine(text), text, pageStarts, pages: doc.numPages };
  } finally {
    await doc.destroy().catch(() => {});
  }
}

// ---------- DOCX / XLSX (zip) ----------

/**
 * Refuses a zip bomb before the library inflates the archive: first by the declared sizes, then
 * by inflating each part with a cap of its declared size (native zlib, output dropped), so an
 * archive that lies about its sizes is caught too.
 */
/**
 * Refuses zip bombs and corrupt archives: the declared sizes first, then every part inflated
 * with a cap at its declared size (an archive that lies about its sizes is caught here, before
 * any library expands it). Returns the inflated parts, so a DOCX is not inflated a second time.
 */
function checkZip(zip: ZipEntry[], bytes: Uint8Array, limits: ExtractLimits): Map<string, Uint8Array> {
  const bomb = zipBombReason(zip, bytes.length, { maxTotal: limits.maxUnzipped, maxRatio: 200 });
  if (bomb) throw new FileError("zip-bomb", bomb);
  const parts = new Map<string, Uint8Array>();
  for (const e of zip) {
    if (e.name.endsWith("/")) continue;
    try {
      parts.set(e.name, readZipEntry(bytes, e, e.uncompressedSize + 1));
    } catch (err) {
      const msg = (err as Error).message;
      if (err instanceof ZipError && err.tooLarge) {
        throw new FileError("zip-bomb", `zip bomb suspected: ${e.name} inflates beyond its declared ${fmtBytes(e.uncompressedSize)}`);
      }
      throw new FileError("corrupt", `corrupt ${e.name.startsWith("xl/") ? "XLSX" : "DOCX"}: ${msg}`);
    }
  }
  return parts;
}

/**
 * The already inflated parts in the shape mammoth reads a DOCX through (its `file` input: an
 * object with exists/read, which its own unzip step accepts in place of a buffer). mammoth then
 * skips JSZip and its JavaScript inflate (about a fifth of the CPU of a small DOCX), and reads
 * exactly the bytes checkZip vetted.
 */
function mammothZip(parts: Map<string, Uint8Array>) {
  return {
    exists: (name: string) => parts.has(name),
    read: async (name: string, encoding?: string) => {
      const data = parts.get(name);
      if (!data) throw new Error(`no part ${name} in the DOCX`);
      if (encoding === "base64") return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64");
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
  };
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** dc:title of docProps/core.xml (already inflated, and capped, by checkZip). */
function officeTitle(parts: Map<string, Uint8Array>): string {
  const core = parts.get("docProps/core.xml");
  if (!core || core.length > 1024 * 1024) return "";
  const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(new TextDecoder().decode(core));
  return m ? clean(xmlText(m[1])) : "";
}

export async function extractDocx(bytes: Uint8Array, zip: ZipEntry[], limits: ExtractLimits): Promise<DocumentText> {
  const parts = checkZip(zip, bytes, limits);
  if (!zip.some((e) => e.name === "word/document.xml")) throw new FileError("corrupt", "corrupt DOCX: no word/document.xml");
  lib.mammoth ??= import("mammoth");
  const mammoth = cjs(await lib.mammoth);
  let text: string;
  try {
    // `file` is not in mammoth's type declarations; its unzip step takes it (tests cover DOCX).
    const r = await mammoth.extractRawText({ file: mammothZip(parts) } as unknown as Parameters<typeof mammoth.extractRawText>[0]);
    text = r.value.replace(/\n{3,}/g, "\n\n").slice(0, limits.maxChars);
  } catch (e) {
    throw new FileError("corrupt", `corrupt DOCX: ${(e as Error).message}`);
  }
  if (text.trim() === "") throw new FileError("empty", "DOCX has no text");
  return { kind: "document", title: officeTitle(parts) || firstLine(text), text };
}

function cellText(v: ExcelJSType.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return v.result === undefined || v.result === null ? "" : String(v.result);
    if ("error" in v) return "";
    return "";
  }
  return String(v);
}

function sheetsOf(wb: ExcelJSType.Workbook, limits: ExtractLimits): TableSheet[] {
  const sheets: TableSheet[] = [];
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (rows.length >= limits.maxRows) return;
      const cells: string[] = [];
      const values = row.values as ExcelJSType.CellValue[];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim());
      rows.push(cells);
      rowNumbers.push(n);
    });
    if (rows.length) sheets.push({ name: ws.name, rows, rowNumbers });
  }
  return sheets;
}

export async function extractXlsx(bytes: Uint8Array, zip: ZipEntry[], limits: ExtractLimits): Promise<TableData> {
  checkZip(zip, bytes, limits);
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileError("corrupt", `corrupt XLSX: ${(e as Error).message}`);
  }
  const sheets = sheetsOf(wb, limits);
  if (!sheets.length) throw new FileError("empty", "XLSX has no rows");
  return { kind: "table", sheets };
}

export async function extractCsv(text: string, limits: ExtractLimits): Promise<TableData> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const first = text.split("\n", 1)[0];
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : first.includes("\t") && !first.includes(",") ? "\t" : ",";
  try {
    // Values stay text: no number/date guessing (a year or a code must not change shape).
    await wb.csv.read(Readable.from([text.replace(/^\uFEFF/, "")]), {
      parserOptions: { delimiter },
      map: (v: unknown) => v,
    } as Parameters<typeof wb.csv.read>[1]);
  } catch (e) {
    throw new FileError("corrupt", `unreadable CSV: ${(e as Error).message}`);
  }
  const sheets = sheetsOf(wb, limits).map((s) => ({ ...s, name: "" }));
  if (!sheets.length) throw new FileError("empty", "CSV has no rows");
  return { kind: "table", sheets };
}

// ---------- HTML, text ----------

export async function extractHtml(html: string, limits: ExtractLimits): Promise<DocumentText> {
  lib.html ??= Promise.all([import("linkedom"), import("@mozilla/readability")]);
  const [{ parseHTML }, { Readability }] = await lib.html;
  const { document } = parseHTML(html);
  const heading = document.querySelector("h1, h2");
  let title = clean(document.title) || clean(heading?.textContent);
  let text = "";
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    text = article?.textContent ?? "";
    if (!title) title = clean(article?.title);
  } catch {
    text = "";
  }
  if (text.trim().length < 200) {
    // Readability gives up on short or list-like pages: take the body's text instead.
    const { document: fresh } = parseHTML(html);
    for (const el of fresh.querySelectorAll("script, style, noscript, template")) el.remove();
    text = fresh.body?.textContent ?? fresh.documentElement?.textContent ?? "";
  }
  text = text
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, limits.maxChars);
  if (!text) throw new FileError("empty", "HTML page has no text");
  return { kind: "document", title: title || firstLine(text), text };
}

export function extractPlain(text: string, markdown: boolean, limits: ExtractLimits): DocumentText {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").slice(0, limits.maxChars);
  let title = "";
  if (markdown) {
    const m = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body);
    if (m) title = clean(m[1]);
  }
  return { kind: "document", title: title || firstLine(body), text: body };
}

export async function extract(
  bytes: Uint8Array,
  format: Format,
  sniffed: { zip?: ZipEntry[]; text?: string },
  limits: ExtractLimits = DEFAULT_LIMITS,
): Promise<Extracted> {
  switch (format) {
    case "pdf":
      return extractPdf(bytes, limits);
    case "docx":
      return extractDocx(bytes, sniffed.zip ?? [], limits);
    case "xlsx":
      return extractXlsx(bytes, sniffed.zip ?? [], limits);
    case "csv":
      return extractCsv(sniffed.text ?? "", limits);
    case "html":
      return extractHtml(sniffed.text ?? "", limits);
    case "md":
      return extractPlain(sniffed.text ?? "", true, limits);
    case "txt":
      return extractPlain(sniffed.text ?? "", false, limits);
  }
}

export { fmtBytes };
