import { describe, expect, it } from "vitest";
import { learnedFixture } from "./learned-fixture";
import { type CandidateExample, CandidateRecorder, CompiledModel, type LearnedModel, train } from "../../shared/tagger/learned";

// One lexicon term weighs 1 and a theme needs 2: a single hit is a candidate under the
// threshold, two are asserted. The re-decider's examples carry no text (no n-gram proposals).
const { run, themes, example: withText } = learnedFixture({ remittances: "transfers\nremittances", diaspora: "associations\ndiaspora" });
function example(text: string, gold: string[]): CandidateExample {
  const { text: _t, ranges: _r, ...e } = withText(text, gold);
  return e;
}

// What people did: they confirmed remittances wherever a transfer to families was named, even
// once (the lexicon alone needs two terms), and rejected diaspora on association texts the
// lexicon asserts it on.
const history: CandidateExample[] = [];
for (let i = 0; i < 24; i++) {
  history.push(example(`Migrant workers send transfers home to families, case ${i}.`, ["remittances"]));
  history.push(example(`Migrant associations and diaspora clubs hold a festival, case ${i}.`, []));
  history.push(example(`Migrant remittances and transfers reach families, case ${i}.`, ["remittances"]));
}

describe("learned layer", () => {
  const model = new CompiledModel(train(history, { taxonomyVersion: "test" }));

  it("passes its gate on consistent confirmations and is deterministic", () => {
    expect(Object.keys(model.model.facets)).toEqual(["theme"]);
    const gate = model.model.gate.theme;
    expect(gate.model).toBeGreaterThan(gate.lexicon);
    expect(train(history, { taxonomyVersion: "test" })).toEqual(model.model);
  });

  it("promotes a candidate people confirmed under the threshold", () => {
    const text = "Migrant families receive transfers from abroad.";
    expect(themes(text)).toEqual([]);
    expect(themes(text, model)).toEqual(["remittances"]);
  });

  it("demotes a candidate people kept rejecting", () => {
    const text = "Migrant associations and the diaspora meet.";
    expect(themes(text)).toEqual(["diaspora"]);
    expect(themes(text, model)).toEqual([]);
  });

  it("keeps what the lexicon and people agree on", () => {
    expect(themes("Migrant remittances and transfers grow.", model)).toEqual(["remittances"]);
  });

  it("only drops lexicon assertions where it may only demote", () => {
    const m = new CompiledModel(train(history, { taxonomyVersion: "test", demoteOnly: ["theme"] }));
    expect(m.model.facets.theme?.demoteOnly).toBe(true);
    expect(themes("Migrant families receive transfers from abroad.", m)).toEqual([]);
    expect(themes("Migrant associations and the diaspora meet.", m)).toEqual([]);
  });

  it("leaves a facet to the lexicon when the model cannot beat it on the recent examples", () => {
    // People confirmed exactly what the lexicon asserted: nothing to learn.
    const agree = history.map((e) => ({ ...e, gold: { ...e.gold, theme: (e.candidates.theme ?? []).filter((c) => c.lexicon).map((c) => c.id) } }));
    const m = train(agree, { taxonomyVersion: "test" });
    expect(m.facets).toEqual({});
    expect(m.gate.theme.model).toBeLessThanOrEqual(m.gate.theme.lexicon);
    const text = "Migrant associations and the diaspora meet.";
    expect(themes(text, new CompiledModel(m))).toEqual(themes(text));
  });

  it("never asserts a category without lexicon evidence, and evidence stays in original offsets", () => {
    // A model that would assert every candidate it is shown.
    const eager: LearnedModel = {
      format: "mmt-calib-1",
      taxonomyVersion: "test",
      trainedOn: 0,
      facets: { theme: { cut: 0.5, features: "lexicon", l2: 0, weights: { bias: 10 }, innerF1: { lexicon: 0, model: 0 } } },
      gate: {},
    };
    const text = "  Migrant   workers send TRANSFERS home.";
    const r = run(text, new CompiledModel(eager));
    expect(r.tags.map((t) => t.id)).toEqual(["remittances"]);
    for (const t of r.tags) {
      expect(t.evidence.length).toBeGreaterThan(0);
      for (const s of t.evidence) expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it("records candidates without changing the lexicon's result", () => {
    const text = "Migrant associations send transfers and remittances home.";
    const rec = new CandidateRecorder();
    expect(run(text, rec)).toEqual(run(text));
    expect(rec.candidates.theme.map((c) => [c.id, c.raw, c.lexicon])).toEqual([
      ["remittances", 2, true],
      ["diaspora", 1, false],
    ]);
    expect(rec.lexiconTags).toEqual(["theme:remittances"]);
  });

  it("rejects a model of another format, including the old n-gram one", () => {
    expect(() => new CompiledModel({ format: "other" } as never)).toThrow(/unknown model format/);
    expect(() => new CompiledModel({ format: "mmt-linear-1", labels: {} } as never)).toThrow(/unknown model format/);
  });
});
