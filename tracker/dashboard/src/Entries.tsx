/**
 * Entries: the filtered table with cursor paging ("Load more"), the count of matches, export
 * of the current filter, and the entry detail dialog.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Entry } from "../../../shared/entry/entry";
import type { FacetStats } from "../../../shared/sync/client";
import { labelOf } from "../../../shared/taxonomy/categories";
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from "./api";
import type { Session } from "./App";
import { EntryDetail } from "./EntryDetail";
import { FilterBar } from "./FilterBar";
import { type Filters, hasFilters, toApiFilter, withinTo } from "./filters";
import { cap, countryName, formatDate } from "./format";
import { sortTags } from "./review";

const PAGE = 50;
/** With an "Updated to" day, pages of newer entries are skipped; at most this many per click. */
const MAX_SKIP_PAGES = 20;

interface State {
  entries: Entry[];
  next: string | null;
  loading: boolean;
  error: string | null;
}

export function EntriesView({
  session,
  filters,
  onFilters,
  entryId,
  onEntry,
}: {
  session: Session;
  filters: Filters;
  onFilters: (f: Filters) => void;
  /** The entry open in the detail dialog (from the address), if any. */
  entryId?: string;
  onEntry: (id: string | undefined) => void;
}) {
  const [st, setSt] = useState<State>({ entries: [], next: null, loading: true, error: null });
  const [total, setTotal] = useState<number | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportMsg, setExportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const gen = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);

  const load = async (cursor: string | null, keep: Entry[]) => {
    const my = ++gen.current;
    setSt((s) => ({ ...s, loading: true, error: null }));
    try {
      const api = toApiFilter(filters);
      let page = await session.client.listEntries({ ...api, limit: PAGE, cursor: cursor ?? undefined });
      let rows = page.entries.filter((e) => withinTo(filters, e.updatedAt));
      for (let i = 0; filters.to && rows.length === 0 && page.next && i < MAX_SKIP_PAGES; i++) {
        page = await session.client.listEntries({ ...api, limit: 500, cursor: page.next });
        rows = page.entries.filter((e) => withinTo(filters, e.updatedAt));
      }
      if (my !== gen.current) return;
      setSt({ entries: [...keep, ...rows], next: page.next, loading: false, error: null });
    } catch (e) {
      if (my !== gen.current) return;
      setSt((s) => ({ ...s, loading: false, error: session.fail(e) }));
    }
  };

  useEffect(() => {
    setTotal(null);
    void load(null, []);
    let live = true;
    // The stats total counts entries for the filters; the API's stats cannot express "has any
    // tag of a facet" (its facet names the columns), nor an upper date, so no count then.
    if (!filters.to && !(filters.facet && !filters.tag)) {
      session.client.stats({ ...toApiFilter(filters), facet: filters.facet ?? "theme" }).then(
        (s) => {
          if (live) setTotal((s as FacetStats).total);
        },
        () => {
          // the count is a nicety; the table shows its own error
        },
      );
    }
    return () => {
      live = false;
    };
  }, [filters, session]);

  const doExport = async (format: ExportFormat) => {
    setExporting(format);
    setExportMsg(null);
    try {
      const name = await downloadExport(session.token, filters, format);
      setExportMsg({ ok: true, text: `Downloaded ${name}.` });
    } catch (e) {
      setExportMsg({ ok: false, text: `Export failed: ${session.fail(e)}` });
    } finally {
      setExporting(null);
    }
  };

  const shownCount = st.entries.length;
  return (
    <section aria-labelledby="entries-title">
      <div class="head">
        <h1 id="entries-title">Entries</h1>
        <p class="muted" aria-live="polite">
          {total !== null ? `${total} ${total === 1 ? "entry matches" : "entries match"}` : ""}
          {total !== null && shownCount > 0 ? `; showing ${shownCount}` : ""}
        </p>
      </div>
      <FilterBar filters={filters} onFilters={onFilters} idPrefix="ef" />
      {filters.to && (
        <p class="hint">
          "Updated to" narrows this table; the tracker's API has no upper date bound yet, so counts and exports include entries
          updated later.
        </p>
      )}
      <fieldset class="export">
        <legend>Export {hasFilters(filters) ? "this filter" : "all entries"}:</legend>
        {EXPORT_FORMATS.map((f) => (
          <button key={f.format} type="button" onClick={() => doExport(f.format)} disabled={exporting !== null} data-format={f.format}>
            {exporting === f.format ? "Preparing…" : f.label}
          </button>
        ))}
        {exportMsg && (
          <span class={exportMsg.ok ? "ok" : "error"} role={exportMsg.ok ? "status" : "alert"}>
            {exportMsg.text}
          </span>
        )}
      </fieldset>
      {st.error && (
        <div class="banner error" role="alert">
          {st.error}{" "}
          <button type="button" onClick={() => load(null, [])}>
            Try again
          </button>
        </div>
      )}
      {!st.loading && !st.error && st.entries.length === 0 && (
        <div class="empty">
          <p>{hasFilters(filters) ? "No entries match these filters." : "The tracker has no entries yet."}</p>
          {hasFilters(filters) && (
            <button type="button" onClick={() => onFilters({})}>
              Clear the filters
            </button>
          )}
        </div>
      )}
      {st.entries.length > 0 && (
        <div class="table-wrap">
          <table class="entries">
            <caption class="sr-only">Entries, most recently updated first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Country</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Tags</th>
                <th scope="col">Author</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {st.entries.map((e) => {
                const tags = sortTags(e.tags);
                return (
                  <tr key={e.id} data-id={e.id}>
                    <td class="title">
                      <button
                        type="button"
                        class="link"
                        onClick={(ev) => {
                          returnFocus.current = ev.currentTarget as HTMLElement;
                          onEntry(e.id);
                        }}
                      >
                        {e.title || "(untitled)"}
                      </button>
                    </td>
                    <td>{countryName(e.country)}</td>
                    <td>{cap(e.kind)}</td>
                    <td>
                      <span class={`pill ${e.status}`}>{cap(e.status)}</span>
                    </td>
                    <td class="tags">
                      {tags.slice(0, 3).map((t) => (
                        <span key={`${t.facet}:${t.id}`} class="chip" title={t.facet}>
                          {labelOf(t.facet, t.id)}
                        </span>
                      ))}
                      {tags.length > 3 && <span class="muted"> +{tags.length - 3}</span>}
                      {tags.length === 0 && <span class="muted">none</span>}
                    </td>
                    <td>{e.author ?? ""}</td>
                    <td class="when">
                      <time dateTime={e.updatedAt}>{formatDate(e.updatedAt)}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div class="more">
        {st.loading && (
          <p role="status" class="muted">
            Loading entries…
          </p>
        )}
        {!st.loading && st.next && (
          <button type="button" onClick={() => load(st.next, st.entries)}>
            Load more
          </button>
        )}
        {!st.loading && !st.next && st.entries.length > 0 && <p class="muted">End of the list.</p>}
      </div>
      {entryId && (
        <EntryDetail
          key={entryId}
          session={session}
          id={entryId}
          initial={st.entries.find((e) => e.id === entryId)}
          onClose={() => {
            onEntry(undefined);
            returnFocus.current?.focus();
          }}
        />
      )}
    </section>
  );
}
