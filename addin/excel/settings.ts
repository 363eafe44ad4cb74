/**
 * Per-workbook settings in Office document settings (saved inside the workbook): the column
 * mapping of each sheet, the confidence threshold and the overwrite choice. Per-person
 * settings (tracker URL, token, default country) are NOT kept here, since anyone who opens the
 * workbook could read them: see addin/taskpane/prefs.ts.
 */

export interface SheetMapping {
  /** Header texts of the columns whose text is tagged, in reading order. */
  textHeaders: string[];
}

export interface WorkbookSettings {
  mappings: Record<string, SheetMapping>;
  threshold: number;
  overwrite: boolean;
}

const KEY = "mmt.workbook.v1";

export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = { mappings: {}, threshold: 0.5, overwrite: false };

function settingsApi(): Office.Settings | null {
  const o = (globalThis as { Office?: typeof Office }).Office;
  return o?.context?.document?.settings ?? null;
}

export function loadWorkbookSettings(): WorkbookSettings {
  const raw = settingsApi()?.get(KEY) as Partial<WorkbookSettings> | null | undefined;
  if (!raw || typeof raw !== "object") return structuredClone(DEFAULT_WORKBOOK_SETTINGS);
  const threshold = typeof raw.threshold === "number" && raw.threshold >= 0 && raw.threshold <= 1 ? raw.threshold : 0.5;
  const mappings: Record<string, SheetMapping> = {};
  if (raw.mappings && typeof raw.mappings === "object") {
    for (const [sheet, m] of Object.entries(raw.mappings)) {
      if (m && Array.isArray(m.textHeaders)) mappings[sheet] = { textHeaders: m.textHeaders.map(String) };
    }
  }
  return { mappings, threshold, overwrite: raw.overwrite === true };
}

/** Stores and saves the settings into the workbook; resolves when Office has saved them. */
export function saveWorkbookSettings(s: WorkbookSettings): Promise<void> {
  const api = settingsApi();
  if (!api) return Promise.resolve();
  api.set(KEY, s);
  return new Promise((resolve, reject) => {
    api.saveAsync((r) => {
      if (!r || String(r.status) === "succeeded") resolve();
      else reject(new Error(`could not save the workbook settings: ${r.error?.message ?? "unknown error"}`));
    });
  });
}

/** A name for the workbook in entries: its URL or file name when Office knows it. */
export function workbookName(): string {
  const o = (globalThis as { Office?: typeof Office }).Office;
  const url = o?.context?.document?.url ?? "";
  return url || "Untitled workbook";
}
