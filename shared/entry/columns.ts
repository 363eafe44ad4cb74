/**
 * The ONE column definition of the indicator template: used by the Excel add-in's template,
 * the tracker's CSV/XLSX export and the bulk import of filled-in templates.
 *
 * - `COLUMNS` lists the template columns in template order (ID ... Tracker status), then the
 *   extra columns an export may append (Kind ... Domains).
 * - `entryToRow` turns an Entry into the cell values of those columns (pure; every text value
 *   already passed through `safeCell`).
 * - `roleOfHeader` / `detectColumns` / `findHeaderRow` match a sheet's header row to the columns,
 *   tolerant to case, accents, spacing, punctuation and common synonyms.
 * - `safeCell` neutralises untrusted text that a spreadsheet would read as a formula.
 *
 * Pure TypeScript: no DOM, no Node built-ins.
 */
import { categoriesOf, getCategory, labelOf } from "../taxonomy/categories";
import type { Facet } from "../taxonomy/types";
import type { Entry } from "./entry";

/** Template columns, in template order. */
export const ROLES = [
  "id",
  "country",
  "title",
  "description",
  "documentType",
  "year",
  "status",
  "themes",
  "sectors",
  "gcm",
  "sdg",
  "confidence",
  "evidence",
  "sourceLink",
  "trackerStatus",
] as const;
export type Role = (typeof ROLES)[number];

/** Columns an export may append after the template columns. */
export const EXTRA_ROLES = [
  "kind",
  "entryStatus",
  "author",
  "updated",
  "note",
  "language",
  "stages",
  "domains",
] as const;
export type ExtraRole = (typeof EXTRA_ROLES)[number];
export type AnyRole = Role | ExtraRole;

/** Header text of each column. */
export const HEADERS: Record<Role, string> = {
  id: "ID",
  country: "Country",
  title: "Title",
  description: "Description",
  documentType: "Document type",
  year: "Year",
  status: "Status",
  themes: "Themes",
  sectors: "Sectors",
  gcm: "GCM objectives",
  sdg: "SDG targets",
  confidence: "Confidence",
  evidence: "Evidence",
  sourceLink: "Source link",
  trackerStatus: "Tracker status",
};

export const EXTRA_HEADERS: Record<ExtraRole, string> = {
  kind: "Kind",
  entryStatus: "Entry status",
  author: "Author",
  updated: "Updated",
  note: "Note",
  language: "Language",
  stages: "Stages",
  domains: "Domains",
};

export interface ColumnDef {
  role: AnyRole;
  header: string;
  /** True for the columns an export appends after the template. */
  extra: boolean;
}

/** Every column, template first, then export extras. */
export const COLUMNS: readonly ColumnDef[] = [
  ...ROLES.map((role) => ({ role, header: HEADERS[role], extra: false })),
  ...EXTRA_ROLES.map((role) => ({ role, header: EXTRA_HEADERS[role], extra: true })),
];

/** Facet of each multi-valued tag column of the template. */
export const TAG_ROLES: Partial<Record<Role, Facet>> = {
  themes: "theme",
  sectors: "sector",
  gcm: "gcm",
  sdg: "sdg",
};

/** Facet of each multi-valued tag column, the export's extras included. */
export const ALL_TAG_ROLES: Partial<Record<AnyRole, Facet>> = {
  ...TAG_ROLES,
  stages: "stage",
  domains: "domain",
};

export const TAG_SEPARATOR = "; ";

/**
 * Other headers people's own templates use for the same thing, in normalised form (see
 * `normHeader`: lower-case ASCII letters and digits only).
 */
const SYNONYMS: Record<string, AnyRole> = {
  id: "id",
  rowid: "id",
  key: "id",
  entryid: "id",
  country: "country",
  countrycode: "country",
  iso3: "country",
  title: "title",
  name: "title",
  policy: "title",
  policytitle: "title",
  nameofpolicy: "title",
  activity: "title",
  description: "description",
  summary: "description",
  details: "description",
  notes: "description",
  documenttype: "documentType",
  typeofdocument: "documentType",
  doctype: "documentType",
  type: "documentType",
  instrument: "documentType",
  year: "year",
  yearofadoption: "year",
  status: "status",
  policystatus: "status",
  themes: "themes",
  theme: "themes",
  migrationthemes: "themes",
  sectors: "sectors",
  sector: "sectors",
  gcmobjectives: "gcm",
  gcm: "gcm",
  gcmobjective: "gcm",
  sdgtargets: "sdg",
  sdg: "sdg",
  sdgtarget: "sdg",
  sdgs: "sdg",
  confidence: "confidence",
  score: "confidence",
  evidence: "evidence",
  sourcelink: "sourceLink",
  source: "sourceLink",
  link: "sourceLink",
  url: "sourceLink",
  trackerstatus: "trackerStatus",
  kind: "kind",
  entrystatus: "entryStatus",
  reviewstatus: "entryStatus",
  author: "author",
  updated: "updated",
  updatedat: "updated",
  lastupdated: "updated",
  note: "note",
  language: "language",
  lang: "language",
  stages: "stages",
  stage: "stages",
  mainstreamingstages: "stages",
  domains: "domains",
  domain: "domains",
};

/** A header cell in comparable form: accents stripped, lower-case, letters and digits only. */
export function normHeader(h: unknown): string {
  return String(h ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The template column a header cell names, or null (extras are not template columns). */
export function roleOfHeader(h: unknown): Role | null {
  const r = SYNONYMS[normHeader(h)];
  return r && (ROLES as readonly string[]).includes(r) ? (r as Role) : null;
}

/** Any column (template or export extra) a header cell names, or null. */
export function anyRoleOfHeader(h: unknown): AnyRole | null {
  return SYNONYMS[normHeader(h)] ?? null;
}

/** Role -> column index of a header row (first match wins); template columns only. */
export function detectColumns(header: readonly unknown[]): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  header.forEach((h, i) => {
    const r = roleOfHeader(h);
    if (r && out[r] === undefined) out[r] = i;
  });
  return out;
}

/** Like `detectColumns`, but also finds the export's extra columns (for re-importing exports). */
export function detectAllColumns(header: readonly unknown[]): Partial<Record<AnyRole, number>> {
  const out: Partial<Record<AnyRole, number>> = {};
  header.forEach((h, i) => {
    const r = anyRoleOfHeader(h);
    if (r && out[r] === undefined) out[r] = i;
  });
  return out;
}

/**
 * Finds the header row among the first rows of a sheet: the row naming the most template
 * columns (at least 2, or 1 when it is Title/Description), earliest on a tie. Null when none.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  rows.forEach((row, i) => {
    const cols = detectColumns(row);
    const n = Object.keys(cols).length;
    const ok = n >= 2 || cols.title !== undefined || cols.description !== undefined;
    if (ok && n > bestScore) {
      best = i;
      bestScore = n;
    }
  });
  return best;
}

/**
 * Untrusted text for a cell: a value a spreadsheet would read as a formula (leading = + - @,
 * tab or carriage return, per OWASP's CSV-injection guidance) gets the quote prefix, so it is
 * stored and shown as text.
 */
export function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** The cell text for tag ids of one facet: English labels joined by "; ". */
export function tagsCell(facet: Facet, ids: readonly string[]): string {
  return ids.map((id) => labelOf(facet, id)).join(TAG_SEPARATOR);
}

/**
 * Reads a tag cell back: each part may be a label (any UI language) or an id. Unknown parts
 * are returned separately, so the person can be told.
 */
export function parseTagsCell(facet: Facet, cell: unknown): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  const text = String(cell ?? "").trim();
  if (!text) return { ids, unknown };
  const cats = categoriesOf(facet);
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const p = part.toLowerCase();
    const hit =
      getCategory(facet, part) ??
      cats.find((c) => c.id.toLowerCase() === p || Object.values(c.label).some((l) => l && l.toLowerCase() === p));
    if (hit) {
      if (!ids.includes(hit.id)) ids.push(hit.id);
    } else unknown.push(part);
  }
  return { ids, unknown };
}

/** Tracker status cell of an entry the tracker holds ("synced · r3"), as the add-in writes it. */
export function trackerStatusCell(revision: number): string {
  return revision > 0 ? `synced · r${revision}` : "";
}

/** Highest tag score of the entry (0..1, two decimals), or "" when no tag has a score. */
export function confidenceOf(entry: Pick<Entry, "tags">): number | "" {
  let best = -1;
  for (const t of entry.tags) if (t.score !== undefined && t.score > best) best = t.score;
  return best < 0 ? "" : Math.round(best * 100) / 100;
}

/** Evidence quotes of the entry's tags, distinct, joined by " | ", at most `max` characters. */
export function evidenceOf(entry: Pick<Entry, "tags">, max = 1000): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  let len = 0;
  for (const t of entry.tags) {
    for (const s of t.evidence ?? []) {
      const q = s.quote.replace(/\s+/g, " ").trim();
      if (!q || seen.has(q)) continue;
      seen.add(q);
      if (len + q.length > max) return parts.join(" | ");
      parts.push(q);
      len += q.length + 3;
    }
  }
  return parts.join(" | ");
}

function idsOf(entry: Pick<Entry, "tags">, facet: string): string[] {
  const out: string[] = [];
  for (const t of entry.tags) if (t.facet === facet && !out.includes(t.id)) out.push(t.id);
  return out;
}

export type CellValue = string | number;

/** The value of one column for an entry (raw, before `safeCell`). */
export function cellOf(entry: Entry, role: AnyRole): CellValue {
  const facet = ALL_TAG_ROLES[role];
  if (facet) return tagsCell(facet, idsOf(entry, facet));
  switch (role) {
    case "id":
      return entry.id;
    case "country":
      return entry.country ?? "";
    case "title":
      return entry.title;
    case "description":
      return entry.note ?? "";
    case "documentType": {
      const inst = entry.instrument ?? idsOf(entry, "instrument")[0];
      return inst ? labelOf("instrument", inst) : "";
    }
    case "year":
      return entry.year ?? "";
    case "status":
      return entry.policy?.status ?? "";
    case "confidence":
      return confidenceOf(entry);
    case "evidence":
      return evidenceOf(entry);
    case "sourceLink":
      return entry.source.url ?? entry.source.path ?? "";
    case "trackerStatus":
      return trackerStatusCell(entry.revision);
    case "kind":
      return entry.kind;
    case "entryStatus":
      return entry.status;
    case "author":
      return entry.author ?? "";
    case "updated":
      return entry.updatedAt ?? "";
    case "note":
      return entry.note ?? "";
    case "language":
      return entry.language ?? "";
    default:
      return "";
  }
}

/** The columns of an export: the template columns, and with `extra` the appended ones. */
export function exportColumns(extra = true): ColumnDef[] {
  return COLUMNS.filter((c) => extra || !c.extra);
}

/** Header row of `columns` (default: every column). */
export function headerRow(columns: readonly ColumnDef[] = COLUMNS): string[] {
  return columns.map((c) => c.header);
}

/**
 * One entry as the cell values of `columns` (default: every column). Text values pass
 * through `safeCell`; numbers stay numbers.
 */
export function entryToRow(entry: Entry, columns: readonly ColumnDef[] = COLUMNS): CellValue[] {
  return columns.map((c) => {
    const v = cellOf(entry, c.role);
    return typeof v === "number" ? v : safeCell(v);
  });
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. */
export function csvField(v: CellValue): string {
  const s = typeof v === "number" ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without the line break) of already-safe cell values. */
export function csvLine(values: readonly CellValue[]): string {
  return values.map(csvField).join(",");
}
