import { describe, expect, it } from "vitest";
import { parseTerms } from "../../shared/tagger/compile";
import { Matcher } from "../../shared/tagger/matcher";

function matcherOf(terms: string[]): { m: Matcher; find: (text: string) => [string, string][] } {
  const m = new Matcher(terms.map((t) => parseTerms(t)[0].words));
  const find = (text: string): [string, string][] => {
    const h = m.scan(text);
    const out: [string, string][] = [];
    for (let i = 0; i < h.count; i++) out.push([terms[h.pattern[i]], text.slice(h.start[i], h.end[i])]);
    return out;
  };
  return { m, find };
}

describe("parseTerms", () => {
  it("reads context, negative, weight and stem marks", () => {
    const [a, b, c] = parseTerms("~return; !data migration; трудов* мигрант*^3");
    expect(a).toMatchObject({ context: true, negative: false, weight: 1, words: [{ text: "return", stem: false }] });
    expect(b).toMatchObject({ negative: true, weight: 2 });
    expect(c.weight).toBe(3);
    expect(c.words).toEqual([
      { text: "trudov", stem: true },
      { text: "migrant", stem: true },
    ]);
    const [d] = parseTerms("~cooperation&partners^2");
    expect(d).toMatchObject({ context: true, needs: "partners", weight: 2, words: [{ text: "cooperation", stem: false }] });
  });

  it("rejects terms with no words and stems too short to mean anything", () => {
    expect(() => parseTerms("!!")).toThrow(/no words/);
    expect(() => parseTerms("mi*")).toThrow(/too short/);
  });
});

describe("Matcher", () => {
  it("reports original UTF-16 offsets, nested hits included", () => {
    const { find } = matcherOf(["labour migration", "migration"]);
    expect(find("On Labour  Migration.")).toEqual([
      ["migration", "Migration"],
      ["labour migration", "Labour  Migration"],
    ]);
  });

  it("respects word boundaries in every script", () => {
    const { find } = matcherOf(["migrant", "مهاجر"]);
    expect(find("immigrants migrantes migrant")).toEqual([["migrant", "migrant"]]);
    // Cyrillic is folded onto Latin letters, so the Latin term finds the Cyrillic word too.
    expect(find("мигранты мигрант")).toEqual([["migrant", "мигрант"]]);
    expect(find("مهاجرون مهاجر")).toEqual([["مهاجر", "مهاجر"]]);
  });

  it("matches stems on any word of a phrase, across scripts for Serbian", () => {
    const { find } = matcherOf(["трудов* мигрант*", "radn* migran*"]);
    expect(find("права трудовых мигрантов")).toEqual([["трудов* мигрант*", "трудовых мигрантов"]]);
    expect(find("радници мигранти и radnika migranata")).toEqual([
      ["radn* migran*", "радници мигранти"],
      ["radn* migran*", "radnika migranata"],
    ]);
  });

  it("tests every stem length when a char folds to two (я → ja, щ → sc, œ → oe)", () => {
    // The fourth folded letter of "занятости" comes from я, which folds to two letters; the
    // stem test must not skip the length it lands on.
    const { find } = matcherOf(["занятост*", "женщин*", "cœur*"]);
    expect(find("занятости женщинам cœurs")).toEqual([
      ["занятост*", "занятости"],
      ["женщин*", "женщинам"],
      ["cœur*", "cœurs"],
    ]);
  });

  it("strips Arabic proclitics and the article when the whole word is unknown", () => {
    const { find } = matcherOf(["الهجرة", "المهاجر*"]);
    const text = "والهجرة للمهاجرين بالهجرة هجرة";
    expect(find(text).map(([, q]) => q)).toEqual(["والهجرة", "للمهاجرين", "بالهجرة", "هجرة"]);
  });

  it("continues phrases over spaces, line breaks, hyphens, apostrophes and commas, not over other punctuation", () => {
    const { find } = matcherOf(["migrant workers", "demandeurs d'asile", "safe, orderly and regular migration", "безопасн*, упорядоченн* и легальн* миграц*"]);
    expect(find("migrant\nworkers; demandeurs d’asile")).toHaveLength(2);
    expect(find("migrant. Workers")).toHaveLength(0);
    expect(find("migrant; workers")).toHaveLength(0);
    expect(find("migrant (workers)")).toHaveLength(0);
    // Lists inside a phrase: the lexicon writes them with commas, and so does the text.
    expect(find("for safe, orderly and regular migration")).toEqual([["safe, orderly and regular migration", "safe, orderly and regular migration"]]);
    expect(find("безопасной, упорядоченной и легальной миграции")).toHaveLength(1);
  });

  it("keeps offsets exact with decomposed accents, surrogate pairs and ligatures", () => {
    const { find } = matcherOf(["emigre", "financial"]);
    const text = "😀 E\u0301migre\u0301 and ﬁnancial";
    const hits = find(text);
    expect(hits).toEqual([
      ["emigre", "E\u0301migre\u0301"],
      ["financial", "ﬁnancial"],
    ]);
  });

  it("reads SDG-style numbers as one reference", () => {
    const { find } = matcherOf(["sdg 10.7", "target 10.c"]);
    expect(find("SDG 10.7 and target 10.c. Not 10. 7")).toEqual([
      ["sdg 10.7", "SDG 10.7"],
      ["target 10.c", "target 10.c"],
    ]);
  });

  it("counts sentences and words", () => {
    const { m } = matcherOf(["x"]);
    const h = m.scan("One two. Three four five? Six");
    expect(h.words).toBe(6);
    expect(h.sentences).toBe(3);
  });
});
