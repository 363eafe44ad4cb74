/**
 * Extracted text or rows + tagger results → Entries (shared/entry/entry.ts). Pure apart from
 * the id maker passed in.
 */
import type { Entry, EntryTag, Span } from "../../shared/entry/entry";
import { pageAt } from "../../shared/extract/pdf-text";
import type { TagResult } from "../../shared/tagger/types";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { detectColumns } from "../../shared/entry/columns";
import { textColumnsOf, titleColumnOf } from "./columns";
import type { DocumentText, TableData } from "./extract";

export interface FileSource {
  path: string;
  sha256: string;
}

type Tagger = (text: string, options?: { title?: string; maxEvidence?: number }) => TagResult;

function tagsOf(result: TagResult, pageStarts?: number[]): EntryTag[] {
  const tags: EntryTag[] = [];
  for (const t of result.tags.slice(0, 500)) {
    const evidence: Span[] = t.evidence.slice(0, 50).map((s) => ({
      start: s.start,
      end: s.end,
      quote: s.quote.slice(0, 2000),
      ...(pageStarts ? { page: pageAt(s.start, pageStarts) } : {}),
    }));
    tags.push({ facet: t.facet, id: t.id, score: Math.min(1, Math.max(0, t.score)), origin: "auto", evidence });
  }
  return tags;
}

function describe(entry: Entry, result: TagResult): Entry {
  if (result.country[0] && /^[A-Z]{3}$/.test(result.country[0])) entry.country = result.country[0];
  if (result.language && /^[a-z]{2}$/.test(result.language)) entry.language = result.language;
  if (result.year && result.year >= 1800 && result.year <= 2200) entry.year = result.year;
  if (result.instrument) entry.instrument = result.instrument.slice(0, 40);
  return entry;
}

export function documentEntry(doc: DocumentText, src: FileSource, id: string, tag: Tagger): Entry {
  const result = tag(doc.text, { title: doc.title, maxEvidence: 5 });
  return describe(
    {
      id,
      revision: 0,
      kind: "document",
      title: doc.title.slice(0, 1000),
      source: { type: "file", path: src.path.slice(0, 4000), sha256: src.sha256 },
      tags: tagsOf(result, doc.pageStarts),
      status: "suggested",
      taxonomyVersion: TAXONOMY_VERSION,
    },
    result,
  );
}

export interface RowOptions {
  /** Text columns named by the person (header names or 1-based numbers); else detected. */
  textColumns?: string[];
}

export interface RowsOutcome {
  entries: Entry[];
  warnings: string[];
}

/** Resolves `--text-columns` (names, case-insensitive, or 1-based numbers) against a header. */
export function pickColumns(header: string[], wanted: string[]): number[] {
  const out: number[] = [];
  for (const w of wanted) {
    const n = Number(w);
    if (Number.isInteger(n) && n >= 1) out.push(n - 1);
    else {
      const i = header.findIndex((h) => h.trim().toLowerCase() === w.trim().toLowerCase());
      if (i >= 0) out.push(i);
    }
  }
  return [...new Set(out)];
}

export function rowEntries(table: TableData, src: FileSource, makeId: () => string, tag: Tagger, opts: RowOptions): RowsOutcome {
  const entries: Entry[] = [];
  const warnings: string[] = [];
  for (const sheet of table.sheets) {
    const found = textColumnsOf(sheet.rows);
    const headerIndex = found.headerRow;
    const header = headerIndex === null ? [] : sheet.rows[headerIndex];
    const columns = opts.textColumns?.length ? pickColumns(header, opts.textColumns) : found.textColumns;
    const label = sheet.name ? `sheet "${sheet.name}"` : "the table";
    if (!columns.length) {
      warnings.push(`${label}: no text column found (name them with --text-columns)`);
      continue;
    }
    const titleCol = titleColumnOf(header);
    const roles = detectColumns(header);
    for (let r = (headerIndex ?? -1) + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const text = columns
        .map((c) => (row[c] ?? "").trim())
        .filter(Boolean)
        .join(".\n");
      if (!text) continue;
      const title = (titleCol !== null && row[titleCol]?.trim()) || text.split("\n")[0].slice(0, 200);
      const result = tag(text, { title, maxEvidence: 2 });
      // What the officer wrote in the Country and Year columns wins over what the tagger found.
      const country = roles.country === undefined ? "" : (row[roles.country] ?? "").trim().toUpperCase();
      if (/^[A-Z]{3}$/.test(country)) result.country = [country, ...result.country.filter((c) => c !== country)];
      const year = roles.year === undefined ? Number.NaN : Number((row[roles.year] ?? "").trim());
      if (Number.isInteger(year) && year >= 1800 && year <= 2200) result.year = year;
      const rowKey = `${sheet.name ? `${sheet.name}!` : ""}${sheet.rowNumbers[r]}`;
      entries.push(
        describe(
          {
            id: makeId(),
            revision: 0,
            kind: "row",
            title: title.slice(0, 1000),
            source: {
              type: "file",
              path: src.path.slice(0, 4000),
              sha256: src.sha256,
              ...(sheet.name ? { sheet: sheet.name.slice(0, 300) } : {}),
              rowKey: rowKey.slice(0, 300),
            },
            tags: tagsOf(result),
            status: "suggested",
            taxonomyVersion: TAXONOMY_VERSION,
          },
          result,
        ),
      );
    }
  }
  return { entries, warnings };
}
