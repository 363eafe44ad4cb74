/**
 * File type from content: magic bytes first (PDF, ZIP → DOCX or XLSX by its parts, legacy
 * Office, images, archives), then a text sniff (HTML markup, CSV by extension, Markdown by
 * extension or headings, plain text). The extension only breaks ties between text formats.
 */
import { extname } from "node:path";
import { listZip, type ZipEntry, ZipError } from "./zip";

export type Format = "pdf" | "docx" | "xlsx" | "html" | "csv" | "md" | "txt";

export type Sniffed =
  | { ok: true; format: Format; zip?: ZipEntry[]; text?: string; note?: string }
  | { ok: false; code: string; reason: string };

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

const BINARY: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "legacy Office binary (.doc/.xls/.ppt): save it as DOCX/XLSX"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG image"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "GIF image"],
  [[0x1f, 0x8b], "gzip archive"],
  [[0x52, 0x61, 0x72, 0x21], "RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf], "7-Zip archive"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "RTF document"],
];

/** Decodes text: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252. */
export function decodeText(b: Uint8Array): string {
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(b.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return new TextDecoder("windows-1252").decode(b);
  }
}

function looksBinary(b: Uint8Array): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return false;
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n * 0.05;
}

const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;
const HTML_ANY = /<(html|head|body|p|div|h1|h2|article|main|title)\b[^>]*>/i;

export function sniff(bytes: Uint8Array, path: string): Sniffed {
  if (bytes.length === 0) return { ok: false, code: "empty", reason: "empty file (0 bytes)" };
  const ext = extname(path).toLowerCase();
  const head = bytes.subarray(0, 1024);
  if (new TextDecoder("latin1").decode(head).includes("%PDF-")) return { ok: true, format: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    let entries: ZipEntry[];
    try {
      entries = listZip(bytes);
    } catch (e) {
      const why = e instanceof ZipError ? e.message : String(e);
      return { ok: false, code: "corrupt", reason: `corrupt ZIP/Office file: ${why}` };
    }
    const names = new Set(entries.map((e) => e.name));
    const office = names.has("[Content_Types].xml");
    if (office && entries.some((e) => e.name.startsWith("word/"))) return { ok: true, format: "docx", zip: entries };
    if (office && entries.some((e) => e.name.startsWith("xl/"))) return { ok: true, format: "xlsx", zip: entries };
    if (office && entries.some((e) => e.name.startsWith("ppt/"))) {
      return { ok: false, code: "unsupported", reason: "PowerPoint (PPTX) is not supported" };
    }
    if (names.has("mimetype") && entries.some((e) => e.name === "content.xml")) {
      return { ok: false, code: "unsupported", reason: "OpenDocument file: save it as DOCX/XLSX" };
    }
    return { ok: false, code: "unsupported", reason: "ZIP archive that is neither DOCX nor XLSX" };
  }
  for (const [sig, what] of BINARY) {
    if (startsWith(bytes, sig)) return { ok: false, code: "unsupported", reason: `unsupported type: ${what}` };
  }
  if (looksBinary(bytes)) return { ok: false, code: "unsupported", reason: "unsupported type: binary content" };
  const text = decodeText(bytes);
  if (text.trim() === "") return { ok: false, code: "empty", reason: "no text (only white space)" };
  const mismatch = (format: string): string | undefined =>
    [".pdf", ".docx", ".xlsx", ".doc", ".xls"].includes(ext) ? `named ${ext} but the content is ${format}` : undefined;
  const probe = text.slice(0, 4096);
  if (HTML_START.test(probe) || ([".html", ".htm", ".xhtml"].includes(ext) && HTML_ANY.test(probe))) {
    return { ok: true, format: "html", text, note: mismatch("html") };
  }
  if (ext === ".csv" || ext === ".tsv") return { ok: true, format: "csv", text };
  if (ext === ".md" || ext === ".markdown") return { ok: true, format: "md", text };
  return { ok: true, format: "txt", text, note: mismatch("plain text") };
}
