/** Pure parts of the add-in: template columns, cell escaping, planning, rows to entries. */
import { describe, expect, it } from "vitest";
import { columnLetters, rectAddress, rowRuns } from "../../../addin/core/a1";
import { planTagRows, planTagRowsInSlices, rowText } from "../../../addin/core/plan";
import { revisionOfStatus, rowToEntry, statusCell } from "../../../addin/core/rows";
import {
  detectColumns,
  findHeaderRow,
  parseTagsCell,
  ROLES,
  safeCell,
  tagsCell,
} from "../../../addin/core/template";
import { EntrySchema } from "../../../shared/entry/entry";
import { fakeTag } from "./fake-tagger";

describe("a1", () => {
  it("column letters and addresses", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(rectAddress(1, 2, 3, 2)).toBe("C2:D4");
    expect(rectAddress(0, 0)).toBe("A1");
    expect(rowRuns([9, 2, 3, 4, 11, 10])).toEqual([
      [2, 3],
      [9, 3],
    ]);
  });
});

describe("safeCell", () => {
  it("neutralises text Excel would take as a formula, leaves the rest alone", () => {
    for (const v of ["=1+1", "+A1", "-2+3", "@SUM(A1)", "\t=x", "\r=x"]) expect(safeCell(v)).toBe(`'${v}`);
    for (const v of ["Labour migration", "a=b", "", "1+1"]) expect(safeCell(v)).toBe(v);
  });
});

describe("headers and tag cells", () => {
  it("detects the template's and officers' own headers", () => {
    expect(detectColumns(["ID", "Country", "Title", "Description", "Document type", "Themes", "GCM objectives"])).toEqual({
      id: 0,
      country: 1,
      title: 2,
      description: 3,
      documentType: 4,
      themes: 5,
      gcm: 6,
    });
    expect(detectColumns(["Policy title", "Summary", "Theme", "SDG target"])).toEqual({
      title: 0,
      description: 1,
      themes: 2,
      sdg: 3,
    });
    expect(findHeaderRow([["Ministry report"], [], ["No.", "Policy title", "Summary"], ["1", "Decree", "…"]])).toBe(2);
    expect(findHeaderRow([["a", "b"], ["c", "d"]])).toBeNull();
    expect(ROLES).toHaveLength(15);
  });

  it("writes labels and reads labels or ids back, reporting unknown parts", () => {
    expect(tagsCell("theme", ["labour-migration", "remittances"])).toBe("Labour migration; Remittances");
    expect(parseTagsCell("theme", "Labour migration; remittances;  Moon travel")).toEqual({
      ids: ["labour-migration", "remittances"],
      unknown: ["Moon travel"],
    });
    expect(parseTagsCell("gcm", "gcm-5")).toEqual({ ids: ["gcm-5"], unknown: [] });
  });
});

describe("planTagRows", () => {
  const columns = { title: 0, description: 1, themes: 2, confidence: 3, evidence: 4 };
  it("plans one value per row and column, keeps filled cells, flags low rows", () => {
    const plan = planTagRows({
      rows: [
        ["A", "migrant workers", "", "", ""],
        ["B", "weak migrant note", "Diaspora engagement", "", ""],
        ["", "", "", "", ""],
      ],
      columns,
      textColumns: [0, 1],
      options: { threshold: 0.5, overwrite: false },
      tag: fakeTag,
    });
    const byRole = Object.fromEntries(plan.writes.map((w) => [w.role, w.values]));
    expect(byRole.themes).toEqual(["Labour migration", null, null]);
    expect(byRole.confidence).toEqual([0.8, 0.3, null]);
    expect(byRole.evidence).toEqual(["migrant", "migrant", null]);
    expect(plan.low).toEqual([false, true, false]);
    expect(plan.stats).toMatchObject({ rows: 3, tagged: 2, empty: 1, low: 1, cellsKept: 1 });
  });

  it("never writes into a column chosen as text", () => {
    const plan = planTagRows({
      rows: [["migrant", "x", "", "", ""]],
      columns,
      textColumns: [0, 2],
      options: { threshold: 0.5, overwrite: true },
      tag: fakeTag,
    });
    expect(plan.writes.map((w) => w.role)).not.toContain("themes");
  });

  it("in slices, gives the same plan as in one go, and reports progress", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [
      `Row ${i}`,
      i % 4 === 0 ? "" : i % 3 ? "migrant workers and remittance" : "weak migrant note",
      i % 5 === 0 ? "Diaspora engagement" : "",
      "",
      "",
    ]);
    const input = { rows, columns, textColumns: [1], options: { threshold: 0.5, overwrite: false }, tag: fakeTag };
    const seen: number[] = [];
    const sliced = await planTagRowsInSlices(input, 7, (done) => seen.push(done));
    expect(sliced).toEqual(planTagRows(input));
    expect(seen).toEqual([7, 14, 21, 25]);
  });

  it("joins the text columns in reading order", () => {
    expect(rowText(["Title", 12, "", "Desc"], [0, 3, 1])).toBe("Title.\nDesc.\n12");
  });
});

describe("rowToEntry", () => {
  const columns = { id: 0, country: 1, title: 2, description: 3, documentType: 4, year: 5, status: 6, themes: 7, trackerStatus: 8 };
  const source = { workbook: "https://contoso/Book.xlsx", sheet: "MM indicators", table: "MMTIndicators" };
  const makeId = () => "0192f0c4-0000-7000-8000-000000000001";

  it("makes a valid row entry: auto tags carry score and evidence, person's tags are human", () => {
    const r = rowToEntry(
      ["", "kgz", "Law on migrant workers", "Support to migrant workers", "Law", 2021, "In force", "Labour migration; Diaspora engagement", ""],
      columns,
      [2, 3],
      source,
      makeId,
      fakeTag,
    );
    expect(r.newId).toBe(true);
    expect(r.warnings).toEqual([]);
    const e = r.entry!;
    expect(EntrySchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({
      id: makeId(),
      kind: "row",
      country: "KGZ",
      year: 2021,
      instrument: "law",
      policy: { status: "in-force" },
      note: "Support to migrant workers",
      source: { type: "excel", rowKey: makeId(), table: "MMTIndicators" },
    });
    expect(e.tags.find((t) => t.id === "labour-migration")).toMatchObject({ origin: "auto", score: 0.8 });
    expect(e.tags.find((t) => t.id === "diaspora")).toEqual({ facet: "theme", id: "diaspora", origin: "human" });
  });

  it("keeps a good ID, reads the revision from the status cell, reports bad cells", () => {
    const id = "0192f0c4-1c2d-7e3f-8a4b-5c6d7e8f9a0b";
    const r = rowToEntry([id, "Kyrgyzstan", "T", "", "", "soon", "", "", "synced · r4"], columns, [2], source, makeId, fakeTag);
    expect(r.newId).toBe(false);
    expect(r.entry?.id).toBe(id);
    expect(r.entry?.revision).toBe(4);
    expect(r.entry?.country).toBeUndefined();
    expect(r.warnings.join("\n")).toMatch(/KYRGYZSTAN.*alpha-3[\s\S]*soon/);
  });

  it("an empty row makes no entry", () => {
    expect(rowToEntry(["", "", "", "", "", "", "", "", ""], columns, [2, 3], source, makeId, fakeTag).entry).toBeNull();
  });

  it("status cells round-trip the revision", () => {
    expect(revisionOfStatus(statusCell("synced", 7))).toBe(7);
    expect(revisionOfStatus(statusCell("queued"))).toBe(0);
    expect(statusCell("conflict", 3)).toBe("conflict · r3 on tracker");
  });
});
