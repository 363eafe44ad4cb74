/** The adapter with the real core tagger (the other adapter tests use a fixed fake). */
import { describe, expect, it } from "vitest";
import { insertTemplate, TEMPLATE_SHEET, tagRows } from "../../../addin/excel/adapter";
import { ROLES, type Role } from "../../../addin/core/template";
import { tag } from "../../../shared/tagger/index";
import { MockContext, WorkbookData } from "./office-mock";

const col = (r: Role) => ROLES.indexOf(r);
const ctxOf = (data: WorkbookData) => new MockContext(data) as unknown as Excel.RequestContext & MockContext;

async function templateWith(rows: [string, string][]) {
  const data = new WorkbookData();
  await insertTemplate(ctxOf(data));
  const sheet = data.sheet(TEMPLATE_SHEET);
  sheet.put(1, col("title"), rows);
  return { data, sheet };
}

const opts = { scope: "table" as const, threshold: 0.5, overwrite: false, tag };

describe("with the real core tagger", () => {
  it("tags a migration-heavy row", async () => {
    const { data, sheet } = await templateWith([
      ["Law on labour migration", "Law on labour migration and remittances of migrant workers abroad"],
    ]);
    await tagRows(ctxOf(data), opts);
    expect(String(sheet.value(1, col("themes")))).toContain("Labour migration");
    expect(Number(sheet.value(1, col("confidence")))).toBeGreaterThan(0);
  });
});

