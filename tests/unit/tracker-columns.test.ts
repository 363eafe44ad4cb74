import { describe, expect, it } from "vitest";
import {
  COLUMNS,
  csvLine,
  detectAllColumns,
  detectColumns,
  entryToRow,
  exportColumns,
  findHeaderRow,
  headerRow,
  parseTagsCell,
  roleOfHeader,
  safeCell,
} from "../../shared/entry/columns";
import type { Entry } from "../../shared/entry/entry";

const entry: Entry = {
  id: "0190f3c2-7a1b-7c3d-8e4f-123456789abc",
  revision: 3,
  kind: "row",
  title: "=HYPERLINK(\"http://evil\")",
  source: { type: "excel", workbook: "w.xlsx", url: "https://example.org/law" },
  country: "MDA",
  year: 2021,
  instrument: "law",
  policy: { status: "adopted" },
  tags: [
    { facet: "theme", id: "remittances", origin: "auto", score: 0.734, evidence: [{ start: 0, end: 11, quote: "remittances" }] },
    { facet: "theme", id: "labour-migration", origin: "human" },
    { facet: "gcm", id: "gcm-20", origin: "auto", score: 0.5 },
    { facet: "stage", id: "policy-integration", origin: "human" },
  ],
  status: "confirmed",
  note: "+1 plain note, with comma",
  taxonomyVersion: "2026.11-1",
  author: "@alice",
};

describe("shared/entry/columns", () => {
  it("lists the template columns in order, then export extras", () => {
    expect(headerRow(exportColumns(false))).toEqual([
      "ID", "Country", "Title", "Description", "Document type", "Year", "Status", "Themes", "Sectors",
      "GCM objectives", "SDG targets", "Confidence", "Evidence", "Source link", "Tracker status",
    ]);
    expect(headerRow().slice(15)).toEqual(["Kind", "Entry status", "Author", "Updated", "Note", "Language", "Stages", "Domains"]);
    expect(COLUMNS.length).toBe(23);
  });

  it("safeCell neutralises formula starts and leaves other text alone", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(safeCell(s)).toBe(`'${s}`);
    for (const s of ["plain", "1=1", "", "'quoted"]) expect(safeCell(s)).toBe(s);
  });

  it("entryToRow maps every column and makes every text cell safe", () => {
    const row = entryToRow(entry);
    const at = (h: string) => row[headerRow().indexOf(h)];
    expect(at("ID")).toBe(entry.id);
    expect(at("Title")).toBe(`'${entry.title}`);
    expect(at("Description")).toBe("'+1 plain note, with comma");
    expect(at("Document type")).toBe("Law");
    expect(at("Year")).toBe(2021);
    expect(at("Status")).toBe("adopted");
    expect(at("Themes")).toBe("Remittances; Labour migration");
    expect(String(at("GCM objectives"))).toMatch(/^GCM 20:/);
    expect(at("Confidence")).toBe(0.73);
    expect(at("Evidence")).toBe("remittances");
    expect(at("Source link")).toBe("https://example.org/law");
    expect(at("Tracker status")).toBe("synced · r3");
    expect(at("Author")).toBe("'@alice");
    expect(at("Entry status")).toBe("confirmed");
    expect(at("Stages")).toBe("Policy integration");
    for (const v of row) if (typeof v === "string") expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("tag cells read back to the same ids", () => {
    const row = entryToRow(entry);
    expect(parseTagsCell("theme", row[headerRow().indexOf("Themes")])).toEqual({ ids: ["remittances", "labour-migration"], unknown: [] });
    expect(parseTagsCell("theme", "Remesas; nonsense")).toEqual({ ids: ["remittances"], unknown: ["nonsense"] });
  });

  it("detects headers tolerant to case, spacing, accents and synonyms", () => {
    expect(roleOfHeader("  gcm  OBJECTIVES ")).toBe("gcm");
    expect(roleOfHeader("Source-link")).toBe("sourceLink");
    expect(roleOfHeader("Année")).toBe(null);
    expect(roleOfHeader("Kind")).toBe(null);
    expect(detectColumns(["Policy title", "x", "ISO3", "Theme"])).toEqual({ title: 0, country: 2, themes: 3 });
    expect(detectAllColumns(["Title", "Entry status", "Stages"])).toEqual({ title: 0, entryStatus: 1, stages: 2 });
    expect(findHeaderRow([["Ministry report"], [], ["ID", "Title", "Themes"], ["a", "b", "c"]])).toBe(2);
    expect(findHeaderRow([["foo", "bar"]])).toBe(null);
  });

  it("csvLine quotes commas, quotes and line breaks", () => {
    expect(csvLine(["a", 'b "c"', "d,e", "f\ng", 3])).toBe('a,"b ""c""","d,e","f\ng",3');
  });
});
