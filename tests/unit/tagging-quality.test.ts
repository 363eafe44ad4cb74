// Quality floors of the real tagger on the repo's own labelled passages (issue 2): the same
// passage translated into every supported language gets the same themes, look-alikes get no
// tags, and relevance / theme F1 do not fall below the level reached (with some margin).
// See docs/tagging-quality.md for the figures and tests/fixtures/passages.README.md for the set.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addToReport, emptyReport, type Passage, predictedOf, prf } from "../../shared/tagger/evaluate";
import { tag, THRESHOLDS } from "../../shared/tagger/index";

const here = dirname(fileURLToPath(import.meta.url));
const passages: Passage[] = readFileSync(resolve(here, "../fixtures/passages.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Passage);
const results = new Map(passages.map((p) => [p, tag(p.text)]));
/**
 * Last id number of the passages used for tuning: all of them since the eighth round (batch 7,
 * t353-t388, was held out until then). A new held-out batch stays above it, out of the floor.
 */
const TUNED_TO = 388;
/** The eval report of the tagger's results on `ps`. */
function reportOf(ps: Passage[]) {
  const rep = emptyReport();
  for (const p of ps) {
    const r = results.get(p)!;
    addToReport(rep, p, r, r.relevance >= THRESHOLDS.relevance);
  }
  return rep;
}
const version = (p: Passage): string => (p.script ? `${p.lang}-${p.script}` : String(p.lang));

describe("tagging quality on tests/fixtures/passages.jsonl", () => {
  it("gives every version of a translation group the same themes", () => {
    const groups = new Map<string, Passage[]>();
    for (const p of passages) if (p.group) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
    expect(groups.size).toBeGreaterThanOrEqual(10);
    const differing: string[] = [];
    for (const [g, list] of groups) {
      const themes = list.map((p) => `${version(p)}=[${predictedOf(results.get(p)!, "theme").sort().join(",")}]`);
      const distinct = new Set(list.map((p) => predictedOf(results.get(p)!, "theme").sort().join(",")));
      if (distinct.size !== 1) differing.push(`${g}: ${themes.join(" ")}`);
    }
    expect(differing).toEqual([]);
  });

  it("tags fewer than 5% of the look-alike negatives", () => {
    const negatives = passages.filter((p) => !p.labels.migration);
    const tagged = negatives.filter((p) => results.get(p)!.tags.length > 0).map((p) => p.id);
    expect(negatives.length).toBeGreaterThan(20);
    expect(tagged.length / negatives.length, `tagged: ${tagged.join(", ")}`).toBeLessThan(0.05);
  });

  it("keeps relevance F1 >= 0.97 and theme micro-F1 >= 0.84 on batches 10-11 (tuning data since the twelfth round)", () => {
    const tuned = passages.filter((p) => Number(p.id.slice(1)) >= 433 && Number(p.id.slice(1)) <= 496);
    expect(tuned.length).toBe(64);
    const rep = reportOf(tuned);
    // Twelfth round: batch 10 0.864, batch 11 0.857; relevance 1.000 on both (docs/tagging-quality.md).
    expect(prf(rep.relevance).f1).toBeGreaterThanOrEqual(0.97);
    expect(prf(rep.facets.theme).f1).toBeGreaterThanOrEqual(0.84);
  });

  it("keeps relevance F1 >= 0.97 and theme micro-F1 >= 0.83 on the passages used for tuning", () => {
    // A floor on a held-out batch would make it tuning data.
    const tuned = passages.filter((p) => Number(p.id.slice(1)) <= TUNED_TO);
    expect(tuned.length).toBe(388);
    const rep = reportOf(tuned);
    // 0.992 after the eighth round, 0.970 before it (docs/tagging-quality.md).
    expect(prf(rep.relevance).f1).toBeGreaterThanOrEqual(0.97);
    // 0.843 after the eighth round on all 388 (0.855 -> 0.863 on t001-t352).
    expect(prf(rep.facets.theme).f1).toBeGreaterThanOrEqual(0.83);
  });

  // The ninth round's Kyrgyz and Bengali passages (t389-t432) without their held-out parts
  // (t407-t414 ky, t425-t432 bn; passages.README.md): a floor per language, since either could
  // fall back to the few terms it had without the others noticing.
  it.each([
    ["ky", 0.8],
    ["bn", 0.7],
  ])("keeps theme micro-F1 on the %s tuning passages at %s or more", (lang, floor) => {
    const n = (p: Passage) => Number(p.id.slice(1));
    const heldOut = (p: Passage) => (n(p) >= 407 && n(p) <= 414) || n(p) >= 425;
    const tuned = passages.filter((p) => p.lang === lang && n(p) >= 389 && n(p) <= 432 && !heldOut(p));
    expect(tuned.length).toBe(12);
    const rep = reportOf(tuned);
    // 0.90 (ky) and 0.79 (bn) after the ninth round; 0.33 and 0.24 before it.
    expect(prf(rep.facets.theme).f1).toBeGreaterThanOrEqual(floor);
    expect(prf(rep.relevance).f1).toBeGreaterThanOrEqual(0.95);
  });
});
