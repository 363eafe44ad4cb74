/**
 * The indicator template as the add-in sees it. The column definition itself (roles, headers,
 * header detection, tag cells, `safeCell`) is shared/entry/columns.ts, the one definition the
 * tracker's export and the bulk import also use; this module re-exports it and adds the few
 * add-in helpers (drop-down lists, Document type and Status cells).
 */
import { categoriesOf } from "../../shared/taxonomy/categories";
import { parseTagsCell } from "../../shared/entry/columns";

export {
  detectColumns,
  findHeaderRow,
  HEADERS,
  parseTagsCell,
  ROLES,
  type Role,
  roleOfHeader,
  safeCell,
  TAG_ROLES,
  TAG_SEPARATOR,
  tagsCell,
} from "../../shared/entry/columns";

/** Document type drop-down: labels of the instrument facet. */
export function documentTypeLabels(): string[] {
  return categoriesOf("instrument").map((c) => c.label.en);
}

/** Instrument id of a Document type cell (label in any UI language, or id), or undefined. */
export function instrumentOf(cell: unknown): string | undefined {
  return parseTagsCell("instrument", cell).ids[0];
}

/** Policy status values (the Entry's policy.status), as the Status drop-down shows them. */
export const POLICY_STATUSES = ["draft", "adopted", "in-force", "amended", "repealed"] as const;
