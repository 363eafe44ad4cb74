/**
 * Which columns of an indicator template hold the text to tag. Header matching is the one
 * definition in shared/entry/columns.ts; this adds the fallback for sheets without a
 * recognisable header (columns whose cells are mostly long, non-numeric text).
 */
import { detectColumns, findHeaderRow } from "../../shared/entry/columns";

export interface TextColumns {
  /** Index into the rows of the header row, or null when none was recognised. */
  headerRow: number | null;
  textColumns: number[];
}

export function textColumnsOf(rows: readonly (readonly string[])[]): TextColumns {
  const headerRow = findHeaderRow(rows.slice(0, 20));
  if (headerRow !== null) {
    const cols = detectColumns(rows[headerRow]);
    const text = [cols.title, cols.description].filter((c): c is number => c !== undefined);
    if (text.length) return { headerRow, textColumns: text };
  }
  // No header naming Title/Description: take the columns that look like prose.
  const sample = rows.slice(headerRow === null ? 0 : headerRow + 1, (headerRow ?? 0) + 200);
  const width = Math.max(0, ...sample.map((r) => r.length));
  const textColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let prose = 0;
    for (const r of sample) {
      const v = (r[c] ?? "").trim();
      if (!v) continue;
      filled++;
      if (v.length >= 20 && /\p{L}{3,}.*\s.*\p{L}{3,}/u.test(v)) prose++;
    }
    if (filled > 0 && prose / filled >= 0.5) textColumns.push(c);
  }
  return { headerRow, textColumns };
}

export function titleColumnOf(header: readonly string[]): number | null {
  return detectColumns(header).title ?? null;
}
