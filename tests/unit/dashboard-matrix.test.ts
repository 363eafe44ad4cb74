import { describe, expect, it } from "vitest";
import { categoriesOf } from "../../shared/taxonomy/categories";
import { PROGRAMME_COUNTRIES } from "../../shared/taxonomy/countries";
import { buildMatrix, fillMonths, nextMonth, niceScale, SHADES, shadeColours, shadeLevel } from "../../tracker/dashboard/src/matrix";

describe("coverage matrix", () => {
  const themes = categoriesOf("theme");
  const stats = {
    facet: "theme",
    rows: [
      { country: "FRA", id: "remittances", count: 2 },
      { country: "MDA", id: "remittances", count: 7 },
      { country: "MDA", id: "diaspora", count: 1 },
      { country: null, id: "labour-migration", count: 3 },
      { country: "DEU", id: "labour-migration", count: 9 },
      { country: "SRB", id: "not-a-theme", count: 50 },
    ],
    countries: [
      { country: "FRA", count: 2 },
      { country: "MDA", count: 8 },
      { country: "DEU", count: 12 },
      { country: null as unknown as string, count: 4 },
    ],
    total: 26,
  };

  it("puts the eight programme countries first in programme order, even with no entries", () => {
    const m = buildMatrix(stats, themes, PROGRAMME_COUNTRIES);
    expect(m.rows.slice(0, 8).map((r) => r.country)).toEqual([...PROGRAMME_COUNTRIES]);
    expect(m.rows.slice(0, 8).every((r) => r.programme)).toBe(true);
    expect(m.rows.find((r) => r.country === "BGD")).toMatchObject({ total: 0, cells: {} });
  });

  it("then the other countries by entry count, and entries without a country last", () => {
    const m = buildMatrix(stats, themes, PROGRAMME_COUNTRIES);
    expect(m.rows.slice(8).map((r) => r.country)).toEqual(["DEU", "FRA", null]);
  });

  it("fills cells with the counts, ignores ids outside the facet, and finds the maximum", () => {
    const m = buildMatrix(stats, themes, PROGRAMME_COUNTRIES);
    const mda = m.rows.find((r) => r.country === "MDA")!;
    expect(mda.cells).toEqual({ remittances: 7, diaspora: 1 });
    expect(mda.total).toBe(8);
    expect(m.rows.find((r) => r.country === "SRB")!.cells).toEqual({});
    expect(m.max).toBe(9);
    expect(m.total).toBe(26);
    expect(m.columns.map((c) => c.id)).toEqual(themes.map((c) => c.id));
  });

  it("shades 0 as none, the maximum as the darkest step, and grows with the count", () => {
    expect(shadeLevel(0, 9)).toBe(0);
    expect(shadeLevel(5, 0)).toBe(0);
    expect(shadeLevel(9, 9)).toBe(SHADES);
    expect(shadeLevel(1, 1000)).toBe(1);
    let last = 0;
    for (let n = 1; n <= 100; n++) {
      const l = shadeLevel(n, 100);
      expect(l).toBeGreaterThanOrEqual(last);
      expect(l).toBeGreaterThanOrEqual(1);
      last = l;
    }
    expect(shadeLevel(500, 100)).toBe(SHADES);
  });

  it("picks readable text on every shade (white on the dark ones)", () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    for (let l = 0; l <= SHADES; l++) {
      const { background, color } = shadeColours(l);
      const [a, b] = [lum(background), lum(color)].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("monthly series", () => {
  it("fills missing months with zero, in order, across a year end", () => {
    const s = fillMonths([
      { period: "2026-02", count: 1 },
      { period: "2025-11", count: 4 },
      { period: "bad", count: 9 },
    ]);
    expect(s).toEqual([
      { period: "2025-11", count: 4 },
      { period: "2025-12", count: 0 },
      { period: "2026-01", count: 0 },
      { period: "2026-02", count: 1 },
    ]);
    expect(fillMonths([])).toEqual([]);
    // a young tracker: padded back to six months, the data month last
    const young = fillMonths([{ period: "2026-02", count: 5 }], 6);
    expect(young.map((p) => p.period)).toEqual(["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(young.map((p) => p.count)).toEqual([0, 0, 0, 0, 0, 5]);
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(nextMonth("2026-09")).toBe("2026-10");
  });

  it("chooses a round axis top at or above the maximum", () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
    expect(niceScale(7)).toEqual({ top: 8, step: 2 });
    expect(niceScale(1)).toEqual({ top: 1, step: 1 });
    const { top, step } = niceScale(1234);
    expect(top).toBeGreaterThanOrEqual(1234);
    expect(top % step).toBe(0);
  });
});
