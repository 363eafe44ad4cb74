import { describe, expect, it } from "vitest";
import { EntrySchema } from "../../shared/entry/entry";
import type { TagResult } from "../../shared/tagger/index";
import { tag } from "../../shared/tagger/index";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { withSentences } from "../../extension/src/panel/evidence";
import { recall } from "../../extension/src/common/page-tags";
import {
  addTag,
  type DraftInput,
  draftFromResult as draftOf,
  draftProblems,
  groupByFacet,
  mergeExisting,
  relativeHint,
  searchCategories,
  setDecision,
  toEntry,
} from "../../extension/src/panel/state";

const TEXT =
  "Law on labour migration. The Government shall regulate the recruitment of migrant workers abroad.\n" +
  "Banks shall lower the cost of remittances sent home by migrant workers. Returnees receive reintegration support.";

/** A fixed TagResult with real offsets into TEXT, so these tests do not depend on the tagger's lexicons. */
function fixedResult(): TagResult {
  const at = (q: string) => {
    const s = TEXT.indexOf(q);
    return { start: s, end: s + q.length, quote: q };
  };
  return {
    relevance: 0.9,
    language: "en",
    country: ["MDA"],
    instrument: "law",
    year: 2021,
    tags: [
      { facet: "theme", id: "remittances", score: 0.7, evidence: [at("remittances")] },
      { facet: "theme", id: "labour-migration", score: 0.9, evidence: [at("labour migration"), at("migrant workers abroad"), at("recruitment")] },
      { facet: "sector", id: "finance-economy", score: 0.4, evidence: [at("Banks")] },
    ],
  };
}

/** The panel gets the evidence sentences with the result (from the tagging worker); here they are cut the same way. */
function draftFromResult({ text, ...input }: Omit<DraftInput, "sentences" | "textLength"> & { text: string }) {
  return draftOf({ ...input, textLength: text.length, sentences: withSentences(text, input.result).sentences });
}

const ID = "01890a5d-ac96-7000-8000-000000000001";

describe("panel state", () => {
  it("builds a draft with detected metadata and evidence sentences", () => {
    const d = draftFromResult({ url: "https://gov.md/law", title: "  Law 12 ", text: TEXT, result: fixedResult() });
    expect(d).toMatchObject({ title: "Law 12", country: "MDA", language: "en", instrument: "law", year: "2021", sourceType: "web", revision: 0 });
    const lm = d.tags.find((t) => t.id === "labour-migration");
    // Two hits in the same sentence give one evidence sentence.
    expect(lm?.evidence.map((e) => e.quote)).toEqual(["Law on labour migration.", "The Government shall regulate the recruitment of migrant workers abroad."]);
    for (const e of lm?.evidence ?? []) expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
  });

  it("numbers evidence pages for PDFs and falls back to the default country and page language", () => {
    const r = { ...fixedResult(), country: [], language: null };
    const secondPage = TEXT.indexOf("Banks");
    const d = draftFromResult({ url: "https://x.org/a.pdf", title: "A", text: TEXT, result: r, pdf: { pageStarts: [0, secondPage] }, defaultCountry: "KGZ", pageLang: "ru-RU" });
    expect(d.country).toBe("KGZ");
    expect(d.language).toBe("ru");
    expect(d.tags.find((t) => t.id === "remittances")?.evidence[0].page).toBe(2);
    expect(d.tags.find((t) => t.id === "labour-migration")?.evidence[0].page).toBe(1);
  });

  it("groups by facet in taxonomy order, best first", () => {
    const d = draftFromResult({ url: "https://a.b/", title: "t", text: TEXT, result: fixedResult() });
    const g = groupByFacet(d);
    expect(g.map((x) => x.facet)).toEqual(["theme", "sector"]);
    expect(g[0].tags.map((t) => t.id)).toEqual(["labour-migration", "remittances"]);
  });

  it("turns decisions into the saved entry: untouched auto, accepted human, rejected dropped, added human", () => {
    let d = draftFromResult({ url: "https://a.b/p?utm_source=x", title: "t", text: TEXT, result: fixedResult() });
    d = setDecision(d, "theme", "labour-migration", "accepted");
    d = setDecision(d, "sector", "finance-economy", "rejected");
    d = addTag(d, "sdg", "sdg-10.7");
    d = { ...d, note: "  checked against the gazette " };
    const e = toEntry(d, { id: ID, now: "2026-11-29T04:00:00.000Z" });
    expect(EntrySchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({ id: ID, kind: "document", status: "confirmed", taxonomyVersion: TAXONOMY_VERSION, note: "checked against the gazette", year: 2021 });
    expect(e.tags.map((t) => [t.facet, t.id, t.origin])).toEqual([
      ["theme", "remittances", "auto"],
      ["theme", "labour-migration", "human"],
      ["sdg", "sdg-10.7", "human"],
    ]);
    expect(e.tags[0].score).toBe(0.7);
    expect(e.tags[0].evidence?.[0].quote).toContain("remittances");
  });

  it("undoing and rejecting an added tag removes it", () => {
    let d = draftFromResult({ url: "https://a.b/", title: "t", text: TEXT, result: fixedResult() });
    d = addTag(d, "stage", "capacity-building");
    expect(d.tags.some((t) => t.id === "capacity-building")).toBe(true);
    d = setDecision(d, "stage", "capacity-building", "rejected");
    expect(d.tags.some((t) => t.id === "capacity-building")).toBe(false);
    // Adding a suggested tag accepts it instead of duplicating it.
    d = addTag(d, "theme", "remittances");
    expect(d.tags.filter((t) => t.id === "remittances")).toHaveLength(1);
    expect(d.tags.find((t) => t.id === "remittances")?.decision).toBe("accepted");
  });

  it("merges a saved entry: same id and revision, saved fields and tags win", () => {
    const d = draftFromResult({ url: "https://a.b/", title: "t", text: TEXT, result: fixedResult() });
    const saved = toEntry(setDecision(addTag(d, "gcm", "gcm-6"), "theme", "labour-migration", "accepted"), { id: ID, now: "2026-01-01T00:00:00Z" });
    const merged = mergeExisting(d, { ...saved, revision: 3, country: "SRB", note: "old note" });
    expect(merged).toMatchObject({ id: ID, revision: 3, country: "SRB", note: "old note" });
    expect(merged.tags.find((t) => t.id === "labour-migration")?.decision).toBe("accepted");
    expect(merged.tags.find((t) => t.id === "remittances")?.decision).toBe("suggested");
    expect(merged.tags.find((t) => t.facet === "gcm")).toMatchObject({ added: true, decision: "accepted" });
    expect(toEntry(merged, { id: "ignored", now: "x" }).id).toBe(ID);
  });

  it("reports fields that would fail the schema", () => {
    const d = draftFromResult({ url: "https://a.b/", title: "t", text: TEXT, result: fixedResult() });
    expect(draftProblems(d)).toEqual([]);
    expect(draftProblems({ ...d, country: "Moldova", language: "eng", year: "21" })).toHaveLength(3);
  });

  it("searches the taxonomy in the UI language, accent-insensitively, skipping tags already there", () => {
    const fr = searchCategories("envois", "fr");
    expect(fr[0]).toEqual({ facet: "theme", id: "remittances", label: "Envois de fonds" });
    expect(searchCategories("integration", "fr").some((x) => x.label === "Intégration et inclusion")).toBe(true);
    expect(searchCategories("remittances", "en", new Set(["theme:remittances"])).some((x) => x.id === "remittances" && x.facet === "theme")).toBe(false);
    expect(searchCategories("денежные", "ru")[0]?.id).toBe("remittances");
  });

  it("gives a relative position hint", () => {
    expect(relativeHint({ start: 50, end: 60, quote: "x" }, 100)).toBe(0.5);
    expect(relativeHint({ start: 5, end: 6, quote: "x" }, 0)).toBe(0);
  });

  it("tags a migration-heavy page end to end (real tagger)", () => {
    const text = "Law on labour migration and remittances of migrant workers abroad. The State protects migrant workers abroad and supports the productive use of remittances.";
    const d = draftFromResult({ url: "https://gov.example/law", title: "Law on labour migration", text, result: tag(text, { title: "Law on labour migration" }) });
    const ids = d.tags.map((t) => t.id);
    expect(ids).toContain("labour-migration");
    expect(ids).toContain("remittances");
    expect(EntrySchema.safeParse(toEntry(d, { id: ID, now: "2026-11-29T04:00:00Z" })).success).toBe(true);
  });

  it("takes back tags left with a page's text only when they were made the same way", () => {
    const tagged = withSentences(TEXT, fixedResult());
    const kept = { v: 1, title: "Law", maxEvidence: 8, tagged };
    expect(recall(kept, "Law", 8)).toBe(tagged);
    expect(recall(kept, "Another title", 8)).toBeUndefined();
    expect(recall(kept, "Law", 3)).toBeUndefined();
    expect(recall({ ...kept, v: 2 }, "Law", 8)).toBeUndefined();
    expect(recall({ ...kept, tagged: { result: tagged.result, sentences: [] } }, "Law", 8)).toBeUndefined();
    expect(recall("<script>", "Law", 8)).toBeUndefined();
    expect(recall(undefined, "Law", 8)).toBeUndefined();
  });
});
