/**
 * Just enough of the ZIP format to look inside DOCX/XLSX before a library inflates them: the
 * central directory (names, declared sizes, compression method) and one small entry read with
 * a hard cap on its inflated size. This is what lets `classify` refuse a zip bomb before
 * mammoth or exceljs expands it in memory.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {
  constructor(
    message: string,
    /** True when the entry inflates to more than the cap it was read with. */
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

/** Lists the central directory; throws ZipError when the archive is truncated or malformed. */
export function listZip(buf: Uint8Array): ZipEntry[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no end-of-central-directory record (truncated or not a zip)");
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) throw new ZipError("ZIP64 archives are not supported");
  if (p + size > buf.length) throw new ZipError("central directory runs past the end (truncated)");
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== CEN) throw new ZipError("corrupt central directory");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry, never producing more than `maxBytes` (ZipError beyond). */
export function readZipEntry(buf: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || view.getUint32(at, true) !== LOC) throw new ZipError(`corrupt local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`${entry.name} is truncated`);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipError(`${entry.name} is larger than ${maxBytes} bytes`, true);
    return data;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name}: unsupported compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    const tooLarge = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
    throw new ZipError(`${entry.name} cannot be inflated within ${maxBytes} bytes: ${(e as Error).message}`, tooLarge);
  }
}

export interface ZipLimits {
  /** Most total declared uncompressed bytes. */
  maxTotal: number;
  /** Most declared expansion ratio of the whole archive (uncompressed / compressed). */
  maxRatio: number;
}

/** A reason to refuse the archive as a likely zip bomb, or null when it looks sane. */
export function zipBombReason(entries: ZipEntry[], archiveBytes: number, limits: ZipLimits): string | null {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > limits.maxTotal) {
    return `zip bomb suspected: declares ${fmtBytes(total)} uncompressed (limit ${fmtBytes(limits.maxTotal)})`;
  }
  const ratio = total / Math.max(1, archiveBytes);
  if (total > 10 * 1024 * 1024 && ratio > limits.maxRatio) {
    return `zip bomb suspected: expands ${Math.round(ratio)}x (limit ${limits.maxRatio}x)`;
  }
  return null;
}

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
