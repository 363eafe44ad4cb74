import { describe, expect, it } from "vitest";
import { buildEngine, type LexiconBundle } from "../../shared/tagger/compile";
import { CompiledModel, features, train } from "../../shared/tagger/learned";
import { score } from "../../shared/tagger/score";

const bundle: LexiconBundle = {
  anchors: { en: "migrant*" },
  weak: {},
  ambiguous: {},
  domainCues: {},
  negatives: {},
  facets: { theme: { remittances: { en: "transfers" }, diaspora: { en: "associations" } } },
  countries: [],
  linksFrom: () => [],
};
const engine = buildEngine(bundle);
const themes = (text: string, model?: CompiledModel) =>
  score(text, engine.matcher.scan(text), engine, { model })
    .tags.filter((t) => t.facet === "theme")
    .map((t) => t.id);

describe("features", () => {
  it("is normalised and the same for Cyrillic and Latin Serbian", () => {
    const a = features("Migranti šalju doznake");
    const b = features("Мигранти шаљу дознаке");
    expect([...a]).toEqual([...b]);
    const norm = Math.sqrt([...a.values()].reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
  });
});

describe("learned layer", () => {
  const examples: { text: string; labels: string[] }[] = [];
  for (let i = 0; i < 20; i++) {
    examples.push({ text: `Migrant workers send money transfers home to families ${i}`, labels: ["migration", "theme:remittances"] });
    examples.push({ text: `Migrant associations abroad meet with the embassy ${i}`, labels: ["migration", "theme:diaspora"] });
  }
  const model = new CompiledModel(train(examples, { taxonomyVersion: "test" }));

  it("learns only labels it saw often enough, deterministically", () => {
    expect(Object.keys(model.model.labels).sort()).toEqual(["migration", "theme:diaspora", "theme:remittances"]);
    expect(train(examples, { taxonomyVersion: "test" })).toEqual(model.model);
  });

  it("lifts a lexicon candidate people confirmed in similar text over the threshold", () => {
    const text = "Migrant families receive transfers home.";
    expect(themes(text)).toEqual([]);
    expect(themes(text, model)).toEqual(["remittances"]);
  });

  it("never asserts a tag without lexicon evidence", () => {
    expect(themes("Migrant workers send money home to families.", model)).toEqual([]);
  });

  it("rejects a model of another format", () => {
    expect(() => new CompiledModel({ format: "other" } as never)).toThrow(/unknown model format/);
  });
});
