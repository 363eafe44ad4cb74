/**
 * `mmt classify` end to end on a folder of real fixtures built here (PDF, DOCX, XLSX, HTML,
 * TXT, MD, CSV) and broken ones: entries, kinds, titles, sha256, page numbers on PDF evidence,
 * the errors file, the summary and the exit code; CSV and XLSX output with neutralised cells.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Entry, EntrySchema } from "../../shared/entry/entry";
import { HEADERS } from "../../shared/entry/columns";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import {
  html,
  makeDocx,
  makeEncryptedPdf,
  makePdf,
  makeXlsx,
  makeZipBombDocx,
  MIGRATION,
  write,
} from "./classify-fixtures";
import { parseSize, run as runCommand } from "../../cli/commands/classify";
import { classify, quietly, type Ran, readJsonl, sha256 } from "./classify-harness";
import { freshBundle } from "../../cli/classify/worker-bundle";

const STRATEGY_PAGES = [
  ["National Strategy 2030", "Introduction to the ministry and its general mandate."],
  ["Chapter 2", MIGRATION, "Remittances of migrant workers support families."],
  ["Chapter 3", "Diaspora engagement and the return of migrant workers abroad."],
];

let dir: string;
let input: string;
let out: string;
let ran: Ran;
let entries: Entry[];
const bytesOf = new Map<string, Uint8Array | string>();

function put(name: string, data: Uint8Array | string): void {
  bytesOf.set(name, data);
  write(input, name, data);
}

function entryOf(name: string): Entry {
  // By content: of two files with the same bytes only one is classified (either path).
  const e = entries.find((x) => x.source.sha256 === sha256(bytesOf.get(name) as Uint8Array));
  if (!e) throw new Error(`no entry for ${name}`);
  return e;
}

interface ErrorRec {
  path: string;
  code: string;
  reason: string;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mmt-classify-"));
  input = join(dir, "in");
  mkdirSync(join(input, "nested", "deeper"), { recursive: true });
  out = join(dir, "out", "entries.jsonl");

  put("strategy.pdf", await makePdf(STRATEGY_PAGES, "National Migration Strategy"));
  const good = await makePdf([["A short plan", MIGRATION]]);
  put("truncated.pdf", good.slice(0, Math.floor(good.length / 2)));
  put("locked.pdf", await makeEncryptedPdf());
  put("blank.pdf", await makePdf([[], []]));
  put("nested/titled.docx", await makeDocx("Diaspora Engagement Policy", "Section 1", [MIGRATION]));
  put("nested/deeper/untitled.docx", await makeDocx(undefined, "Employment Strategy of Moldova", [MIGRATION, "Second paragraph."]));
  put("nested/bomb.docx", makeZipBombDocx());
  put("nested/liar.docx", makeZipBombDocx(1000)); // declares 1000 bytes, inflates to 100 KB
  put(
    "template.xlsx",
    await makeXlsx(
      ["ID", "Country", "Title", "Description", "Year"],
      [
        ["", "MDA", "Remittances law", MIGRATION, "2019"],
        ["", "KGZ", "Health plan", "Access to health care for migrant workers and their families"],
        ["", "", "", ""],
      ],
    ),
  );
  put("page.html", html("Labour Migration Portal", "Ministry page", [MIGRATION, "Migrant workers abroad send remittances. ".repeat(8)]));
  put("notes.txt", `Notes from the consultation\n${MIGRATION}\n`);
  put("readme.md", `intro line\n\n# Return and Reintegration Plan\n\n${MIGRATION}\n`);
  put("rows.csv", `Title,Description\nLabour code,${MIGRATION}\nOther,"Quoted, with comma"\n`);
  put("really-text.pdf", `Labour mobility note\n${MIGRATION}\n`);
  put("empty.txt", "");
  put("picture.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  put("huge.txt", `Huge file\n${"x".repeat(300 * 1024)}`);
  put("copy-of-notes.txt", bytesOf.get("notes.txt") as string);

  ran = await classify([input, join(dir, "missing-folder"), "--out", out, "--workers", "2", "--max-size", "200KB", "--progress", "plain"]);
  entries = readJsonl(out);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mmt classify: a folder of mixed and broken files", () => {
  it("exits 1 because some files failed, and prints a summary table", () => {
    expect(ran.code, ran.stderr).toBe(1);
    expect(ran.stderr).toMatch(/format\s+files\s+entries\s+failed/);
    // strategy.pdf classified; truncated, locked and blank failed; really-text.pdf counts as txt.
    expect(ran.stderr).toMatch(/^ {2}pdf\s+1\s+1\s+3\s/m);
    expect(ran.stderr).toMatch(/^ {2}txt\s+2\s+2\s+0\s/m);
    expect(ran.stderr).toContain("1 duplicate content");
    // Not a terminal: plain progress lines, the last one complete.
    expect(ran.stderr).toMatch(/^classify: (\d+)\/\1 files · [\d.]+ files\/s · [\d.]+ MB\/s · .* ETA /m);
  });

  it("writes one valid document entry per good document, with path, sha256 and taxonomy version", () => {
    for (const e of entries) expect(EntrySchema.safeParse(e).success, JSON.stringify(e).slice(0, 300)).toBe(true);
    const docs = ["strategy.pdf", "nested/titled.docx", "nested/deeper/untitled.docx", "page.html", "notes.txt", "readme.md", "really-text.pdf"];
    for (const name of docs) {
      const e = entryOf(name);
      expect(e.kind).toBe("document");
      expect(e.status).toBe("suggested");
      expect(e.revision).toBe(0);
      expect(e.taxonomyVersion).toBe(TAXONOMY_VERSION);
      expect(e.source.type).toBe("file");
      expect(e.source.path).toMatch(/(notes|copy-of-notes)\.txt$|\.(pdf|docx|html|md)$/);
    }
    expect(entryOf("strategy.pdf").source.path).toBe(join(input, "strategy.pdf"));
    // notes.txt and its copy have the same bytes: classified once.
    expect(entries.filter((e) => e.source.sha256 === sha256(bytesOf.get("notes.txt") as string))).toHaveLength(1);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("takes titles from metadata, else the first heading or line", () => {
    expect(entryOf("strategy.pdf").title).toBe("National Migration Strategy");
    expect(entryOf("nested/titled.docx").title).toBe("Diaspora Engagement Policy");
    expect(entryOf("nested/deeper/untitled.docx").title).toBe("Employment Strategy of Moldova");
    expect(entryOf("page.html").title).toBe("Labour Migration Portal");
    expect(entryOf("notes.txt").title).toBe("Notes from the consultation");
    expect(entryOf("readme.md").title).toBe("Return and Reintegration Plan");
    expect(entryOf("really-text.pdf").title).toBe("Labour mobility note");
  });

  it("makes one row entry per template row with text (XLSX by detected headers, CSV too)", () => {
    const rows = entries.filter((e) => e.kind === "row" && e.source.path === join(input, "template.xlsx"));
    expect(rows.map((r) => r.title)).toEqual(["Remittances law", "Health plan"]);
    expect(rows.map((r) => r.source.rowKey)).toEqual(["Policies!2", "Policies!3"]);
    expect(rows[0].source).toMatchObject({ sheet: "Policies", sha256: sha256(bytesOf.get("template.xlsx") as Uint8Array) });
    expect([rows[0].country, rows[0].year]).toEqual(["MDA", 2019]);
    expect(rows[1].country).toBe("KGZ");
    const csv = entries.filter((e) => e.source.path === join(input, "rows.csv"));
    expect(csv.map((r) => [r.kind, r.title])).toEqual([
      ["row", "Labour code"],
      ["row", "Other"],
    ]);
  });

  it("tags migration-heavy documents, with 1-based page numbers on PDF evidence", () => {
    const pdf = entryOf("strategy.pdf");
    const spans = pdf.tags.flatMap((t) => t.evidence ?? []);
    expect(spans.length).toBeGreaterThan(0);
    const norm = (x: string) => x.replace(/\s+/g, " ").toLowerCase();
    for (const s of spans) {
      expect(s.page).toBeGreaterThanOrEqual(1);
      expect(s.page).toBeLessThanOrEqual(3);
      // The quote is on the page the span names.
      expect(norm(STRATEGY_PAGES[(s.page ?? 1) - 1].join(" ")), s.quote).toContain(norm(s.quote));
    }
    // Migration themes are discussed on pages 2 and 3 only.
    const themePages = new Set(pdf.tags.filter((t) => t.facet === "theme").flatMap((t) => (t.evidence ?? []).map((s) => s.page)));
    expect(themePages.has(1)).toBe(false);
    expect(themePages.has(2)).toBe(true);
    expect(themePages.has(3)).toBe(true);
    // Other formats carry no page numbers.
    const txt = entryOf("notes.txt").tags.flatMap((t) => t.evidence ?? []);
    expect(txt.length).toBeGreaterThan(0);
    for (const s of txt) expect(s.page).toBeUndefined();
  });

  it("reports every bad file with a clear reason in the errors file", () => {
    const errors = readJsonl<ErrorRec>(`${out}.errors.jsonl`);
    const code = (name: string) => errors.find((e) => e.path === join(input, name))?.code;
    expect(code("truncated.pdf")).toBe("corrupt");
    expect(code("locked.pdf")).toBe("encrypted");
    expect(code("blank.pdf")).toBe("no-text");
    expect(code("nested/bomb.docx")).toBe("zip-bomb");
    expect(code("nested/liar.docx")).toBe("zip-bomb");
    expect(code("empty.txt")).toBe("empty");
    expect(code("picture.png")).toBe("unsupported");
    expect(code("huge.txt")).toBe("too-large");
    expect(errors.find((e) => e.path === join(dir, "missing-folder"))?.code).toBe("unreadable");
    expect(errors).toHaveLength(9);
    const reason = (name: string) => errors.find((e) => e.path === join(input, name))?.reason;
    expect(reason("nested/bomb.docx")).toMatch(/declares [\d.]+ GB uncompressed/);
    expect(reason("nested/liar.docx")).toMatch(/inflates beyond its declared/);
    for (const e of errors) expect(ran.stderr).toContain(e.path);
  });
});

describe("parseSize", () => {
  it("reads sizes with units", () => {
    expect(parseSize("50MB")).toBe(50 * 1024 * 1024);
    expect(parseSize("200kb")).toBe(200 * 1024);
    expect(parseSize("1.5G")).toBe(1.5 * 1024 ** 3);
    expect(parseSize("123")).toBe(123);
    expect(parseSize("big")).toBeNull();
  });
});

describe("mmt classify: CSV and XLSX output", () => {
  let d: string;
  beforeAll(() => {
    d = mkdtempSync(join(tmpdir(), "mmt-classify-out-"));
    mkdirSync(join(d, "in"));
    writeFileSync(join(d, "in", "formula.txt"), `=HYPERLINK("http://evil.example","click")\n${MIGRATION}\n`);
    writeFileSync(join(d, "in", "plain.txt"), `Remittance policy\n${MIGRATION}\n`);
  });
  afterAll(() => rmSync(d, { recursive: true, force: true }));

  it("writes CSV through the template columns, formulas neutralised", async () => {
    const r = await classify([join(d, "in"), "--out", join(d, "o.csv"), "--workers", "1", "-q"]);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(d, "o.csv"), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0].split(",").slice(0, 3)).toEqual([HEADERS.id, HEADERS.country, HEADERS.title]);
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain("Remittance policy");
  });

  it("writes XLSX with no formula cells", async () => {
    // In-process this time (same command code, one process start less for the suite).
    expect(await quietly(() => runCommand([join(d, "in"), "--out", join(d, "o.xlsx"), "--workers", "1", "-q"]))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, "o.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(3).value).toBe(HEADERS.title);
    expect(ws.rowCount).toBe(3);
    const titles: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
      titles.push(String(row.getCell(3).value));
    });
    expect(titles.sort()).toEqual([`'=HYPERLINK("http://evil.example","click")`, "Remittance policy"]);
  });

  it("gives the same entries from workers started from the prebuilt bundle and through tsx", async () => {
    const viaBundle = await classify([join(d, "in"), "--out", join(d, "b.jsonl"), "--workers", "1", "--progress", "plain"]);
    expect(viaBundle.code, viaBundle.stderr).toBe(0);
    expect(viaBundle.stderr).not.toContain("TypeScript loader");
    // The run used (or built) the bundle of the current sources.
    expect(freshBundle()).not.toBeNull();
    const viaTsx = await classify([join(d, "in"), "--out", join(d, "t.jsonl"), "--workers", "1", "--progress", "plain"], { MMT_CLASSIFY_BUNDLE: "0" });
    expect(viaTsx.code, viaTsx.stderr).toBe(0);
    expect(viaTsx.stderr).toContain("workers start through the TypeScript loader");
    const strip = (es: Entry[]) =>
      es.map(({ source, title, tags, country, language }) => ({ source, title, tags, country, language })).sort((a, b) => ((a.source.path ?? "") < (b.source.path ?? "") ? -1 : 1));
    const a = strip(readJsonl(join(d, "b.jsonl")));
    expect(a).toHaveLength(2);
    expect(a.some((e) => e.tags.length > 0)).toBe(true);
    expect(strip(readJsonl(join(d, "t.jsonl")))).toEqual(a);
  });

  it("refuses bad usage with exit code 2", async () => {
    const usage = (argv: string[]) => quietly(() => runCommand(argv));
    expect(await usage([])).toBe(2);
    expect(await usage([join(d, "in"), "--out", join(d, "o.docx")])).toBe(2);
    expect(await usage([join(d, "in"), "--workers", "zero"])).toBe(2);
    expect(await usage([join(d, "in"), "--max-size", "lots"])).toBe(2);
    expect(await usage([join(d, "in"), "--push", "http://127.0.0.1:1"])).toBe(2);
    expect(await usage([join(d, "in"), "--bogus"])).toBe(2);
  });
});
