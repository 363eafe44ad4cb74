import { describe, expect, it } from "vitest";
import {
  apiQuery,
  cleanFilters,
  type Filters,
  filtersToQuery,
  hashToRoute,
  queryToFilters,
  routeToHash,
  toApiFilter,
  withinTo,
} from "../../tracker/dashboard/src/filters";

describe("dashboard filters ↔ query string", () => {
  it("round-trips every filter through the query string", () => {
    const f: Filters = {
      country: "MDA",
      facet: "theme",
      tag: "remittances",
      status: "suggested",
      kind: "passage",
      author: "ana & co",
      from: "2026-01-01",
      to: "2026-11-30",
      q: "labour migration = \"quotas\"",
    };
    const qs = filtersToQuery(f);
    expect(qs).toContain("country=MDA");
    expect(qs).toContain("author=ana+%26+co");
    expect(queryToFilters(qs)).toEqual(f);
    expect(queryToFilters(`?${qs}`)).toEqual(f);
  });

  it("omits empty filters and keeps a stable key order", () => {
    expect(filtersToQuery({})).toBe("");
    expect(filtersToQuery({ q: "x", country: "SRB" })).toBe("country=SRB&q=x");
  });

  it("drops invalid values from a hand-edited URL", () => {
    const f = queryToFilters("country=moldova&facet=colour&tag=remittances&status=done&kind=row&from=2026-02-30&to=x&author=%20%20");
    expect(f).toEqual({ kind: "row" });
  });

  it("upper-cases a country code, drops a tag that is not in the facet, swaps a reversed date range", () => {
    expect(cleanFilters({ country: "tun" }).country).toBe("TUN");
    expect(cleanFilters({ facet: "sector", tag: "remittances" })).toEqual({ facet: "sector" });
    expect(cleanFilters({ tag: "remittances" })).toEqual({});
    expect(cleanFilters({ from: "2026-05-01", to: "2026-01-01" })).toEqual({ from: "2026-01-01", to: "2026-05-01" });
  });

  it("maps to the API's query: from → since (start of the day, UTC); `to` is not sent", () => {
    const f: Filters = { country: "KGZ", facet: "gcm", tag: "gcm-01", from: "2026-03-04", to: "2026-03-05", q: "data" };
    expect(toApiFilter(f)).toEqual({ country: "KGZ", facet: "gcm", tag: "gcm-01", since: "2026-03-04T00:00:00.000Z", q: "data" });
    const p = new URLSearchParams(apiQuery(f, { format: "csv" }));
    expect(p.get("format")).toBe("csv");
    expect(p.get("since")).toBe("2026-03-04T00:00:00.000Z");
    expect(p.has("to")).toBe(false);
    expect(p.has("from")).toBe(false);
  });

  it("applies `to` as the end of that UTC day", () => {
    const f: Filters = { to: "2026-03-05" };
    expect(withinTo(f, "2026-03-05T23:59:59.000Z")).toBe(true);
    expect(withinTo(f, "2026-03-06T00:00:00.000Z")).toBe(false);
    expect(withinTo({}, "2099-01-01T00:00:00.000Z")).toBe(true);
  });
});

describe("dashboard route in the URL hash", () => {
  it("round-trips view, filters and the coverage facet", () => {
    const r = { view: "coverage" as const, filters: { country: "BGD", status: "confirmed" as const }, by: "sector" as const };
    const h = routeToHash(r);
    expect(h).toBe("#/coverage?country=BGD&status=confirmed&by=sector");
    expect(hashToRoute(h)).toEqual(r);
  });

  it("defaults to the entries view and the theme facet", () => {
    expect(hashToRoute("")).toEqual({ view: "entries", filters: {}, by: "theme" });
    expect(hashToRoute("#/nonsense?by=nope")).toEqual({ view: "entries", filters: {}, by: "theme" });
    expect(routeToHash({ view: "review", filters: {}, by: "theme" })).toBe("#/review");
  });

  it("carries the open entry on the entries view only, as a valid lower-case UUID", () => {
    const id = "01930000-0000-7000-8000-0000000000ab";
    const h = routeToHash({ view: "entries", filters: { country: "MDA" }, by: "theme", entry: id });
    expect(h).toBe(`#/entries?country=MDA&entry=${id}`);
    expect(hashToRoute(h)).toEqual({ view: "entries", filters: { country: "MDA" }, by: "theme", entry: id });
    expect(hashToRoute(`#/entries?entry=${id.toUpperCase()}`).entry).toBe(id);
    expect(hashToRoute("#/entries?entry=../../x").entry).toBeUndefined();
    expect(hashToRoute(`#/review?entry=${id}`).entry).toBeUndefined();
    expect(routeToHash({ view: "coverage", filters: {}, by: "theme", entry: id })).toBe("#/coverage");
  });

  it("never carries a token", () => {
    const r = hashToRoute("#/entries?token=secret&country=MAR");
    expect(routeToHash(r)).not.toContain("secret");
    expect(r.filters).toEqual({ country: "MAR" });
  });
});
