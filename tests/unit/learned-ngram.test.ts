import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run as mmtTrain } from "../../cli/commands/train";
import {
  type CandidateExample,
  CandidateRecorder,
  CompiledModel,
  forEachNgram,
  type LearnedModel,
  NGRAM_READ,
  train,
} from "../../shared/tagger/learned";
import { learnedFixture } from "./learned-fixture";

// The lexicon knows remittances ("transfers", "remittances") but has no word for families left
// behind: on those texts only the n-gram proposer can help.
const { run, themes, example } = learnedFixture({ remittances: "transfers\nremittances" });

const history: CandidateExample[] = [];
for (let i = 0; i < 20; i++) {
  history.push(example(`Migrant parents abroad leave children with grandparents at home, case ${i}.`, ["families-left-behind"]));
  history.push(example(`Migrant remittances and transfers reach households, case ${i}.`, ["remittances"]));
  history.push(example(`Migrant associations hold a cultural festival in the capital, case ${i}.`, []));
}

describe("n-gram proposer", () => {
  const model = new CompiledModel(train(history, { taxonomyVersion: "test", facets: ["theme"] }));
  const text = "Migrant mothers working abroad leave their children with grandparents at home.";

  it("trains behind its gate, deterministically, in format 2", () => {
    expect(model.model.format).toBe("mmt-calib-2");
    const ng = model.model.ngram;
    expect(ng?.gate.theme.model).toBeGreaterThan(ng?.gate.theme.lexicon ?? 1);
    expect(Object.keys(ng?.facets ?? {})).toEqual(["theme"]);
    expect(train(history, { taxonomyVersion: "test", facets: ["theme"] })).toEqual(model.model);
    expect(train(history, { taxonomyVersion: "test", facets: ["theme"], propose: false }).ngram).toBeUndefined();
  });

  it("proposes a category the lexicon has no candidate for", () => {
    expect(themes(text)).toEqual([]);
    expect(themes(text, model)).toEqual(["families-left-behind"]);
    // and leaves alone a text whose theme the lexicon already asserts
    expect(themes("Migrant remittances and transfers help.", model)).toEqual(["remittances"]);
  });

  it("gives as evidence the exact spans of its strongest n-grams", () => {
    const tag = run(text, model).tags.find((t) => t.id === "families-left-behind");
    expect(tag?.evidence.length).toBeGreaterThan(0);
    const ng = model.model.ngram;
    const w = ng?.facets.theme.labels["families-left-behind"].w ?? [];
    const vocab = new Map((ng?.vocab ?? []).map((h, i) => [h, i]));
    for (const s of tag?.evidence ?? []) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      // The span is one word or two: exactly the source text of one n-gram, which pushed the
      // category up (positive weight).
      expect(s.quote).toMatch(/^[\p{L}\p{N}]+([^\p{L}\p{N}]+[\p{L}\p{N}]+)?$/u);
      const grams: number[] = [];
      forEachNgram(text, [s.start, s.end], (h, a, b) => {
        if (a === s.start && b === s.end) grams.push(h);
      });
      expect(grams.length).toBe(1);
      expect(w[vocab.get(grams[0]) ?? -1]).toBeGreaterThan(0);
    }
  });

  it("stays silent on text the lexicon does not find relevant, and without a model", () => {
    const tags = run("Grandparents care for the children at home while parents work.", model).tags;
    expect(tags).toEqual([]);
    expect(run(text).tags.filter((t) => t.facet === "theme")).toEqual([]);
    // a format-1 model (no proposer) still loads and proposes nothing
    const old = new CompiledModel({ ...model.model, format: "mmt-calib-1", ngram: undefined, facets: {} } as LearnedModel);
    expect(themes(text, old)).toEqual([]);
  });

  it("reads only sentences near a migration anchor in a long text, within its budget", () => {
    const filler = "The committee met on the budget for roads and bridges. ".repeat(300);
    const long = `${filler}${"Migrant parents leave children with grandparents. ".repeat(60)}${filler}`;
    expect(long.length).toBeGreaterThan(NGRAM_READ);
    const rec = new CandidateRecorder();
    run(long, rec);
    const ranges = rec.ranges ?? [];
    let total = 0;
    for (let i = 0; i < ranges.length; i += 2) total += ranges[i + 1] - ranges[i];
    expect(total).toBeLessThanOrEqual(NGRAM_READ + 600);
    const read = ranges.map((_, i) => (i % 2 === 0 ? long.slice(ranges[i], ranges[i + 1]) : "")).join(" ");
    expect(read).toContain("Migrant parents leave children with grandparents");
    expect(read).not.toContain("bridges");
  });
});

describe("mmt train with the proposer", () => {
  const dir = mkdtempSync(join(tmpdir(), "mmt-ngram-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  for (let i = 0; i < 24; i++) {
    lines.push(JSON.stringify({ text: `Migrant workers abroad leave their children with grandparents in the village, case ${i}.`, labels: { migration: true, theme: ["families-left-behind"] } }));
    lines.push(JSON.stringify({ text: `Migrant workers hold a cultural evening in the capital, case ${i}.`, labels: { migration: true, theme: [] } }));
  }
  const file = join(dir, "passages.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  const quiet = async (args: string[]): Promise<{ code: number; out: string }> => {
    let out = "";
    const so = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out += String(s);
      return true;
    });
    const se = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      return { code: await mmtTrain(args), out };
    } finally {
      so.mockRestore();
      se.mockRestore();
    }
  };

  it("trains the proposer by default, prints its gate, and --no-propose leaves it out", async () => {
    const out = join(dir, "m.json");
    const r = await quiet([file, "--out", out, "--facets", "theme"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("theme n-gram proposals:");
    const m = JSON.parse(readFileSync(out, "utf8")) as LearnedModel;
    expect(m.format).toBe("mmt-calib-2");
    expect(m.ngram?.gate.theme).toBeDefined();
    const r2 = await quiet([file, "--out", out, "--facets", "theme", "--no-propose"]);
    expect(r2.code).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as LearnedModel).ngram).toBeUndefined();
  });
});
