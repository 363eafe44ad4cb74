import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { load, run } from "../../cli/commands/train";
import { tag } from "../../shared/tagger/index";
import { CompiledModel, type LearnedModel } from "../../shared/tagger/learned";

const dir = mkdtempSync(join(tmpdir(), "mmt-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Tracker entries in the order people reviewed them: on farm-workers text the lexicon asserts
// health (a doctor, a hospital), which people keep rejecting, and leaves agriculture under its
// threshold, which people keep confirming.
const text = (i: number) => `Migrant workers on farms receive a work permit and may see a doctor at the local hospital, case ${i}.`;
const lines: string[] = [];
for (let i = 0; i < 40; i++) {
  lines.push(
    JSON.stringify({
      status: "confirmed",
      source: { selector: { exact: text(i) } },
      tags: [{ facet: "sector", id: "agriculture-rural" }, { facet: "theme", id: "labour-migration" }],
    }),
  );
}
lines.push(JSON.stringify({ status: "draft", title: "not reviewed" }), "not json");
const file = join(dir, "entries.jsonl");
writeFileSync(file, `${lines.join("\n")}\n`);

async function mmt(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return { code: await run(args), out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

describe("mmt train", () => {
  it("trains from tracker entries and writes a model tag() can use", async () => {
    const lex = tag(text(99)).tags.filter((t) => t.facet === "sector").map((t) => t.id);
    // The premise: the lexicon alone gets this text's sectors wrong.
    expect(lex).toEqual(["health"]);
    const out = join(dir, "model.json");
    const { code, out: printed } = await mmt([file, "--out", out, "--facets", "sector"]);
    expect(code).toBe(0);
    expect(printed).toMatch(/trained on 40 examples \(2 lines skipped\)/);
    expect(printed).toMatch(/sector: learned/);
    const model = JSON.parse(readFileSync(out, "utf8")) as LearnedModel;
    expect(Object.keys(model.facets)).toEqual(["sector"]);
    const r = tag(text(99), { model: new CompiledModel(model) });
    expect(r.tags.filter((t) => t.facet === "sector").map((t) => t.id)).toEqual(["agriculture-rural"]);
  });

  it("puts tracker entries in the order people reviewed them, passages in file order", () => {
    const entries = join(dir, "timed.jsonl");
    const entry = (exact: string, at: string) =>
      JSON.stringify({ status: "confirmed", updatedAt: at, source: { selector: { exact } }, tags: [] });
    writeFileSync(entries, [entry("third", "2026-03-01T00:00:00Z"), entry("first", "2026-01-01T00:00:00Z"), entry("second", "2026-02-01T10:00:00+02:00")].join("\n"));
    expect(load([entries]).lines.map((l) => l.text)).toEqual(["first", "second", "third"]);
    const passages = join(dir, "passages.jsonl");
    const passage = (text: string) => JSON.stringify({ id: text, text, labels: { migration: false } });
    writeFileSync(passages, [passage("b"), passage("a")].join("\n"));
    expect(load([entries, passages]).lines.map((l) => l.text)).toEqual(["third", "first", "second", "b", "a"]);
  });

  it("refuses bad arguments", async () => {
    expect((await mmt([])).code).toBe(2);
    expect((await mmt([file, "--cv", "1"])).code).toBe(2);
    expect((await mmt([file, "--facets", "stage"])).code).toBe(2);
    expect((await mmt([file, "--demote-only", ""])).code).toBe(2);
    expect((await mmt([file, "--bogus"])).code).toBe(2);
  });
});
