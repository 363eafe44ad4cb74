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
 * First id number of the held-out batch 7 (passages.README.md). Batches 5 and 6 (t303-t350) were
 * held out until the sixth round and are tuning data since the seventh.
 */
const HELD_OUT_FROM = 353;
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

  it("keeps relevance F1 >= 0.95 and theme micro-F1 >= 0.83 on the passages used for tuning", () => {
    const rep = emptyReport();
    // The held-out batch (t353 on) measures whether changes carry to unseen text; a floor on it
    // would make it tuning data. Its figures are in docs/tagging-quality.md.
    const tuned = passages.filter((p) => Number(p.id.slice(1)) < HELD_OUT_FROM);
    expect(tuned.length).toBe(352);
    for (const p of tuned) {
      const r = results.get(p)!;
      addToReport(rep, p, r, r.relevance >= THRESHOLDS.relevance);
    }
    expect(prf(rep.relevance).f1).toBeGreaterThanOrEqual(0.95);
    // 0.855 in the seventh round (docs/tagging-quality.md), 0.802 before it.
    expect(prf(rep.facets.theme).f1).toBeGreaterThanOrEqual(0.83);
  });
});
