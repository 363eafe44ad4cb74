/**
 * Rows -> `row` entries for "Push to tracker" (pure), and the Tracker status cell text.
 */
import { EntryIdSchema, type Entry, type EntryTag } from "../../shared/entry/entry";
import type { TagResult } from "../../shared/tagger/types";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import type { Facet } from "../../shared/taxonomy/types";
import { rowText } from "./plan";
import { instrumentOf, parseTagsCell, POLICY_STATUSES, type Role, TAG_ROLES } from "./template";

export interface RowSource {
  workbook: string;
  sheet: string;
  table?: string;
}

export interface RowEntryResult {
  entry: Entry | null;
  /** True when the ID cell was empty (or not a UUID) and a new id was made. */
  newId: boolean;
  /** Things the person should know (unknown tag labels, a bad country code...). */
  warnings: string[];
}

function str(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Tracker status cell: "queued", "synced · r3", "conflict · r5 on tracker", "invalid: ...". */
export function statusCell(state: string, revision?: number, detail?: string): string {
  if (state === "synced" && revision) return `synced · r${revision}`;
  if (state === "conflict") return revision ? `conflict · r${revision} on tracker` : "conflict · deleted on tracker";
  if (detail) return `${state}: ${detail}`.slice(0, 250);
  return state;
}

/** The tracker revision a status cell records ("synced · r3" -> 3), or 0. */
export function revisionOfStatus(cell: unknown): number {
  const m = /^synced · r(\d+)$/.exec(str(cell));
  return m ? Number(m[1]) : 0;
}

export function rowToEntry(
  row: readonly unknown[],
  columns: Partial<Record<Role, number>>,
  textColumns: readonly number[],
  source: RowSource,
  makeId: () => string,
  tag: (text: string) => TagResult,
  defaultCountry = "",
): RowEntryResult {
  const warnings: string[] = [];
  const cell = (r: Role) => (columns[r] === undefined ? "" : str(row[columns[r]!]));
  const text = rowText(row, textColumns);
  const title = cell("title") || text.slice(0, 200);
  if (!title) return { entry: null, newId: false, warnings };

  let id = cell("id").toLowerCase();
  let newId = false;
  if (!EntryIdSchema.safeParse(id).success) {
    if (id) warnings.push(`ID "${cell("id")}" is not a UUID: a new one was written`);
    id = makeId();
    newId = true;
  }

  const suggested = text ? tag(text) : null;
  const tags: EntryTag[] = [];
  for (const [role, facet] of Object.entries(TAG_ROLES) as [Role, Facet][]) {
    if (columns[role] === undefined) continue;
    const { ids, unknown } = parseTagsCell(facet, row[columns[role]!]);
    if (unknown.length) warnings.push(`${facet}: not in the taxonomy: ${unknown.join(", ")}`);
    for (const tid of ids) {
      const auto = suggested?.tags.find((t) => t.facet === facet && t.id === tid);
      tags.push(
        auto
          ? { facet, id: tid, score: auto.score, origin: "auto", evidence: auto.evidence.slice(0, 5) }
          : { facet, id: tid, origin: "human" },
      );
    }
  }
  const instrument = instrumentOf(cell("documentType"));
  if (instrument) tags.push({ facet: "instrument", id: instrument, origin: "human" });

  const entry: Entry = {
    id,
    revision: columns.trackerStatus === undefined ? 0 : revisionOfStatus(row[columns.trackerStatus]),
    kind: "row",
    title: title.slice(0, 1000),
    source: {
      type: "excel",
      workbook: source.workbook.slice(0, 1000),
      sheet: source.sheet.slice(0, 300),
      ...(source.table ? { table: source.table.slice(0, 300) } : {}),
      rowKey: id,
    },
    tags,
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
  };
  const link = cell("sourceLink");
  if (/^https?:\/\//i.test(link)) entry.source.url = link.slice(0, 4000);
  const country = (cell("country") || defaultCountry).toUpperCase();
  if (/^[A-Z]{3}$/.test(country)) entry.country = country;
  else if (country) warnings.push(`Country "${country}" is not an ISO 3166-1 alpha-3 code`);
  const yearText = cell("year");
  const year = Number(yearText);
  if (yearText && Number.isInteger(year) && year >= 1800 && year <= 2200) entry.year = year;
  else if (yearText) warnings.push(`Year "${yearText}" is not a year`);
  if (instrument) entry.instrument = instrument;
  const status = cell("status").toLowerCase().replace(/\s+/g, "-");
  if ((POLICY_STATUSES as readonly string[]).includes(status)) {
    entry.policy = { status: status as (typeof POLICY_STATUSES)[number] };
  } else if (status) warnings.push(`Status "${cell("status")}" is not one of ${POLICY_STATUSES.join(", ")}`);
  const description = cell("description");
  if (description) entry.note = description.slice(0, 20_000);
  if (suggested?.language) entry.language = suggested.language;
  return { entry, newId, warnings };
}
