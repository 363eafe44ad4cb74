/**
 * The Excel adapter: the only code of the add-in that talks to the Excel JavaScript API.
 *
 * Microsoft's guidance for large ranges, applied: read once (values only, only the columns
 * needed), work in memory with the core, write 2-D arrays with calculation suspended, keep each
 * request under the 5 MB payload limit of Excel on the web by chunking rows, and never make a
 * Range proxy per row. "Tag rows" on a 10,000-row table costs 3 `context.sync` calls: probe,
 * read, write (one more write per extra 4 MB of results).
 */
import type { TagOptions, TagResult } from "../../shared/tagger/types";
import { categoriesOf } from "../../shared/taxonomy/categories";
import { columnLetters, quoteSheet, rectAddress, rowRuns } from "../core/a1";
import { jsonSize, planTagRowsInSlices, type TagPlan, type TagPlanOptions, type Write } from "../core/plan";
import { type RowEntryResult, rowToEntry, statusCell } from "../core/rows";
import {
  detectColumns,
  documentTypeLabels,
  findHeaderRow,
  HEADERS,
  POLICY_STATUSES,
  ROLES,
  type Role,
} from "../core/template";
import type { Entry } from "../../shared/entry/entry";

/** Most bytes one sync may carry; Excel on the web refuses requests over 5 MB. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** Rows of the sheet scanned for the header row. */
const HEADER_SCAN_ROWS = 40;
export const HIGHLIGHT_COLOR = "#FFE699";
export const TEMPLATE_SHEET = "MM indicators";
export const TEMPLATE_TABLE = "MMTIndicators";
export const LISTS_SHEET = "MMT lists";
/** Rows below the header that carry the template's drop-downs and formats. */
const TEMPLATE_ROWS = 10_000;

export class AddinError extends Error {
  override name = "AddinError";
}

type Ctx = Excel.RequestContext;

// ----------------------------------------------------------------------------- probe

export interface SheetLayout {
  sheet: string;
  /** Sheet row index (0-based) of the header row. */
  headerRow: number;
  /** Header texts by sheet column index. */
  header: Map<number, string>;
  /** Role -> sheet column index. */
  columns: Partial<Record<Role, number>>;
  /** First and last data row (sheet indexes, inclusive); last < first when there are none. */
  firstRow: number;
  lastRow: number;
  /** The rows to work on (selection or all data rows), inclusive. */
  targetFirst: number;
  targetLast: number;
  scope: "selection" | "table";
  /** The only table of the sheet, when there is one. */
  table?: string;
}

/**
 * Sync 1: where is the header, which columns are which, which rows are selected. Loads only
 * the top rows' values and a few numbers.
 */
export async function probeSheet(ctx: Ctx, scope: "selection" | "table"): Promise<SheetLayout> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // Methods are not called on a null object: the top rows come from the sheet's own range.
  const top = ws.getRange(`1:${HEADER_SCAN_ROWS}`).getIntersectionOrNullObject(ws.getUsedRange(true));
  top.load("values,rowIndex,columnIndex");
  const sel = ctx.workbook.getSelectedRange();
  sel.load("rowIndex,rowCount,columnIndex,columnCount");
  const tables = ws.tables;
  tables.load("items/name");
  await ctx.sync();

  if (used.isNullObject || top.isNullObject) {
    throw new AddinError(`The sheet "${ws.name}" is empty. Insert the template or open your indicator sheet first.`);
  }
  const rel = findHeaderRow(top.values);
  if (rel === null) {
    throw new AddinError(
      `No header row found in the first ${HEADER_SCAN_ROWS} rows of "${ws.name}": a row naming at least Title or Description is needed.`,
    );
  }
  const headerRow = top.rowIndex + rel;
  const header = new Map<number, string>();
  top.values[rel].forEach((v, i) => {
    const s = String(v ?? "").trim();
    if (s) header.set(top.columnIndex + i, s);
  });
  const rel2 = detectColumns(top.values[rel]);
  const columns: Partial<Record<Role, number>> = {};
  for (const [r, i] of Object.entries(rel2) as [Role, number][]) columns[r] = top.columnIndex + i;

  const firstRow = headerRow + 1;
  const lastRow = used.rowIndex + used.rowCount - 1;
  let targetFirst = firstRow;
  let targetLast = lastRow;
  let effective: "selection" | "table" = "table";
  const multi = sel.rowCount > 1 || sel.columnCount > 1;
  if (scope === "selection" && multi) {
    const a = Math.max(firstRow, sel.rowIndex);
    const b = Math.min(lastRow, sel.rowIndex + sel.rowCount - 1);
    if (b >= a) {
      targetFirst = a;
      targetLast = b;
      effective = "selection";
    }
  }
  const names = tables.items.map((t) => t.name);
  return {
    sheet: ws.name,
    headerRow,
    header,
    columns,
    firstRow,
    lastRow,
    targetFirst,
    targetLast,
    scope: effective,
    ...(names.length === 1 ? { table: names[0] } : {}),
  };
}

export type TextHeaders = readonly string[] | ((sheet: string) => readonly string[] | undefined);

/** Sheet column indexes of the chosen text headers (default: Title and Description). */
export function textColumnsOf(layout: SheetLayout, chosen?: TextHeaders): number[] {
  const textHeaders = typeof chosen === "function" ? chosen(layout.sheet) : chosen;
  const byText = new Map<string, number>();
  for (const [c, h] of layout.header) if (!byText.has(h.toLowerCase())) byText.set(h.toLowerCase(), c);
  if (textHeaders?.length) {
    const cols = textHeaders.map((h) => byText.get(h.toLowerCase())).filter((c): c is number => c !== undefined);
    if (cols.length) return cols;
  }
  const cols = [layout.columns.title, layout.columns.description].filter((c): c is number => c !== undefined);
  if (!cols.length) throw new AddinError("Choose the columns that hold the text to tag.");
  return cols;
}

function runsOf(cols: readonly number[]): [number, number][] {
  return rowRuns([...new Set(cols)]);
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  return code === "RequestPayloadSizeLimitExceeded" || /payload/i.test(String((e as Error)?.message ?? ""));
}

/**
 * Sync 2: values of the given columns for rows first..last, ONE sync in the normal case. A
 * response over Excel's limit is retried in halves (more syncs, never a failure).
 */
export async function readColumns(
  ctx: Ctx,
  sheet: string,
  first: number,
  last: number,
  cols: readonly number[],
): Promise<Map<number, unknown[]>> {
  const out = new Map<number, unknown[]>();
  for (const c of cols) out.set(c, []);
  if (last < first) return out;
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const runs = runsOf(cols);
  const readSpan = async (a: number, b: number): Promise<void> => {
    const ranges = runs.map(([c0, n]) => {
      const r = ws.getRange(rectAddress(a, c0, b - a + 1, n));
      r.load("values");
      return r;
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || b === a) throw e;
      const mid = Math.floor((a + b) / 2);
      await readSpan(a, mid);
      await readSpan(mid + 1, b);
      return;
    }
    runs.forEach(([c0, n], k) => {
      const vals = ranges[k].values;
      for (let j = 0; j < n; j++) {
        const col = out.get(c0 + j)!;
        for (const row of vals) col.push(row[j]);
      }
      ranges[k].untrack();
    });
  };
  await readSpan(first, last);
  return out;
}

/** Rebuilds rows (arrays indexed by sheet column) from column arrays. */
function rowsFrom(colValues: Map<number, unknown[]>, count: number): unknown[][] {
  const rows: unknown[][] = Array.from({ length: count }, () => []);
  for (const [c, vals] of colValues) for (let i = 0; i < count; i++) rows[i][c] = vals[i];
  return rows;
}

// ----------------------------------------------------------------------------- writes

interface ColumnValues {
  column: number;
  values: Write[];
}

/**
 * Writes per-row values of several columns starting at sheet row `first`: contiguous columns
 * become one 2-D array; rows are chunked so no sync carries more than MAX_REQUEST_BYTES; every
 * chunk is written with calculation suspended. `extra` adds commands to the first chunk.
 * Returns the number of syncs made.
 */
export async function writeColumns(
  ctx: Ctx,
  sheet: string,
  first: number,
  data: readonly ColumnValues[],
  extra?: (ws: Excel.Worksheet) => void,
  maxBytes = MAX_REQUEST_BYTES,
): Promise<number> {
  const byCol = new Map(data.map((d) => [d.column, d.values]));
  const count = data[0]?.values.length ?? 0;
  const runs = runsOf(data.map((d) => d.column));
  const ws = ctx.workbook.worksheets.getItem(sheet);
  let syncs = 0;
  let start = 0;
  let extraDone = !extra;
  while (start < count || !extraDone) {
    // Grow the chunk row by row until the next row would pass the budget.
    let bytes = 0;
    let end = start;
    while (end < count) {
      let rowBytes = 4;
      for (const d of data) rowBytes += jsonSize(d.values[end]);
      if (end > start && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      end++;
    }
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (!extraDone && extra) {
      extra(ws);
      extraDone = true;
    }
    for (const [c0, n] of runs) {
      const block: Write[][] = [];
      let any = false;
      for (let i = start; i < end; i++) {
        const row: Write[] = [];
        for (let j = 0; j < n; j++) {
          const v = byCol.get(c0 + j)![i];
          if (v !== null) any = true;
          row.push(v);
        }
        block.push(row);
      }
      if (!any) continue; // nothing to change in this block: send nothing
      const range = ws.getRange(rectAddress(first + start, c0, end - start, n));
      range.values = block as unknown[][];
      range.untrack();
    }
    await ctx.sync();
    syncs++;
    start = end;
  }
  return syncs;
}

/**
 * Highlight commands for rows to review: clears the fill of the output cells of the target
 * rows, then fills the low rows' output cells, addressing runs of rows as multi-area ranges
 * (a handful of commands, not one per row).
 */
function queueHighlight(
  ws: Excel.Worksheet,
  first: number,
  count: number,
  low: readonly boolean[],
  outCols: readonly number[],
): void {
  const colRuns = runsOf(outCols);
  for (const [c0, n] of colRuns) ws.getRange(rectAddress(first, c0, count, n)).format.fill.clear();
  const lowRows: number[] = [];
  low.forEach((l, i) => {
    if (l) lowRows.push(first + i);
  });
  const areas: string[] = [];
  for (const [r0, rn] of rowRuns(lowRows)) for (const [c0, n] of colRuns) areas.push(rectAddress(r0, c0, rn, n));
  // Keep each address list short; Excel limits the length of one address string.
  let batch: string[] = [];
  let len = 0;
  const flush = () => {
    if (batch.length) ws.getRanges(batch.join(",")).format.fill.color = HIGHLIGHT_COLOR;
    batch = [];
    len = 0;
  };
  for (const a of areas) {
    if (len + a.length + 1 > 2000) flush();
    batch.push(a);
    len += a.length + 1;
  }
  flush();
}

// ----------------------------------------------------------------------------- Tag rows

export interface TagRowsOptions extends TagPlanOptions {
  scope: "selection" | "table";
  /**
   * Header texts of the text columns (the person's choice), or a lookup by sheet name (what
   * the workbook remembers); default Title + Description.
   */
  textHeaders?: TextHeaders;
  tag: (text: string, options?: TagOptions) => TagResult;
  onProgress?: (message: string) => void;
  /** Request budget per sync (default MAX_REQUEST_BYTES); tests lower it to force chunking. */
  maxRequestBytes?: number;
}

export interface TagRowsReport {
  sheet: string;
  scope: "selection" | "table";
  firstRow: number;
  lastRow: number;
  textHeaders: string[];
  stats: TagPlan["stats"];
  syncs: number;
  ms: number;
}

export async function tagRows(ctx: Ctx, opts: TagRowsOptions): Promise<TagRowsReport> {
  const t0 = Date.now();
  const syncAtStart = countSyncs(ctx);
  opts.onProgress?.("Reading the sheet…");
  const layout = await probeSheet(ctx, opts.scope);
  const textCols = textColumnsOf(layout, opts.textHeaders);
  const n = layout.targetLast - layout.targetFirst + 1;
  const textHeaders = textCols.map((c) => layout.header.get(c) ?? columnLetters(c));
  const emptyReport = (stats: TagPlan["stats"]): TagRowsReport => ({
    sheet: layout.sheet,
    scope: layout.scope,
    firstRow: layout.targetFirst + 1,
    lastRow: layout.targetLast + 1,
    textHeaders,
    stats,
    syncs: countSyncs(ctx) - syncAtStart,
    ms: Date.now() - t0,
  });
  if (n <= 0) return emptyReport({ rows: 0, tagged: 0, empty: 0, low: 0, cellsWritten: 0, cellsKept: 0 });

  const outCols = (["country", "documentType", "year", "themes", "sectors", "gcm", "sdg", "confidence", "evidence"] as Role[])
    .map((r) => layout.columns[r])
    .filter((c): c is number => c !== undefined && !textCols.includes(c));
  if (!outCols.length) {
    throw new AddinError("This sheet has no output columns (Themes, Sectors, GCM objectives, SDG targets, Confidence, Evidence).");
  }
  const values = await readColumns(ctx, layout.sheet, layout.targetFirst, layout.targetLast, [...textCols, ...outCols]);
  const rows = rowsFrom(values, n);

  opts.onProgress?.(`Tagging ${n} rows…`);
  const plan = await planTagRowsInSlices(
    { rows, columns: layout.columns, textColumns: textCols, options: opts, tag: opts.tag },
    1000,
    (done, total) => opts.onProgress?.(`Tagging… ${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows`),
  );

  opts.onProgress?.("Writing the results…");
  const writes = plan.writes.map((w) => ({ column: w.column, values: w.values }));
  await writeColumns(
    ctx,
    layout.sheet,
    layout.targetFirst,
    writes,
    (ws) => queueHighlight(ws, layout.targetFirst, n, plan.low, outCols),
    opts.maxRequestBytes,
  );
  return emptyReport(plan.stats);
}

/** Sync counter hook: the test mock exposes syncCount; real Office does not. */
function countSyncs(ctx: Ctx): number {
  return (ctx as unknown as { syncCount?: number }).syncCount ?? 0;
}

// ----------------------------------------------------------------------------- template

export interface TemplateReport {
  sheet: string;
  table: string;
  syncs: number;
}

function uniqueName(base: string, taken: readonly string[], sep = " "): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}${sep}${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * "Insert template": a new sheet with the indicator table, bold wrapped headers, frozen
 * header row, drop-down lists (Document type, Status) from a hidden lists sheet, whole-number
 * Year, three-letter Country, 0..1 Confidence. Two syncs.
 */
export async function insertTemplate(ctx: Ctx): Promise<TemplateReport> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  const tables = ctx.workbook.tables;
  tables.load("items/name");
  await ctx.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const sheetName = uniqueName(TEMPLATE_SHEET, sheetNames);
  const tableName = uniqueName(TEMPLATE_TABLE, tables.items.map((t) => t.name), "");
  const hasLists = sheetNames.some((s) => s.toLowerCase() === LISTS_SHEET.toLowerCase());

  const docTypes = documentTypeLabels();
  const statuses = [...POLICY_STATUSES];
  const listsRef = quoteSheet(LISTS_SHEET);
  const lists = hasLists ? ctx.workbook.worksheets.getItem(LISTS_SHEET) : ctx.workbook.worksheets.add(LISTS_SHEET);
  // Rewritten every time, so the lists follow the taxonomy the add-in ships with.
  const listRows = Math.max(docTypes.length, statuses.length) + 1;
  const grid: string[][] = Array.from({ length: listRows }, (_, i) =>
    i === 0 ? ["Document type", "Status"] : [docTypes[i - 1] ?? "", statuses[i - 1] ?? ""],
  );
  lists.getRange(rectAddress(0, 0, listRows, 2)).values = grid;
  lists.visibility = "Hidden";

  const ws = ctx.workbook.worksheets.add(sheetName);
  const ncol = ROLES.length;
  ws.getRange(rectAddress(0, 0, 1, ncol)).values = [ROLES.map((r) => HEADERS[r])];
  const table = ws.tables.add(rectAddress(0, 0, 2, ncol), true);
  table.name = tableName;
  table.style = "TableStyleMedium2";
  const header = ws.getRange(rectAddress(0, 0, 1, ncol));
  header.format.font.bold = true;
  header.format.wrapText = true;
  ws.freezePanes.freezeRows(1);

  const col = (r: Role) => ROLES.indexOf(r);
  const body = (r: Role) => ws.getRange(rectAddress(1, col(r), TEMPLATE_ROWS, 1));
  const widths: Partial<Record<Role, number>> = { title: 220, description: 320, evidence: 320, themes: 180, sectors: 150, gcm: 180, sdg: 120 };
  for (const r of ROLES) ws.getRange(`${columnLetters(col(r))}:${columnLetters(col(r))}`).format.columnWidth = widths[r] ?? 90;

  const dv = (r: Role, rule: Excel.DataValidationRule, title: string, message: string, style: "Stop" | "Warning") => {
    const range = body(r);
    range.dataValidation.clear();
    range.dataValidation.rule = rule;
    range.dataValidation.prompt = { showPrompt: true, title, message };
    range.dataValidation.errorAlert = { showAlert: true, style: style as Excel.DataValidationAlertStyle, title, message };
  };
  dv(
    "documentType",
    { list: { inCellDropDown: true, source: `=${listsRef}!$A$2:$A$${docTypes.length + 1}` } },
    "Document type",
    "Pick the kind of document from the list.",
    "Stop",
  );
  dv(
    "status",
    { list: { inCellDropDown: true, source: `=${listsRef}!$B$2:$B$${statuses.length + 1}` } },
    "Status",
    "draft, adopted, in-force, amended or repealed.",
    "Stop",
  );
  dv(
    "year",
    { wholeNumber: { formula1: 1800, formula2: 2200, operator: "Between" as Excel.DataValidationOperator } },
    "Year",
    "The year of adoption, e.g. 2021.",
    "Stop",
  );
  dv(
    "country",
    { textLength: { formula1: 3, operator: "EqualTo" as Excel.DataValidationOperator } },
    "Country",
    "ISO 3166-1 alpha-3 code, e.g. KGZ, BGD, MDA.",
    "Warning",
  );
  dv(
    "confidence",
    { decimal: { formula1: 0, formula2: 1, operator: "Between" as Excel.DataValidationOperator } },
    "Confidence",
    "Filled by Tag rows: 0 (unsure) to 1 (sure).",
    "Warning",
  );
  body("confidence").numberFormat = Array.from({ length: TEMPLATE_ROWS }, () => ["0.00"]);
  body("id").numberFormat = Array.from({ length: TEMPLATE_ROWS }, () => ["@"]);
  ws.activate();
  await ctx.sync();
  return { sheet: sheetName, table: tableName, syncs: 2 };
}

/** Every taxonomy label of a facet, for the task pane's help text. */
export function facetLabels(facet: "theme" | "sector"): string[] {
  return categoriesOf(facet).map((c) => c.label.en);
}

// ----------------------------------------------------------------------------- push

export interface PushRowsResult {
  sheet: string;
  entries: Entry[];
  /** Sheet row index of each entry. */
  rowOf: Map<string, number>;
  warnings: { row: number; message: string }[];
  skipped: number;
  layout: SheetLayout;
}

/**
 * "Push to tracker", first half: reads the rows (probe + one read), makes one `row` entry per
 * row with a title or description, writes new ids into the ID column and "queued" into the
 * Tracker status column (one write sync). The caller then saves the entries in the outbox,
 * pushes, and calls writeStatuses with the results.
 */
export async function collectRows(
  ctx: Ctx,
  opts: {
    scope: "selection" | "table";
    textHeaders?: TextHeaders;
    workbook: string;
    makeId: () => string;
    tag: (text: string) => TagResult;
    defaultCountry?: string;
  },
): Promise<PushRowsResult> {
  const layout = await probeSheet(ctx, opts.scope);
  if (layout.columns.id === undefined || layout.columns.trackerStatus === undefined) {
    throw new AddinError('Push needs an "ID" and a "Tracker status" column: insert the template or add both headers.');
  }
  const textCols = textColumnsOf(layout, opts.textHeaders);
  const n = layout.targetLast - layout.targetFirst + 1;
  const cols = [...new Set([...Object.values(layout.columns), ...textCols])] as number[];
  const values = await readColumns(ctx, layout.sheet, layout.targetFirst, layout.targetLast, cols);
  const rows = rowsFrom(values, Math.max(0, n));
  const entries: Entry[] = [];
  const rowOf = new Map<string, number>();
  const warnings: { row: number; message: string }[] = [];
  const ids: Write[] = [];
  const statuses: Write[] = [];
  let skipped = 0;
  rows.forEach((row, i) => {
    const r: RowEntryResult = rowToEntry(
      row,
      layout.columns,
      textCols,
      { workbook: opts.workbook, sheet: layout.sheet, ...(layout.table ? { table: layout.table } : {}) },
      opts.makeId,
      opts.tag,
      opts.defaultCountry,
    );
    for (const w of r.warnings) warnings.push({ row: layout.targetFirst + i + 1, message: w });
    if (!r.entry) {
      skipped++;
      ids.push(null);
      statuses.push(null);
      return;
    }
    entries.push(r.entry);
    rowOf.set(r.entry.id, layout.targetFirst + i);
    ids.push(r.newId ? r.entry.id : null);
    statuses.push(statusCell("queued"));
  });
  if (entries.length) {
    await writeColumns(ctx, layout.sheet, layout.targetFirst, [
      { column: layout.columns.id, values: ids },
      { column: layout.columns.trackerStatus, values: statuses },
    ]);
  }
  return { sheet: layout.sheet, entries, rowOf, warnings, skipped, layout };
}

/** Writes Tracker status texts by sheet row (one sync for any number of rows). */
export async function writeStatuses(ctx: Ctx, sheet: string, statusColumn: number, byRow: Map<number, string>): Promise<void> {
  if (!byRow.size) return;
  const rows = [...byRow.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const values: Write[] = [];
  for (let r = first; r <= last; r++) values.push(byRow.get(r) ?? null);
  await writeColumns(ctx, sheet, first, [{ column: statusColumn, values }]);
}
