/** Custom functions: metadata generated from JSDoc, registration, and what they return. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateMetadata } from "../../../addin/functions/metadata";
import { relevance, tags } from "../../../addin/functions/functions";
import { registerFunctions } from "../../../addin/excel/register";
import { createMockHost } from "./office-mock";

const source = readFileSync(resolve(__dirname, "../../../addin/functions/functions.ts"), "utf8");
const MIGRATION = "Law on labour migration and remittances of migrant workers abroad";

describe("functions.json from JSDoc", () => {
  const meta = generateMetadata(source);

  it("describes TAGS(text, [facet], [max]) and RELEVANCE(text)", () => {
    expect(meta.functions.map((f) => f.id)).toEqual(["TAGS", "RELEVANCE"]);
    const t = meta.functions[0];
    expect(t.parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["text", "string", false],
      ["facet", "string", true],
      ["max", "number", true],
    ]);
    expect(t.result).toEqual({ type: "string" });
    expect(t.description).toMatch(/^Suggests migration-mainstreaming tags/);
    expect(meta.functions[1].result).toEqual({ type: "number" });
  });

  it("the ids Excel gets in functions.json are the ids the code associates", () => {
    const host = createMockHost();
    const g = globalThis as Record<string, unknown>;
    const before = g.CustomFunctions;
    host.install(g);
    try {
      const ids = registerFunctions();
      expect([...host.CustomFunctions.associations.keys()].sort()).toEqual(meta.functions.map((f) => f.id).sort());
      expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
    } finally {
      g.CustomFunctions = before;
    }
  });

  it("refuses what it does not understand", () => {
    expect(() =>
      generateMetadata("/** Hi\n * @customfunction\n * @param {Date} d when\n * @returns {string} x\n */\nexport function f(d: Date): string {"),
    ).toThrow(/unsupported type/);
    expect(() =>
      generateMetadata("/** Hi\n * @customfunction\n * @returns {string} x\n */\nexport function f(a: string): string {"),
    ).toThrow(/no @param/);
    expect(() =>
      generateMetadata("/** Hi\n * @customfunction\n * @streaming\n */\nexport function f(): string {"),
    ).toThrow(/unsupported JSDoc tag/);
  });
});

describe("=MMT.TAGS and =MMT.RELEVANCE (real tagger)", () => {
  it("TAGS suggests theme labels for migration-heavy text, and respects facet and max", () => {
    const out = tags(MIGRATION);
    expect(out).toContain("Labour migration");
    expect(tags(MIGRATION, "theme", 1).split("; ")).toHaveLength(1);
    expect(tags("", "theme")).toBe("");
    expect(() => tags(MIGRATION, "colour")).toThrow(/Unknown facet/);
    expect(() => tags(MIGRATION, "theme", 0)).toThrow(/max/);
  });

  it("RELEVANCE is a number in [0, 1], higher for migration text than for road works", () => {
    const hi = relevance(MIGRATION);
    const lo = relevance("Road maintenance plan for the capital city");
    expect(hi).toBeGreaterThan(lo);
    expect(hi).toBeLessThanOrEqual(1);
    expect(lo).toBeGreaterThanOrEqual(0);
  });
});
