/**
 * Coverage: a country × category matrix for any facet (counts, shaded; programme countries
 * first) and the number of entries per month as an SVG bar chart. A cell is a button: it opens
 * the Entries table filtered to that country and category.
 */
import { useEffect, useState } from "preact/hooks";
import type { FacetStats, SeriesStats } from "../../../shared/sync/client";
import { categoriesOf } from "../../../shared/taxonomy/categories";
import { PROGRAMME_COUNTRIES } from "../../../shared/taxonomy/countries";
import type { Facet } from "../../../shared/taxonomy/types";
import type { Session } from "./App";
import { FilterBar } from "./FilterBar";
import type { Filters } from "./filters";
import { toApiFilter } from "./filters";
import { countryName, FACET_LIST, facetLabel, monthLabel } from "./format";
import { buildMatrix, fillMonths, niceScale, SHADES, shadeColours, shadeLevel } from "./matrix";

export function CoverageView({
  session,
  filters,
  by,
  onBy,
  onFilters,
  onCell,
}: {
  session: Session;
  filters: Filters;
  by: Facet;
  onBy: (f: Facet) => void;
  onFilters: (f: Filters) => void;
  onCell: (f: Filters) => void;
}) {
  const [stats, setStats] = useState<FacetStats | null>(null);
  const [series, setSeries] = useState<SeriesStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    // The stats route's `facet` names the matrix's facet, so the facet/category filter does not
    // apply here (the filter bar hides it).
    const { facet: _f, tag: _t, ...api } = toApiFilter(filters);
    Promise.all([session.client.stats({ ...api, facet: by }), session.client.stats({ ...api, over: "month" })]).then(
      ([s, m]) => {
        if (!live) return;
        setStats(s as FacetStats);
        setSeries(m as SeriesStats);
        setLoading(false);
      },
      (e) => {
        if (!live) return;
        setError(session.fail(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [filters, by, session]);

  const matrix = stats ? buildMatrix(stats, categoriesOf(by), PROGRAMME_COUNTRIES) : null;

  return (
    <section aria-labelledby="coverage-title">
      <div class="head">
        <h1 id="coverage-title">Coverage</h1>
        <p class="muted" aria-live="polite">
          {matrix ? `${matrix.total} ${matrix.total === 1 ? "entry" : "entries"} match the filters` : ""}
        </p>
      </div>
      <FilterBar filters={filters} onFilters={onFilters} hide={["to", "facet", "tag"]} idPrefix="cf" />
      <div class="field inline">
        <label for="by-facet">Matrix by facet</label>
        <select id="by-facet" value={by} onChange={(e) => onBy((e.target as HTMLSelectElement).value as Facet)}>
          {FACET_LIST.map((f) => (
            <option key={f} value={f}>
              {facetLabel(f)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {loading && (
        <p role="status" class="muted">
          Counting…
        </p>
      )}
      {matrix && !loading && (
        <>
          <h2>Entries by country and {facetLabel(by).toLowerCase()}</h2>
          <p class="hint">
            Counts of entries tagged with each category{filters.status ? ` (${filters.status} only)` : ", whatever their status — choose Status: Confirmed to count only reviewed entries"}. Select a cell to see its entries.
          </p>
          <Legend max={matrix.max} />
          <div class="matrix-wrap">
            <table class="matrix">
              <caption class="sr-only">
                Number of entries per country (rows) and {facetLabel(by)} category (columns). Programme countries first.
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="corner">
                    Country
                  </th>
                  <th scope="col" class="num">
                    All
                  </th>
                  {matrix.columns.map((c) => (
                    <th key={c.id} scope="col" class="rot" title={`${c.label.en}: ${c.definition}`}>
                      <span>{c.label.en}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((r) => (
                  <tr key={r.country ?? "none"} class={r.programme ? "programme" : ""}>
                    <th scope="row">
                      {countryName(r.country)}
                      {r.programme && <span class="sr-only"> (programme country)</span>}
                    </th>
                    <td class="num">
                      {r.country && r.total > 0 ? (
                        <button
                          type="button"
                          class="link"
                          aria-label={`${countryName(r.country)}: all ${r.total} ${r.total === 1 ? "entry" : "entries"}`}
                          data-country={r.country}
                          data-tag=""
                          onClick={() => onCell({ ...filters, country: r.country ?? undefined, facet: undefined, tag: undefined })}
                        >
                          {r.total}
                        </button>
                      ) : (
                        r.total
                      )}
                    </td>
                    {matrix.columns.map((c) => {
                      const n = r.cells[c.id] ?? 0;
                      const lvl = shadeLevel(n, matrix.max);
                      const col = shadeColours(lvl);
                      const label = `${countryName(r.country)}, ${c.label.en}: ${n} ${n === 1 ? "entry" : "entries"}`;
                      if (n === 0 || !r.country) {
                        return (
                          <td key={c.id} class={n === 0 ? "cell zero" : "cell"} style={{ background: col.background, color: n === 0 ? undefined : col.color }} title={label}>
                            <span aria-hidden="true">{n === 0 ? "·" : n}</span>
                            <span class="sr-only">{label}</span>
                          </td>
                        );
                      }
                      return (
                        <td key={c.id} class="cell" style={{ background: col.background, color: col.color }}>
                          <button
                            type="button"
                            aria-label={label}
                            title={label}
                            data-country={r.country}
                            data-tag={c.id}
                            onClick={() => onCell({ ...filters, country: r.country ?? undefined, facet: by, tag: c.id })}
                          >
                            {n}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {matrix.total === 0 && <p class="empty">No entries match these filters yet, so every cell is empty.</p>}
          <h2>Entries per month</h2>
          <p class="hint">Entries created each month (by the date the tracker first stored them).</p>
          {series && <MonthChart series={series.series} />}
        </>
      )}
    </section>
  );
}

function Legend({ max }: { max: number }) {
  const steps = Array.from({ length: SHADES + 1 }, (_, l) => l);
  return (
    <div class="legend" aria-hidden="true">
      <span class="muted small">Fewer</span>
      {steps.map((l) => (
        <span key={l} class="swatch" style={{ background: shadeColours(l).background }} />
      ))}
      <span class="muted small">More (largest cell: {max})</span>
    </div>
  );
}

export function MonthChart({ series }: { series: SeriesStats["series"] }) {
  const data = fillMonths(series, 6);
  if (data.length === 0) return <p class="empty">No entries yet, so there is nothing to draw.</p>;
  const max = Math.max(...data.map((d) => d.count));
  const { top, step } = niceScale(max);
  const W = 760;
  const H = 260;
  const m = { l: 44, r: 12, t: 12, b: 44 };
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const bw = iw / data.length;
  const barW = Math.max(1, Math.min(56, bw * 0.7));
  const y = (v: number) => m.t + ih - (v / top) * ih;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const labelEvery = Math.max(1, Math.ceil(data.length / 12));
  const total = data.reduce((s, d) => s + d.count, 0);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="chart-title">Entries per month</title>
        <desc id="chart-desc">
          {`${total} entries from ${monthLabel(data[0].period)} to ${monthLabel(data[data.length - 1].period)}; the busiest month had ${max}.`}
        </desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={m.l} x2={W - m.r} y1={y(v)} y2={y(v)} class="grid" />
            <text x={m.l - 6} y={y(v) + 4} text-anchor="end" class="axis">
              {v}
            </text>
          </g>
        ))}
        {data.map((d, k) => {
          const h = (d.count / top) * ih;
          const x = m.l + k * bw;
          return (
            <g key={d.period}>
              <rect x={x + (bw - barW) / 2} y={m.t + ih - h} width={barW} height={h} class="bar">
                <title>{`${monthLabel(d.period)}: ${d.count}`}</title>
              </rect>
              {d.count > 0 && bw >= 28 && (
                <text x={x + bw / 2} y={m.t + ih - h - 4} text-anchor="middle" class="val">
                  {d.count}
                </text>
              )}
              {k % labelEvery === 0 && (
                <text x={x + bw / 2} y={H - m.b + 18} text-anchor="middle" class="axis">
                  {monthLabel(d.period)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={m.l} x2={W - m.r} y1={m.t + ih} y2={m.t + ih} class="baseline" />
      </svg>
      <table class="sr-only">
        <caption>Entries per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Entries</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.period}>
              <td>{monthLabel(d.period)}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
