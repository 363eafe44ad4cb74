/**
 * "Tag rows" in memory (pure): given the rows read from the sheet, tag each with the core
 * and work out what to write where. The Excel adapter reads once, calls this, and writes the
 * result as 2-D arrays; nothing here knows Office.js, so it is tested and benchmarked alone.
 */
import type { TagOptions, TagResult } from "../../shared/tagger/types";
import type { Facet } from "../../shared/taxonomy/types";
import { getCategory } from "../../shared/taxonomy/categories";
import { type Role, TAG_ROLES, safeCell, tagsCell } from "./template";

export type Cell = string | number | boolean;
/** null = leave the cell as it is (Office.js ignores null inside a 2-D array). */
export type Write = Cell | null;

export interface TagPlanOptions {
  /** Rows whose confidence is below this are highlighted for review (0..1). */
  threshold: number;
  /** Replace cells that already hold something. Default false: never overwrite. */
  overwrite: boolean;
  /** Country written when the text names none (ISO alpha-3), or "". */
  defaultCountry?: string;
  /** Tags kept per facet (default 5). */
  maxPerFacet?: number;
  /** Evidence quotes kept per row (default 3). */
  maxEvidence?: number;
}

export interface TagPlanInput {
  /** Data rows (values as read, one array per row, same width). */
  rows: readonly (readonly unknown[])[];
  /** Column index (in a row array) of each role present. */
  columns: Partial<Record<Role, number>>;
  /** Column indexes holding the text to tag, in reading order. */
  textColumns: readonly number[];
  options: TagPlanOptions;
  tag: (text: string, options?: TagOptions) => TagResult;
}

export interface ColumnWrite {
  role: Role;
  column: number;
  /** One value per row; null leaves the cell unchanged. */
  values: Write[];
}

export interface TagPlan {
  writes: ColumnWrite[];
  /** Per row: true when the row is below the threshold and should be reviewed. */
  low: boolean[];
  /** Per row: the confidence written (null for rows with no text). */
  confidence: (number | null)[];
  stats: {
    rows: number;
    tagged: number;
    empty: number;
    low: number;
    cellsWritten: number;
    cellsKept: number;
  };
}

/** Roles "Tag rows" may fill, in template order. */
export const OUTPUT_ROLES: readonly Role[] = [
  "country",
  "documentType",
  "year",
  "themes",
  "sectors",
  "gcm",
  "sdg",
  "confidence",
  "evidence",
];

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The text of a row: the chosen columns joined as sentences. */
export function rowText(row: readonly unknown[], textColumns: readonly number[]): string {
  const parts: string[] = [];
  for (const c of textColumns) {
    const v = row[c];
    if (isEmpty(v)) continue;
    parts.push(String(v).trim());
  }
  return parts.join(".\n");
}

/**
 * Row confidence: the score of the row's best tag in the written facets, 0 when none; the
 * same rule as the Confidence column of the tracker's export (shared/entry/columns.ts).
 */
export function rowConfidence(result: TagResult, facets: readonly Facet[]): number {
  let best = 0;
  for (const t of result.tags) if (facets.includes(t.facet as Facet) && t.score > best) best = t.score;
  return Math.round(best * 100) / 100;
}

function evidenceText(result: TagResult, max: number): string {
  const seen = new Set<string>();
  const quotes: string[] = [];
  for (const t of result.tags) {
    for (const e of t.evidence) {
      const q = e.quote.replace(/\s+/g, " ").trim();
      const k = q.toLowerCase();
      if (!q || seen.has(k)) continue;
      seen.add(k);
      quotes.push(q);
      if (quotes.length >= max) return quotes.join(" | ");
    }
  }
  return quotes.join(" | ");
}

export function planTagRows(input: TagPlanInput): TagPlan {
  const { rows, columns, textColumns, options } = input;
  const maxPerFacet = options.maxPerFacet ?? 5;
  const maxEvidence = options.maxEvidence ?? 3;
  const outRoles = OUTPUT_ROLES.filter((r) => columns[r] !== undefined && !textColumns.includes(columns[r]!));
  const writes: ColumnWrite[] = outRoles.map((role) => ({ role, column: columns[role]!, values: [] }));
  const tagFacets = outRoles.map((r) => TAG_ROLES[r]).filter((f): f is Facet => f !== undefined);
  const low: boolean[] = [];
  const confidence: (number | null)[] = [];
  const stats = { rows: rows.length, tagged: 0, empty: 0, low: 0, cellsWritten: 0, cellsKept: 0 };

  for (const row of rows) {
    const text = rowText(row, textColumns);
    if (!text) {
      stats.empty++;
      low.push(false);
      confidence.push(null);
      for (const w of writes) w.values.push(null);
      continue;
    }
    const titleCol = columns.title;
    const title = titleCol !== undefined && textColumns.includes(titleCol) && !isEmpty(row[titleCol]) ? String(row[titleCol]) : undefined;
    const result = input.tag(text, { maxPerFacet, maxEvidence: 2, ...(title ? { title } : {}) });
    stats.tagged++;
    const conf = rowConfidence(result, tagFacets.length ? tagFacets : ["theme"]);
    confidence.push(conf);
    const isLow = conf < options.threshold;
    low.push(isLow);
    if (isLow) stats.low++;

    for (const w of writes) {
      let value: Cell | null = null;
      switch (w.role) {
        case "country": {
          const c = result.country[0] ?? options.defaultCountry ?? "";
          value = c ? c : null;
          break;
        }
        case "documentType":
          value = result.instrument ? (getCategory("instrument", result.instrument)?.label.en ?? null) : null;
          break;
        case "year":
          value = result.year ?? null;
          break;
        case "confidence":
          value = conf;
          break;
        case "evidence": {
          const e = evidenceText(result, maxEvidence);
          value = e ? safeCell(e) : "";
          break;
        }
        default: {
          const facet = TAG_ROLES[w.role];
          if (facet) {
            const ids = result.tags.filter((t) => t.facet === facet).map((t) => t.id);
            value = safeCell(tagsCell(facet, ids));
          }
        }
      }
      const existing = row[w.column];
      if (value === null) {
        w.values.push(null);
      } else if (!options.overwrite && !isEmpty(existing)) {
        w.values.push(null);
        stats.cellsKept++;
      } else if (value === "" && isEmpty(existing)) {
        w.values.push(null);
      } else {
        w.values.push(value);
        stats.cellsWritten++;
      }
    }
  }
  return { writes, low, confidence, stats };
}

/** Rough JSON size of a value as Office.js would send it, for chunking. */
export function jsonSize(v: Write): number {
  if (v === null) return 5;
  if (typeof v === "string") return v.length + 3;
  return String(v).length + 1;
}

/**
 * planTagRows in slices of rows, giving the event loop a turn between slices so the pane can
 * show progress and Excel's shared runtime (custom functions) stays responsive. Same result
 * as one planTagRows call over all rows.
 */
export async function planTagRowsInSlices(
  input: TagPlanInput,
  sliceRows = 1000,
  onSlice?: (done: number, total: number) => void,
): Promise<TagPlan> {
  const total = input.rows.length;
  let merged: TagPlan | null = null;
  for (let start = 0; start < total || merged === null; start += sliceRows) {
    const part = planTagRows({ ...input, rows: input.rows.slice(start, start + sliceRows) });
    if (!merged) merged = part;
    else {
      part.writes.forEach((w, i) => {
        for (const v of w.values) merged!.writes[i].values.push(v);
      });
      merged.low.push(...part.low);
      merged.confidence.push(...part.confidence);
      for (const k of Object.keys(merged.stats) as (keyof TagPlan["stats"])[]) {
        if (k !== "rows") merged.stats[k] += part.stats[k];
      }
    }
    merged.stats.rows = Math.min(total, start + sliceRows);
    onSlice?.(Math.min(total, start + sliceRows), total);
    if (start + sliceRows < total) await new Promise<void>((r) => setTimeout(r, 0));
  }
  return merged;
}
