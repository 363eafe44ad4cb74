/**
 * The indicator template as the add-in sees it: column roles, header detection, cell text of
 * tags, and the cell escaping that keeps untrusted text from becoming a formula.
 *
 * BRIDGE: the one definition of the template columns, header detection and `safeCell` is
 * shared/entry/columns.ts (written by the tracker helper). Until it lands this module holds
 * the add-in's view of them; when it lands, this file re-exports from it and keeps only the
 * add-in specific helpers, so the rest of addin/ does not change.
 */
import { getCategory, categoriesOf, labelOf } from "../../shared/taxonomy/categories";
import type { Facet } from "../../shared/taxonomy/types";

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

/** The template's header text of each role, in template order. */
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

/** Other headers officers' own templates use for the same thing (normalised form). */
const SYNONYMS: Record<string, Role> = {
  id: "id",
  rowid: "id",
  key: "id",
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
  confidence: "confidence",
  evidence: "evidence",
  sourcelink: "sourceLink",
  source: "sourceLink",
  link: "sourceLink",
  url: "sourceLink",
  trackerstatus: "trackerStatus",
};

function norm(h: unknown): string {
  return String(h ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The role a header cell names, or null. */
export function roleOfHeader(h: unknown): Role | null {
  return SYNONYMS[norm(h)] ?? null;
}

/** Role -> column index of a header row (first match wins). */
export function detectColumns(header: readonly unknown[]): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  header.forEach((h, i) => {
    const r = roleOfHeader(h);
    if (r && out[r] === undefined) out[r] = i;
  });
  return out;
}

/**
 * Finds the header row among the first rows of a sheet: the row naming the most template
 * roles (at least 2, or 1 when it is Title/Description), earliest on a tie. Null when none.
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
 * Untrusted text for a cell: a value Excel would read as a formula (leading = + - @, or a tab
 * or carriage return, per OWASP's CSV-injection guidance) gets Excel's quote prefix, so it is
 * stored and shown as text. Numbers stay numbers.
 */
export function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Facet of each multi-valued tag column. */
export const TAG_ROLES: Partial<Record<Role, Facet>> = {
  themes: "theme",
  sectors: "sector",
  gcm: "gcm",
  sdg: "sdg",
};

export const TAG_SEPARATOR = "; ";

/** The cell text for tag ids of one facet: labels joined by "; ". */
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
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
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

/** Document type drop-down: labels of the instrument facet. */
export function documentTypeLabels(): string[] {
  return categoriesOf("instrument").map((c) => c.label.en);
}

/** Instrument id of a Document type cell (label or id), or undefined. */
export function instrumentOf(cell: unknown): string | undefined {
  return parseTagsCell("instrument", cell).ids[0];
}

/** Policy status values (the Entry's policy.status), as the Status drop-down shows them. */
export const POLICY_STATUSES = ["draft", "adopted", "in-force", "amended", "repealed"] as const;
