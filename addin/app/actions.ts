/**
 * What the task pane buttons and the ribbon commands do. Each action opens its own Excel batch
 * through the adapter, so a button and a ribbon command behave the same.
 */
import { newEntryId } from "../../shared/entry/ids";
import { tag } from "../../shared/tagger/index";
import { HEADERS } from "../core/template";
import {
  collectRows,
  insertTemplate,
  probeSheet,
  type TagRowsReport,
  type TemplateReport,
  tagRows,
  textColumnsOf,
  writeStatuses,
} from "../excel/adapter";
import { runExcel } from "../excel/register";
import { loadWorkbookSettings, saveWorkbookSettings, workbookName } from "../excel/settings";
import { outcomeCell, type PushOutcome, type PushSink, type PushSummary, summarise } from "./push";

export interface SheetColumns {
  sheet: string;
  /** Every header of the sheet, left to right. */
  headers: string[];
  /** The text columns in use (remembered for this sheet, or Title + Description). */
  textHeaders: string[];
}

const remembered = (sheet: string) => loadWorkbookSettings().mappings[sheet]?.textHeaders;

/** Reads the active sheet's headers (one sync) for the column chooser. */
export async function readSheetColumns(): Promise<SheetColumns> {
  return runExcel(async (ctx) => {
    const layout = await probeSheet(ctx, "table");
    // Columns the add-in fills or that hold codes are not offered as text to tag.
    const notText = new Set(
      (["id", "country", "year", "status", "themes", "sectors", "gcm", "sdg", "confidence", "evidence", "trackerStatus"] as const)
        .map((r) => layout.columns[r])
        .filter((c) => c !== undefined),
    );
    const headers = [...layout.header.entries()]
      .filter(([c]) => !notText.has(c))
      .sort((a, b) => a[0] - b[0])
      .map(([, h]) => h);
    let textHeaders: string[] = [];
    try {
      textHeaders = textColumnsOf(layout, remembered).map((c) => layout.header.get(c) ?? "");
    } catch {
      textHeaders = [];
    }
    return { sheet: layout.sheet, headers, textHeaders };
  });
}

export async function doInsertTemplate(): Promise<TemplateReport> {
  const report = await runExcel((ctx) => insertTemplate(ctx));
  const s = loadWorkbookSettings();
  s.mappings[report.sheet] = { textHeaders: [HEADERS.title, HEADERS.description] };
  await saveWorkbookSettings(s);
  return report;
}

export interface TagParams {
  scope: "selection" | "table";
  /** The person's choice; undefined = what the sheet remembers. */
  textHeaders?: string[];
  threshold?: number;
  overwrite?: boolean;
  defaultCountry?: string;
  onProgress?: (m: string) => void;
}

export async function doTagRows(p: TagParams): Promise<TagRowsReport> {
  const s = loadWorkbookSettings();
  const threshold = p.threshold ?? s.threshold;
  const overwrite = p.overwrite ?? s.overwrite;
  const report = await runExcel((ctx) =>
    tagRows(ctx, {
      scope: p.scope,
      threshold,
      overwrite,
      defaultCountry: p.defaultCountry ?? "",
      tag,
      textHeaders: p.textHeaders?.length ? p.textHeaders : remembered,
      ...(p.onProgress ? { onProgress: p.onProgress } : {}),
    }),
  );
  // Remember the choices in the workbook, for the next run and the next person.
  s.mappings[report.sheet] = { textHeaders: report.textHeaders };
  s.threshold = threshold;
  s.overwrite = overwrite;
  await saveWorkbookSettings(s);
  return report;
}

export interface PushParams {
  scope: "selection" | "table";
  defaultCountry?: string;
  sink: PushSink;
  onProgress?: (m: string) => void;
}

/**
 * Rows -> entries -> outbox -> tracker -> Tracker status. Entries are saved in the outbox
 * before anything is sent; when the tracker cannot be reached they stay "queued" and go out
 * with the next push.
 */
export async function doPush(p: PushParams): Promise<PushSummary> {
  p.onProgress?.("Reading the rows…");
  const collected = await runExcel((ctx) =>
    collectRows(ctx, {
      scope: p.scope,
      textHeaders: remembered,
      workbook: workbookName(),
      makeId: newEntryId,
      tag,
      defaultCountry: p.defaultCountry ?? "",
    }),
  );
  const base = { rows: collected.entries.length, skipped: collected.skipped, warnings: collected.warnings };
  if (!collected.entries.length) return { ...base, synced: 0, conflict: 0, invalid: 0, queued: 0 };

  p.onProgress?.(`Saving ${collected.entries.length} rows in the outbox…`);
  await p.sink.save(collected.entries);
  p.onProgress?.("Sending to the tracker…");
  let outcomes: PushOutcome[];
  try {
    outcomes = await p.sink.push(collected.entries.map((e) => e.id));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    outcomes = collected.entries.map((en) => ({ id: en.id, state: "queued", detail }));
  }
  const byRow = new Map<number, string>();
  for (const o of outcomes) {
    const row = collected.rowOf.get(o.id);
    if (row !== undefined) byRow.set(row, outcomeCell(o));
  }
  const statusCol = collected.layout.columns.trackerStatus!;
  await runExcel((ctx) => writeStatuses(ctx, collected.sheet, statusCol, byRow));
  return { ...base, ...summarise(outcomes) };
}
