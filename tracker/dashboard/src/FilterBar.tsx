/**
 * The filters every view shares. Text fields apply on Enter or "Apply"; pickers apply at once.
 * The category picker lists the chosen facet's categories.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { categoriesOf } from "../../../shared/taxonomy/categories";
import type { Facet } from "../../../shared/taxonomy/types";
import { cleanFilters, type Filters, filtersToQuery, hasFilters, KINDS, STATUSES } from "./filters";
import { cap, countryOptions, FACET_LIST, facetLabel } from "./format";

type Draft = Record<string, string>;

const toDraft = (f: Filters): Draft => ({
  country: f.country ?? "",
  facet: f.facet ?? "",
  tag: f.tag ?? "",
  status: f.status ?? "",
  kind: f.kind ?? "",
  author: f.author ?? "",
  from: f.from ?? "",
  to: f.to ?? "",
  q: f.q ?? "",
});

export function FilterBar({
  filters,
  onFilters,
  hide = [],
  idPrefix,
}: {
  filters: Filters;
  onFilters: (f: Filters) => void;
  hide?: (keyof Filters)[];
  idPrefix: string;
}) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(filters));
  // The draft follows filters that change from outside (a link, Back, another view), not the
  // ones this bar just applied: those arrive after a render, and resetting the draft then wiped
  // what the person had typed meanwhile (Clear, then typing an author at once, lost the author).
  const applied = useRef(filtersToQuery(filters));
  const current = filtersToQuery(filters);
  useEffect(() => {
    if (current !== applied.current) setDraft(toDraft(filters));
    applied.current = current;
  }, [current]);
  const countries = useMemo(countryOptions, []);
  const cats = draft.facet ? categoriesOf(draft.facet as Facet) : [];
  const id = (k: string) => `${idPrefix}-${k}`;

  const apply = (d: Draft) => {
    const f = cleanFilters(d);
    applied.current = filtersToQuery(f);
    onFilters(f);
  };
  const setText = (k: string) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value });
  const setNow = (k: string) => (e: Event) => {
    const d = { ...draft, [k]: (e.target as HTMLSelectElement).value };
    if (k === "facet") d.tag = "";
    setDraft(d);
    apply(d);
  };
  const shown = (k: keyof Filters) => !hide.includes(k);

  return (
    <form
      class="filters"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      {shown("q") && (
        <div class="field grow">
          <label for={id("q")}>Search titles, notes, quotes</label>
          <input id={id("q")} type="search" value={draft.q} onInput={setText("q")} placeholder="e.g. remittances" />
        </div>
      )}
      {shown("country") && (
        <div class="field">
          <label for={id("country")}>Country</label>
          <select id={id("country")} value={draft.country} onChange={setNow("country")}>
            <option value="">All countries</option>
            <optgroup label="Programme countries">
              {countries
                .filter((c) => c.programme)
                .map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
            <optgroup label="Other countries">
              {countries
                .filter((c) => !c.programme)
                .map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          </select>
        </div>
      )}
      {shown("facet") && (
        <div class="field">
          <label for={id("facet")}>Facet</label>
          <select id={id("facet")} value={draft.facet} onChange={setNow("facet")}>
            <option value="">Any facet</option>
            {FACET_LIST.map((f) => (
              <option key={f} value={f}>
                {facetLabel(f)}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown("tag") && (
        <div class="field">
          <label for={id("tag")}>Category</label>
          <select id={id("tag")} value={draft.tag} onChange={setNow("tag")} disabled={!draft.facet} aria-describedby={draft.facet ? undefined : id("tag-hint")}>
            <option value="">{draft.facet ? "Any category of the facet" : "Choose a facet first"}</option>
            {cats.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label.en}
              </option>
            ))}
          </select>
          {!draft.facet && (
            <span id={id("tag-hint")} class="sr-only">
              Choose a facet first
            </span>
          )}
        </div>
      )}
      {shown("status") && (
        <div class="field">
          <label for={id("status")}>Status</label>
          <select id={id("status")} value={draft.status} onChange={setNow("status")}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {cap(s)}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown("kind") && (
        <div class="field">
          <label for={id("kind")}>Kind</label>
          <select id={id("kind")} value={draft.kind} onChange={setNow("kind")}>
            <option value="">Any kind</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {cap(k)}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown("author") && (
        <div class="field">
          <label for={id("author")}>Author</label>
          <input id={id("author")} type="text" value={draft.author} onInput={setText("author")} placeholder="token name" />
        </div>
      )}
      {shown("from") && (
        <div class="field">
          <label for={id("from")}>Updated from</label>
          <input id={id("from")} type="date" value={draft.from} onInput={setText("from")} />
        </div>
      )}
      {shown("to") && (
        <div class="field">
          <label for={id("to")}>Updated to</label>
          <input id={id("to")} type="date" value={draft.to} onInput={setText("to")} />
        </div>
      )}
      <div class="field actions">
        <button type="submit" class="primary">
          Apply
        </button>
        <button
          type="button"
          disabled={!hasFilters(filters)}
          onClick={() => {
            setDraft(toDraft({}));
            apply({});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
