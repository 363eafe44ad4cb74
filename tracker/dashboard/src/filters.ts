/**
 * The dashboard's filters and route, and their round trip through the URL hash
 * (`#/entries?country=MDA&facet=theme&tag=remittances`). Pure: no DOM. The token is never
 * part of any of this.
 */
import type { EntryFilter } from "../../../shared/sync/client";
import { getCategory } from "../../../shared/taxonomy/categories";
import { FACETS, type Facet } from "../../../shared/taxonomy/types";

export const STATUSES = ["suggested", "confirmed", "rejected"] as const;
export const KINDS = ["document", "passage", "row"] as const;
export type Status = (typeof STATUSES)[number];
export type Kind = (typeof KINDS)[number];

export interface Filters {
  country?: string;
  facet?: Facet;
  tag?: string;
  status?: Status;
  kind?: Kind;
  author?: string;
  /** Updated on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Updated on or before this day (YYYY-MM-DD, UTC). */
  to?: string;
  q?: string;
}

/** The order the keys appear in a query string. */
export const FILTER_KEYS = ["country", "facet", "tag", "status", "kind", "author", "from", "to", "q"] as const;

export type View = "entries" | "review" | "coverage";
export const VIEWS: readonly View[] = ["entries", "review", "coverage"];

export interface Route {
  view: View;
  filters: Filters;
  /** The facet the coverage matrix is drawn for. */
  by: Facet;
  /** The entry open in the Entries view (a link to it can be shared). */
  entry?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Keeps only valid values: a hand-edited or stale URL never sends a bad query. */
export function cleanFilters(input: Record<string, string | null | undefined>): Filters {
  const f: Filters = {};
  const country = input.country?.trim().toUpperCase();
  if (country && /^[A-Z]{3}$/.test(country)) f.country = country;
  const facet = oneOf(FACETS, input.facet ?? null);
  if (facet) {
    f.facet = facet;
    const tag = input.tag?.trim();
    if (tag && getCategory(facet, tag)) f.tag = tag;
  }
  const status = oneOf(STATUSES, input.status ?? null);
  if (status) f.status = status;
  const kind = oneOf(KINDS, input.kind ?? null);
  if (kind) f.kind = kind;
  const author = input.author?.trim();
  if (author) f.author = author.slice(0, 200);
  const from = input.from?.trim();
  if (from && isDay(from)) f.from = from;
  const to = input.to?.trim();
  if (to && isDay(to)) f.to = to;
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  const q = input.q?.trim();
  if (q) f.q = q.slice(0, 500);
  return f;
}

export function filtersToQuery(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v) p.set(k, v);
  }
  return p.toString();
}

export function queryToFilters(qs: string): Filters {
  const p = new URLSearchParams(qs.startsWith("?") ? qs.slice(1) : qs);
  const raw: Record<string, string | null> = {};
  for (const k of FILTER_KEYS) raw[k] = p.get(k);
  return cleanFilters(raw);
}

export function routeToHash(r: Route): string {
  const p = new URLSearchParams(filtersToQuery(r.filters));
  if (r.view === "coverage" && r.by !== "theme") p.set("by", r.by);
  if (r.view === "entries" && r.entry && UUID.test(r.entry)) p.set("entry", r.entry);
  const s = p.toString();
  return `#/${r.view}${s ? `?${s}` : ""}`;
}

export function hashToRoute(hash: string): Route {
  const h = hash.replace(/^#\/?/, "");
  const qi = h.indexOf("?");
  const path = qi >= 0 ? h.slice(0, qi) : h;
  const qs = qi >= 0 ? h.slice(qi + 1) : "";
  const view = oneOf(VIEWS, path) ?? "entries";
  const p = new URLSearchParams(qs);
  const by = oneOf(FACETS, p.get("by")) ?? "theme";
  const route: Route = { view, filters: queryToFilters(qs), by };
  const entry = p.get("entry")?.toLowerCase();
  if (view === "entries" && entry && UUID.test(entry)) route.entry = entry;
  return route;
}

/** End of a UTC day as an ISO time, for comparing with updatedAt. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/**
 * The tracker's query for these filters (docs/api.md). `from` is the API's `since`; the API
 * has no upper bound, so `to` is applied by the dashboard to the rows it shows (see
 * withinTo) and said on screen.
 */
export function toApiFilter(f: Filters): EntryFilter {
  const out: EntryFilter = {};
  if (f.country) out.country = f.country;
  if (f.facet) {
    out.facet = f.facet;
    if (f.tag) out.tag = f.tag;
  }
  if (f.status) out.status = f.status;
  if (f.kind) out.kind = f.kind;
  if (f.author) out.author = f.author;
  if (f.from) out.since = `${f.from}T00:00:00.000Z`;
  if (f.q) out.q = f.q;
  return out;
}

/** The query string of toApiFilter, for export and stats URLs. */
export function apiQuery(f: Filters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...toApiFilter(f), ...extra })) {
    if (v !== undefined && v !== "") p.set(k, String(v));
  }
  return p.toString();
}

/** True when the entry was updated on or before the `to` day (or there is no `to`). */
export function withinTo(f: Filters, updatedAt: string | undefined): boolean {
  if (!f.to || !updatedAt) return true;
  return updatedAt <= endOfDay(f.to);
}

export function hasFilters(f: Filters): boolean {
  return FILTER_KEYS.some((k) => Boolean(f[k]));
}
