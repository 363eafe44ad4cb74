import { describe, expect, it } from "vitest";
import { pdfMetaTitle } from "../../../cli/classify/extract";
import { sniff } from "../../../cli/classify/sniff";
import { listZip, readZipEntry, zipBombReason } from "../../../cli/classify/zip";
import { makeDocx, makeXlsx, makeZipBombDocx } from "../../integration/classify-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);

describe("sniff: type from content", () => {
  it("knows PDF by its header whatever the name", () => {
    expect(sniff(enc("%PDF-1.7\n..."), "report.txt")).toMatchObject({ ok: true, format: "pdf" });
  });

  it("tells DOCX from XLSX by the parts inside the zip", async () => {
    expect(sniff(await makeDocx("T", "H", ["p"]), "x.bin")).toMatchObject({ ok: true, format: "docx" });
    expect(sniff(await makeXlsx(["Title"], [["a"]]), "x.docx")).toMatchObject({ ok: true, format: "xlsx" });
  });

  it("sniffs HTML, Markdown, CSV and plain text; a .pdf holding text is text", () => {
    expect(sniff(enc("<!DOCTYPE html><html><body>x</body></html>"), "a.txt")).toMatchObject({ format: "html" });
    expect(sniff(enc("  <html lang=en><p>x"), "a")).toMatchObject({ format: "html" });
    expect(sniff(enc("# Title\ntext"), "a.md")).toMatchObject({ format: "md" });
    expect(sniff(enc("a,b\n1,2"), "a.csv")).toMatchObject({ format: "csv" });
    const fake = sniff(enc("just words"), "scan.pdf");
    expect(fake).toMatchObject({ ok: true, format: "txt" });
    expect(fake.ok && fake.note).toMatch(/named \.pdf/);
  });

  it("refuses empty, binary, legacy Office and other archives with a reason", () => {
    expect(sniff(new Uint8Array(), "a.pdf")).toMatchObject({ ok: false, code: "empty" });
    expect(sniff(enc("  \n\t "), "a.txt")).toMatchObject({ ok: false, code: "empty" });
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "a.doc")).toMatchObject({
      ok: false,
      code: "unsupported",
    });
    expect(sniff(new Uint8Array([1, 2, 0, 4, 5]), "a.txt")).toMatchObject({ ok: false, code: "unsupported" });
    expect(sniff(enc("PK\u0003\u0004garbage"), "a.docx")).toMatchObject({ ok: false, code: "corrupt" });
  });
});

describe("zip: sizes before inflating", () => {
  it("lists the central directory and reads an entry with a cap", async () => {
    const docx = await makeDocx("A title", "H", ["p"]);
    const entries = listZip(docx);
    const core = entries.find((e) => e.name === "docProps/core.xml");
    expect(core).toBeDefined();
    if (!core) return;
    expect(new TextDecoder().decode(readZipEntry(docx, core, 1 << 20))).toContain("A title");
    expect(() => readZipEntry(docx, core, 10)).toThrow(/cannot be inflated within 10 bytes/);
  });

  it("flags a declared 4 GB as a zip bomb, not a normal file", async () => {
    const bomb = makeZipBombDocx();
    expect(zipBombReason(listZip(bomb), bomb.length, { maxTotal: 200 << 20, maxRatio: 200 })).toMatch(/zip bomb/);
    const docx = await makeDocx("T", "H", ["p"]);
    expect(zipBombReason(listZip(docx), docx.length, { maxTotal: 200 << 20, maxRatio: 200 })).toBeNull();
  });
});

describe("pdfMetaTitle", () => {
  it("keeps real titles and drops converter noise and placeholders", () => {
    expect(pdfMetaTitle("National  Migration Strategy 2030")).toBe("National Migration Strategy 2030");
    expect(pdfMetaTitle("Microsoft Word - Labour Migration Law.docx")).toBe("Labour Migration Law");
    expect(pdfMetaTitle("Untitled")).toBe("");
    expect(pdfMetaTitle("Document1")).toBe("");
    expect(pdfMetaTitle("report_v2-final")).toBe("");
    expect(pdfMetaTitle("  ")).toBe("");
  });
});
