// The theme → objective flow of round 17 (docs/tagging-quality.md, "GCM flow, round 17"): the
// crosswalk links marked `asserts` give an asserted theme's objective at least the GCM threshold,
// so a short text whose theme only just passes its own threshold still gets the objective the
// framework ties to it. Sentences written for this test; each positive one gets no objective from
// the flow of the round before (60 % of a theme at 2 is 1.2, under the threshold of 2).
import { describe, expect, it } from "vitest";
import { ids } from "./tag-helpers";
import { CROSSWALK, linksFrom } from "../../shared/taxonomy/crosswalk";

describe("crosswalk links that assert their objective", () => {
  it("are theme → objective framework facts, or one of the two editorial links measured in round 34", () => {
    // Round 34 (docs/tagging-quality.md, "Thirty-fourth round"): integration → 16 and climate → 2
    // stay editorial (30 % share) but assert, after a tuning count of right and wrong objectives.
    const editorial = new Set(["integration-inclusion>gcm-16", "climate-environmental-mobility>gcm-2"]);
    const asserting = CROSSWALK.filter((l) => l.asserts);
    expect(asserting.length).toBeGreaterThan(0);
    for (const l of asserting) {
      const want = editorial.has(`${l.from}>${l.to}`) ? "theme>gcm editorial" : "theme>gcm fact";
      expect(`${l.fromFacet}>${l.toFacet} ${l.strength}`, `${l.from}>${l.to}`).toBe(want);
    }
  });

  it("leave the broad themes at their share: labour, cooperation, borders and skills texts are about many objectives", () => {
    for (const theme of ["labour-migration", "international-cooperation", "irregular-migration-border", "skills-education-mobility"])
      for (const l of linksFrom("theme", theme, "gcm")) expect(l.asserts, `${theme}>${l.to}`).toBeFalsy();
  });

  it("no longer link rights to objective 7: rights safeguards are worded on texts of every objective", () => {
    expect(linksFrom("theme", "migrant-rights-protection", "gcm")).toEqual([]);
  });
});

describe("an objective from a theme that just passes its threshold", () => {
  it.each([
    ["Migrant remittances pay for school fees in rural households.", "remittances", "gcm-20"],
    ["The embassy will support compatriots abroad.", "diaspora", "gcm-19"],
    ["The ministry will publish data on migrants every year.", "migration-data-evidence", "gcm-1"],
    ["Los retornados recibirán orientación.", "return-reintegration", "gcm-21"],
  ])("%s → %s → %s", (text, theme, objective) => {
    expect(ids(text, "theme")).toContain(theme);
    expect(ids(text, "gcm")).toContain(objective);
  });

  it("but not from a broad theme at the same strength", () => {
    const text = "Migrant workers will receive counselling.";
    expect(ids(text, "theme")).toEqual(["labour-migration"]);
    expect(ids(text, "gcm")).toEqual([]);
  });
});
