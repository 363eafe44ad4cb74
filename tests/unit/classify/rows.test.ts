import { describe, expect, it } from "vitest";
import { textColumnsOf } from "../../../cli/classify/columns";
import { pickColumns, rowEntries } from "../../../cli/classify/entries";
import type { TableData } from "../../../cli/classify/extract";
import type { TagResult } from "../../../shared/tagger/types";

const LONG = "Programme supporting the return and reintegration of migrant workers";

describe("text columns of a template", () => {
  it("uses the Title and Description columns named by the header row", () => {
    const rows = [["Indicator template"], ["ID", "Country", "Title", "Description", "Year"], ["", "MDA", "A", LONG, "2020"]];
    expect(textColumnsOf(rows)).toEqual({ headerRow: 1, textColumns: [2, 3] });
  });

  it("falls back to columns of prose when no header is recognised", () => {
    const rows = [
      ["code", "summary text", "n"],
      ["X1", LONG, "12"],
      ["X2", `${LONG} in rural areas`, "7"],
    ];
    expect(textColumnsOf(rows).textColumns).toEqual([1]);
  });

  it("resolves --text-columns by header name (any case) or 1-based number", () => {
    expect(pickColumns(["ID", "Programme summary", "Notes"], ["programme SUMMARY", "3", "missing"])).toEqual([1, 2]);
  });
});

describe("rowEntries", () => {
  const fakeTag = (text: string): TagResult => ({
    relevance: 1,
    language: "en",
    country: ["MDA"],
    instrument: null,
    year: null,
    tags: /migrant/.test(text)
      ? [{ facet: "theme", id: "return-reintegration", score: 0.8, evidence: [{ start: 0, end: 5, quote: text.slice(0, 5) }] }]
      : [],
  });
  const table: TableData = {
    kind: "table",
    sheets: [
      {
        name: "Plans",
        rows: [
          ["Title", "Description", "Country", "Year"],
          ["Plan A", LONG, "kgz", "2021"],
          ["", "", "", ""],
          ["Plan B", "Roads and bridges", "", "not a year"],
        ],
        rowNumbers: [1, 2, 3, 4],
      },
    ],
  };
  let n = 0;
  const ids = () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`;

  it("makes one row entry per row with text; template cells win over the tagger", () => {
    const { entries, warnings } = rowEntries(table, { path: "t.xlsx", sha256: "a".repeat(64) }, ids, fakeTag, {});
    expect(warnings).toEqual([]);
    expect(entries.map((e) => [e.kind, e.title, e.source.rowKey, e.country, e.year])).toEqual([
      ["row", "Plan A", "Plans!2", "KGZ", 2021],
      ["row", "Plan B", "Plans!4", "MDA", undefined],
    ]);
    expect(entries[0].tags[0]).toMatchObject({ facet: "theme", id: "return-reintegration", origin: "auto" });
    expect(entries[0].tags[0].evidence?.[0].page).toBeUndefined();
  });

  it("warns when --text-columns names nothing that exists", () => {
    const { entries, warnings } = rowEntries(table, { path: "t.xlsx", sha256: "a".repeat(64) }, ids, fakeTag, { textColumns: ["Nope"] });
    expect(entries).toEqual([]);
    expect(warnings[0]).toMatch(/no text column/);
  });
});
