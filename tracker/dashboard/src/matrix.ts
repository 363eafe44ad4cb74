/**
 * Coverage: the country × category matrix and the monthly series, as pure functions over the
 * tracker's stats answers (docs/api.md). The eight programme countries come first, always,
 * even with no entries, so a gap is visible as a gap.
 */
import type { FacetStats, SeriesStats } from "../../../shared/sync/client";
import type { Category } from "../../../shared/taxonomy/types";

export interface MatrixRow {
  /** ISO alpha-3, or null for entries without a country. */
  country: string | null;
  programme: boolean;
  /** Entries of this country matching the filters (tagged in the facet or not). */
  total: number;
  /** Count per category id. */
  cells: Record<string, number>;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: Category[];
  /** The largest cell count (0 when the matrix is empty). */
  max: number;
  total: number;
}

export function buildMatrix(stats: FacetStats, columns: Category[], programme: readonly string[]): Matrix {
  const byCountry = new Map<string | null, MatrixRow>();
  const row = (c: string | null): MatrixRow => {
    let r = byCountry.get(c);
    if (!r) {
      r = { country: c, programme: c !== null && programme.includes(c), total: 0, cells: {} };
      byCountry.set(c, r);
    }
    return r;
  };
  for (const c of programme) row(c);
  for (const c of stats.countries) row(c.country ?? null).total += c.count;
  let max = 0;
  const known = new Set(columns.map((c) => c.id));
  for (const r of stats.rows) {
    if (!known.has(r.id)) continue;
    const m = row(r.country ?? null);
    m.cells[r.id] = (m.cells[r.id] ?? 0) + r.count;
    if (m.cells[r.id] > max) max = m.cells[r.id];
  }
  const order = (a: MatrixRow, b: MatrixRow): number => {
    if (a.programme !== b.programme) return a.programme ? -1 : 1;
    if (a.programme) return programme.indexOf(a.country!) - programme.indexOf(b.country!);
    if ((a.country === null) !== (b.country === null)) return a.country === null ? 1 : -1;
    return b.total - a.total || (a.country ?? "").localeCompare(b.country ?? "");
  };
  return { rows: [...byCountry.values()].sort(order), columns, max, total: stats.total };
}

/** Number of shading steps above "none". */
export const SHADES = 5;

/**
 * The shading step of a cell: 0 for no entries, else 1..SHADES on a square-root scale of
 * count/max, so one large country does not wash every other cell out.
 */
export function shadeLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const f = Math.sqrt(Math.min(count, max) / max);
  return Math.max(1, Math.min(SHADES, Math.ceil(f * SHADES)));
}

/** Background and text colours for a step (blue ramp; dark text on light, white on dark). */
export function shadeColours(level: number): { background: string; color: string } {
  const ramp = ["#ffffff", "#deebf7", "#b5d3ec", "#7fb2dc", "#1f64a8", "#0b3f73"];
  const l = Math.max(0, Math.min(SHADES, level));
  return { background: ramp[l], color: l >= 4 ? "#ffffff" : "#102a43" };
}

/** Next month of "YYYY-MM". */
export function nextMonth(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Previous month of "YYYY-MM". */
export function prevMonth(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/**
 * The series with every month between the first and the last present (missing ones = 0),
 * extended back to at least `minMonths` months so a young tracker's chart still reads as a
 * timeline rather than one wide bar.
 */
export function fillMonths(s: SeriesStats["series"], minMonths = 1): SeriesStats["series"] {
  const valid = s.filter((p) => /^\d{4}-\d{2}$/.test(p.period)).sort((a, b) => a.period.localeCompare(b.period));
  if (valid.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of valid) counts.set(p.period, (counts.get(p.period) ?? 0) + p.count);
  const out: SeriesStats["series"] = [];
  const last = valid[valid.length - 1].period;
  for (let p = valid[0].period; ; p = nextMonth(p)) {
    out.push({ period: p, count: counts.get(p) ?? 0 });
    if (p === last || out.length > 1200) break;
  }
  while (out.length < minMonths) out.unshift({ period: prevMonth(out[0].period), count: 0 });
  return out;
}

/** A "nice" axis maximum and tick step for a chart whose largest value is `max`. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const st = Math.max(1, step);
  return { top: Math.ceil(max / st) * st, step: st };
}
