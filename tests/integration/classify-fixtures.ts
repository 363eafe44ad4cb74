/**
 * Builds real fixture files for the classify tests and benchmark: PDFs (pdf-lib), DOCX (docx),
 * XLSX (exceljs), HTML, TXT, Markdown, CSV, and broken ones. Nothing is read from disk.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { PDFDocument, StandardFonts } from "pdf-lib";

export const MIGRATION = "Law on labour migration and remittances of migrant workers abroad";

/** A PDF with one text line list per page; `title` goes into the document information. */
export async function makePdf(pages: string[][], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font });
    });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF encrypted with the standard security handler and a user password we never give: an
 * /Encrypt dictionary (object 99, listed in the xref table) named by the trailer, whose /U
 * entry the empty password does not match, so pdf.js asks for a password (PasswordException).
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const plain = Buffer.from(await makePdf([["secret text about migrant workers"]])).toString("latin1");
  const xrefAt = plain.lastIndexOf("\nxref") + 1;
  const encryptObj = `99 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"A".repeat(64)}> /U <${"B".repeat(64)}> >>\nendobj\n`;
  const body = plain.slice(0, xrefAt) + encryptObj;
  const trailerAt = plain.indexOf("trailer", xrefAt);
  const xref = `${plain.slice(xrefAt, trailerAt).trimEnd()}\n99 1\n${String(xrefAt).padStart(10, "0")} 00000 n \n`;
  const trailer = plain
    .slice(trailerAt, plain.indexOf("startxref", trailerAt))
    .replace(/\/Size \d+/, "/Size 100")
    .replace("<<", "<<\n/Encrypt 99 0 R\n/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]");
  return Buffer.from(`${body}${xref}${trailer}startxref\n${body.length}\n%%EOF\n`, "latin1");
}

export async function makeDocx(title: string | undefined, heading: string, paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    ...(title ? { title } : {}),
    sections: [
      {
        children: [
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
          ...paragraphs.map((p) => new Paragraph({ text: p })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function makeXlsx(header: string[], rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Policies");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A small, valid-looking DOCX zip whose central directory declares a huge uncompressed size
 * for word/document.xml (what a zip bomb looks like before inflating).
 */
export function makeZipBombDocx(declared = 4_000_000_000): Uint8Array {
  const files: [string, Buffer][] = [
    ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    ["word/document.xml", Buffer.alloc(100_000, 0x20)],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const comp = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const size = name.startsWith("word/") ? declared : data.length;
    const loc = Buffer.alloc(30);
    loc.writeUInt32LE(0x04034b50, 0);
    loc.writeUInt16LE(20, 4);
    loc.writeUInt16LE(8, 8);
    loc.writeUInt32LE(comp.length, 18);
    loc.writeUInt32LE(size >>> 0, 22);
    loc.writeUInt16LE(nameBuf.length, 26);
    locals.push(loc, nameBuf, comp);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(comp.length, 20);
    cen.writeUInt32LE(size >>> 0, 24);
    cen.writeUInt16LE(nameBuf.length, 28);
    cen.writeUInt32LE(offset, 42);
    centrals.push(cen, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

export function html(title: string, heading: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>var x = "<p>not text</p>";</script></head><body><nav>Home | About</nav><main><article><h1>${heading}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></main><footer>Contact</footer></body></html>`;
}

export function write(dir: string, name: string, data: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}
