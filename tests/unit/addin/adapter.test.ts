import { beforeEach, describe, expect, it } from "vitest";
import {
  collectRows,
  HIGHLIGHT_COLOR,
  insertTemplate,
  LISTS_SHEET,
  TEMPLATE_SHEET,
  tagRows,
  type TagRowsOptions,
  writeStatuses,
} from "../../../addin/excel/adapter";
import { HEADERS, ROLES, type Role } from "../../../addin/core/template";
import { fakeTag } from "./fake-tagger";
import { createMockHost, MockContext, PAYLOAD_LIMIT, type SheetData, WorkbookData } from "./office-mock";

const col = (r: Role) => ROLES.indexOf(r);
const ctxOf = (data: WorkbookData) => new MockContext(data) as unknown as Excel.RequestContext & MockContext;

function opts(over: Partial<TagRowsOptions> = {}): TagRowsOptions {
  return { scope: "table", threshold: 0.5, overwrite: false, tag: fakeTag, ...over };
}

/** A workbook with the template inserted and `rows` filled as [title, description]. */
async function templateWith(rows: [string, string][]): Promise<{ data: WorkbookData; sheet: SheetData }> {
  const data = new WorkbookData();
  await insertTemplate(ctxOf(data));
  const sheet = data.sheet(TEMPLATE_SHEET);
  sheet.put(
    1,
    col("title"),
    rows.map(([t, d]) => [t, d]),
  );
  return { data, sheet };
}

const TEN: [string, string][] = Array.from({ length: 10 }, (_, i) => [
  `Policy ${i + 1}`,
  i % 3 === 2 ? "Road maintenance plan" : i % 3 === 1 ? "weak note on migrant workers" : "Support to migrant workers and remittance channels",
]);

describe("insertTemplate", () => {
  it("adds the indicator table with headers, drop-downs and a hidden lists sheet, in 2 syncs", async () => {
    const data = new WorkbookData();
    const ctx = ctxOf(data);
    const r = await insertTemplate(ctx);
    expect(ctx.syncCount).toBe(2);
    expect(r.sheet).toBe(TEMPLATE_SHEET);
    const ws = data.sheet(TEMPLATE_SHEET);
    expect(ws.grid(0, 0, 1, ROLES.length)[0]).toEqual(ROLES.map((x) => HEADERS[x]));
    expect(ws.grid(0, 0, 1, 15)[0]).toEqual([
      "ID",
      "Country",
      "Title",
      "Description",
      "Document type",
      "Year",
      "Status",
      "Themes",
      "Sectors",
      "GCM objectives",
      "SDG targets",
      "Confidence",
      "Evidence",
      "Source link",
      "Tracker status",
    ]);
    expect(ws.tables.map((t) => t.name)).toEqual(["MMTIndicators"]);
    expect(ws.frozenRows).toBe(1);
    expect(ws.bold.has("0,0")).toBe(true);
    expect(data.active.name).toBe(TEMPLATE_SHEET);

    const lists = data.sheet(LISTS_SHEET);
    expect(lists.visibility).toBe("Hidden");
    expect(lists.value(1, 0)).toBe("Law");
    expect(lists.value(1, 1)).toBe("draft");

    const docType = ws.validations.find((v) => v.address.includes("!E2:"));
    expect(docType?.rule).toEqual({ list: { inCellDropDown: true, source: "='MMT lists'!$A$2:$A$11" } });
    const status = ws.validations.find((v) => v.address.includes("!G2:"));
    expect(status?.rule).toMatchObject({ list: { source: "='MMT lists'!$B$2:$B$6" } });
    const year = ws.validations.find((v) => v.address.includes("!F2:"));
    expect(year?.rule).toMatchObject({ wholeNumber: { formula1: 1800, formula2: 2200 } });
  });

  it("a second template gets its own sheet and table names", async () => {
    const data = new WorkbookData();
    await insertTemplate(ctxOf(data));
    const r = await insertTemplate(ctxOf(data));
    expect(r.sheet).toBe(`${TEMPLATE_SHEET} 2`);
    expect(r.table).toBe("MMTIndicators2");
    expect(data.sheets.map((s) => s.name)).toEqual(["Sheet1", LISTS_SHEET, TEMPLATE_SHEET, `${TEMPLATE_SHEET} 2`]);
  });
});

describe("tagRows on the template (fake tagger)", () => {
  let data: WorkbookData;
  let sheet: SheetData;
  beforeEach(async () => {
    ({ data, sheet } = await templateWith(TEN));
  });

  it("writes tags, confidence and evidence as values, in 3 syncs", async () => {
    const ctx = ctxOf(data);
    const rep = await tagRows(ctx, opts());
    expect(ctx.syncCount).toBe(3);
    expect(rep.syncs).toBe(3);
    expect(rep.stats).toMatchObject({ rows: 10, tagged: 10, low: 6 });
    // Row 2 of the sheet (index 1) is the first data row.
    expect(sheet.value(1, col("themes"))).toBe("Labour migration; Remittances");
    expect(sheet.value(1, col("confidence"))).toBe(0.8);
    expect(sheet.value(1, col("evidence"))).toBe("migrant | remittance");
    expect(sheet.value(2, col("themes"))).toBe("Labour migration");
    expect(sheet.value(2, col("confidence"))).toBe(0.3);
    expect(sheet.value(3, col("themes"))).toBe(""); // nothing found
    expect(sheet.value(3, col("confidence"))).toBe(0);
    // The person's text is untouched.
    expect(sheet.value(1, col("title"))).toBe("Policy 1");
    expect(ctx.syncs.every((s) => s.requestBytes < PAYLOAD_LIMIT)).toBe(true);
    // The write sync ran with calculation suspended.
    expect(ctx.syncs[2].calcSuspended).toBe(true);
  });

  it("highlights the output cells of rows below the threshold, and only those", async () => {
    await tagRows(ctxOf(data), opts());
    const fill = (r: number, c: number) => sheet.fills.get(`${r},${c}`);
    for (let i = 0; i < 10; i++) {
      const low = i % 3 !== 0; // weak (0.3) and empty (0) rows
      expect(fill(1 + i, col("themes"))).toBe(low ? HIGHLIGHT_COLOR : undefined);
      expect(fill(1 + i, col("confidence"))).toBe(low ? HIGHLIGHT_COLOR : undefined);
      expect(fill(1 + i, col("title"))).toBeUndefined(); // never the person's columns
    }
    // A lower threshold re-run clears the old highlight.
    await tagRows(ctxOf(data), opts({ threshold: 0.2, overwrite: true }));
    expect(fill(2, col("themes"))).toBeUndefined();
    expect(fill(3, col("themes"))).toBe(HIGHLIGHT_COLOR);
  });

  it("never overwrites cells the person filled, unless asked", async () => {
    sheet.put(1, col("themes"), [["Diaspora engagement"]]);
    sheet.put(2, col("country"), [["MDA"]]);
    const rep = await tagRows(ctxOf(data), opts({ defaultCountry: "KGZ" }));
    expect(sheet.value(1, col("themes"))).toBe("Diaspora engagement");
    expect(sheet.value(2, col("country"))).toBe("MDA");
    expect(sheet.value(1, col("country"))).toBe("KGZ"); // empty cell: default country written
    expect(sheet.value(1, col("confidence"))).toBe(0.8); // other cells of the row still filled
    expect(rep.stats.cellsKept).toBeGreaterThanOrEqual(2);

    await tagRows(ctxOf(data), opts({ overwrite: true }));
    expect(sheet.value(1, col("themes"))).toBe("Labour migration; Remittances");
  });

  it("writes formula-looking text as text, never as a formula", async () => {
    sheet.put(4, col("description"), [["=cmd|' /C calc'!A0"]]);
    await tagRows(ctxOf(data), opts());
    expect(sheet.formulas().size).toBe(0);
    const cell = sheet.cell(4, col("evidence"));
    expect(cell?.quotePrefix).toBe(true);
    expect(String(cell?.value).startsWith("=cmd")).toBe(true);
  });

  it("tags only the selected rows when the scope is the selection", async () => {
    data.select(sheet, "C3:D4");
    const rep = await tagRows(ctxOf(data), opts({ scope: "selection" }));
    expect(rep.scope).toBe("selection");
    expect(rep.stats.rows).toBe(2);
    expect(sheet.value(1, col("confidence"))).toBe(""); // row 2: not selected
    expect(sheet.value(2, col("confidence"))).toBe(0.3); // row 3
    expect(sheet.value(3, col("confidence"))).toBe(0); // row 4
    expect(sheet.value(4, col("confidence"))).toBe(""); // row 5: not selected
  });

  it("a single selected cell means the whole table", async () => {
    data.select(sheet, "A1");
    const rep = await tagRows(ctxOf(data), opts({ scope: "selection" }));
    expect(rep.scope).toBe("table");
    expect(rep.stats.rows).toBe(10);
  });
});

describe("the officer's own template", () => {
  it("finds the header below a title, maps columns by name and tags the chosen text column only", async () => {
    const data = new WorkbookData("Indicators 2024");
    const ws = data.active;
    ws.put(0, 0, [["Ministry of Labour — indicator sheet"]]);
    ws.put(2, 1, [["Policy title", "Summary", "Notes", "Theme", "Confidence"]]);
    ws.put(3, 1, [
      ["Decree 12", "Programme for migrant workers", "remittance desk", "", ""],
      ["Decree 13", "Road building", "remittance", "", ""],
    ]);
    const ctx = ctxOf(data);
    const rep = await tagRows(ctx, opts({ textHeaders: ["Summary"] }));
    expect(ctx.syncCount).toBe(3);
    expect(rep.textHeaders).toEqual(["Summary"]);
    expect(ws.grid(3, 4, 2, 2)).toEqual([
      ["Labour migration", 0.8],
      ["", 0],
    ]);
    // Notes was not chosen, so "remittance" there did not count.
    expect(ws.value(3, 3)).toBe("remittance desk");
  });

  it("explains what is missing instead of failing obscurely", async () => {
    const data = new WorkbookData();
    await expect(tagRows(ctxOf(data), opts())).rejects.toThrow(/empty/);
    data.active.put(0, 0, [["Budget line", "Amount"]]);
    await expect(tagRows(ctxOf(data), opts())).rejects.toThrow(/header row/);
  });
});

describe("scale", () => {
  async function bigTemplate(n: number, description: (i: number) => string) {
    const data = new WorkbookData();
    await insertTemplate(ctxOf(data));
    const sheet = data.sheet(TEMPLATE_SHEET);
    sheet.put(
      1,
      col("title"),
      Array.from({ length: n }, (_, i) => [`Policy ${i + 1}`, description(i)]),
    );
    return { data, sheet };
  }

  it("10 and 10,000 rows take the same, constant number of syncs (<= 4)", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { data, sheet } = await bigTemplate(n, (i) =>
        i % 2 ? "Support to migrant workers abroad and remittance channels" : "weak mention of migrant workers",
      );
      const ctx = ctxOf(data);
      const rep = await tagRows(ctx, opts());
      counts.push(ctx.syncCount);
      expect(rep.stats.tagged).toBe(n);
      expect(sheet.value(n, col("themes"))).not.toBe("");
      expect(sheet.value(n, col("confidence"))).toBe((n - 1) % 2 ? 0.8 : 0.3);
      expect(ctx.maxRequestBytes()).toBeLessThan(PAYLOAD_LIMIT);
    }
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(counts[1]).toBe(counts[0]);
  });

  it("chunks writes so that no request passes the budget, and still writes every row", async () => {
    const { data, sheet } = await bigTemplate(2_000, () => "Support to migrant workers abroad and remittance channels");
    const ctx = ctxOf(data);
    await tagRows(ctx, opts({ maxRequestBytes: 50_000 }));
    expect(ctx.syncCount).toBeGreaterThan(3);
    // Each write sync stays near its budget (commands add a little over the values).
    for (const s of ctx.syncs.slice(2)) expect(s.requestBytes).toBeLessThan(60_000);
    for (let r = 1; r <= 2_000; r++) expect(sheet.value(r, col("confidence"))).toBe(0.8);
  });

  it("a read over Excel's 5 MB response limit is split, not failed", async () => {
    const long = `migrant workers ${"x".repeat(700)}`;
    const { data, sheet } = await bigTemplate(8_000, () => long);
    const ctx = ctxOf(data);
    await tagRows(ctx, opts());
    expect(ctx.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT)).toBe(true);
    expect(sheet.value(8_000, col("themes"))).toBe("Labour migration");
    expect(ctx.syncCount).toBeLessThanOrEqual(6);
  });
});

describe("push: rows to entries", () => {
  it("writes a UUIDv7 into empty ID cells, keeps existing ones, marks rows queued, then shows results", async () => {
    const { data, sheet } = await templateWith(TEN.slice(0, 3));
    const kept = "0192f0c4-1c2d-7e3f-8a4b-5c6d7e8f9a0b";
    sheet.put(2, col("id"), [[kept]]);
    sheet.put(1, col("themes"), [["Labour migration; Not a theme"]]);
    let n = 0;
    const makeId = () => `0192f0c4-0000-7000-8000-${String(++n).padStart(12, "0")}`;
    const ctx = ctxOf(data);
    const res = await collectRows(ctx, { scope: "table", workbook: "Book.xlsx", makeId, tag: fakeTag });
    expect(ctx.syncCount).toBe(3);
    expect(res.entries).toHaveLength(3);
    expect(sheet.value(1, col("id"))).toBe(makeIdAt(1));
    expect(sheet.value(2, col("id"))).toBe(kept);
    expect(sheet.value(3, col("id"))).toBe(makeIdAt(2));
    expect(sheet.grid(1, col("trackerStatus"), 3, 1).flat()).toEqual(["queued", "queued", "queued"]);
    const e = res.entries[0];
    expect(e).toMatchObject({
      kind: "row",
      title: "Policy 1",
      revision: 0,
      source: { type: "excel", workbook: "Book.xlsx", sheet: TEMPLATE_SHEET, table: "MMTIndicators", rowKey: e.id },
      tags: [{ facet: "theme", id: "labour-migration", origin: "auto" }],
    });
    expect(res.warnings.some((w) => w.row === 2 && /Not a theme/.test(w.message))).toBe(true);

    await writeStatuses(
      ctxOf(data),
      TEMPLATE_SHEET,
      col("trackerStatus"),
      new Map([
        [1, "synced · r1"],
        [3, "conflict · r4 on tracker"],
      ]),
    );
    expect(sheet.grid(1, col("trackerStatus"), 3, 1).flat()).toEqual(["synced · r1", "queued", "conflict · r4 on tracker"]);
    // A synced row is sent next time with the revision it was synced at.
    const again = await collectRows(ctxOf(data), { scope: "table", workbook: "Book.xlsx", makeId, tag: fakeTag });
    expect(again.entries[0].revision).toBe(1);
    expect(again.entries[0].id).toBe(e.id);

    function makeIdAt(i: number) {
      return `0192f0c4-0000-7000-8000-${String(i).padStart(12, "0")}`;
    }
  });
});

describe("the mock host itself", () => {
  it("counts syncs across Excel.run batches and refuses reads before load", async () => {
    const host = createMockHost();
    const g: Record<string, unknown> = {};
    host.install(g);
    const Excel = g.Excel as { run: (f: (c: MockContext) => Promise<void>) => Promise<void> };
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => r.values).toThrow(/before load/);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[""]]);
    });
    expect(host.syncCount()).toBe(1);
  });
});
