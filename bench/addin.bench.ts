/**
 * Excel add-in: "Tag rows" on a 10,000-row indicator table, end to end against the mock Excel
 * host (probe, read, tag with the core, plan, write with highlighting), reported as the median
 * of 5 runs and the number of context.sync calls, next to two baselines measured in the same
 * run on the same texts:
 *   - tagger only: tag() on each row's text in a plain loop (the floor: what the core costs);
 *   - plan only:   planTagRows() in memory (tagging + cell planning, no Excel round trips).
 * The add-in's overhead over the tagger is the ratio that survives a noisy machine. The mock
 * has no network latency: in Excel on the web each sync is a round trip, which is why the sync
 * count (constant, <= 4) is the figure that matters there.
 */
import { insertTemplate, TEMPLATE_SHEET, tagRows } from "../addin/excel/adapter";
import { planTagRows, rowText } from "../addin/core/plan";
import { detectColumns, HEADERS, ROLES } from "../addin/core/template";
import { tag } from "../shared/tagger/index";
import { MockContext, WorkbookData } from "../tests/unit/addin/office-mock";
import { gc, median } from "./stats";

const ROWS = 10_000;
const RUNS = 5;

const TITLES = [
  "Law on labour migration and remittances of migrant workers abroad",
  "National strategy for the reintegration of returning migrants 2021-2025",
  "Programme for diaspora investment and skills transfer",
  "Action plan against trafficking in persons and smuggling of migrants",
  "Health sector strategy: access of migrant workers to health services",
  "Road maintenance programme for rural districts",
  "Decree on the registration of foreign citizens and stateless persons",
  "Climate adaptation plan with planned relocation of affected communities",
];
const DESCRIPTIONS = [
  "Sets out rules for recruitment agencies, pre-departure orientation and consular protection of nationals working abroad.",
  "Coordinates ministries, local authorities and partners; reports yearly on results and budget.",
  "Reduces the cost of remittance transfers and supports financial inclusion of migrants' families left behind.",
  "Improves the collection of migration statistics and the national migration profile.",
  "Resurfacing of district roads and bridges; procurement and maintenance schedule.",
];

function rowsOf(n: number): [string, string][] {
  return Array.from({ length: n }, (_, i) => [
    `${TITLES[i % TITLES.length]} (${i + 1})`,
    DESCRIPTIONS[(i * 7) % DESCRIPTIONS.length],
  ]);
}

async function freshWorkbook(rows: [string, string][]): Promise<WorkbookData> {
  const data = new WorkbookData();
  await insertTemplate(new MockContext(data) as unknown as Excel.RequestContext);
  data.sheet(TEMPLATE_SHEET).put(1, ROLES.indexOf("title"), rows);
  return data;
}

export async function run(): Promise<void> {
  const rows = rowsOf(ROWS);
  const header = ROLES.map((r) => HEADERS[r]);
  const columns = detectColumns(header);
  const textCols = [columns.title!, columns.description!];
  const sheetRows = rows.map(([t, d]) => {
    const r: unknown[] = new Array(ROLES.length).fill("");
    r[columns.title!] = t;
    r[columns.description!] = d;
    return r;
  });
  tag("warm up the matcher: labour migration");

  const base: number[] = [];
  const plan: number[] = [];
  const e2e: number[] = [];
  let syncs = 0;
  let maxRequest = 0;
  let low = 0;
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t0 = performance.now();
    let sink = 0;
    // The same call planTagRows makes (text, title, caps), so the ratio is the add-in's own cost.
    for (const r of sheetRows) {
      sink += tag(rowText(r, textCols), { maxPerFacet: 5, maxEvidence: 2, title: String(r[columns.title!]) }).tags.length;
    }
    base.push(performance.now() - t0);
    if (sink < 0) throw new Error("unreachable");

    gc();
    t0 = performance.now();
    planTagRows({ rows: sheetRows, columns, textColumns: textCols, options: { threshold: 0.5, overwrite: false }, tag });
    plan.push(performance.now() - t0);

    const data = await freshWorkbook(rows);
    const ctx = new MockContext(data);
    gc();
    t0 = performance.now();
    const rep = await tagRows(ctx as unknown as Excel.RequestContext, { scope: "table", threshold: 0.5, overwrite: false, tag });
    e2e.push(performance.now() - t0);
    syncs = ctx.syncCount;
    maxRequest = ctx.maxRequestBytes();
    low = rep.stats.low;
  }
  // The same run on 10 rows: the sync count must not grow with the table.
  const small = await freshWorkbook(rows.slice(0, 10));
  const sctx = new MockContext(small);
  await tagRows(sctx as unknown as Excel.RequestContext, { scope: "table", threshold: 0.5, overwrite: false, tag });

  const mb = median(base);
  const mp = median(plan);
  const me = median(e2e);
  const lines = [
    `rows: ${ROWS}, runs: ${RUNS} (median ms)`,
    `baseline, tagger only (tag() per row): ${mb.toFixed(1)} ms`,
    `plan only (tag + cell planning, in memory): ${mp.toFixed(1)} ms  (x${(mp / mb).toFixed(2)} of baseline)`,
    `Tag rows end to end against the mock Excel: ${me.toFixed(1)} ms  (x${(me / mb).toFixed(2)} of baseline), ${(ROWS / (me / 1000)).toFixed(0)} rows/s`,
    `context.sync calls: ${syncs} for ${ROWS} rows, ${sctx.syncCount} for 10 rows (target <= 4, constant)`,
    `largest request: ${(maxRequest / 1e6).toFixed(2)} MB (Excel on the web limit: 5 MB); rows highlighted for review: ${low}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
