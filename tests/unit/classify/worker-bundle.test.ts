import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDir, ensureBundle, freshBundle, inputsKey } from "../../../cli/classify/worker-bundle";

// A stand-in repository: two modules, a builder file, and a cache folder as a build leaves it.
let repo: string;
let builder: string;

function lay(inputs: string[]): string {
  const key = inputsKey(repo, inputs, builder);
  if (!key) throw new Error("inputs missing");
  const dir = cacheDir(repo);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `worker-${key}.mjs`), "export {};\n");
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ format: 1, key, file: `worker-${key}.mjs`, inputs }));
  return join(dir, `worker-${key}.mjs`);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "mmt-bundle-"));
  mkdirSync(join(repo, "cli"), { recursive: true });
  writeFileSync(join(repo, "cli", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(repo, "cli", "b.ts"), "export const b = 2;\n");
  builder = join(repo, "builder.ts");
  writeFileSync(builder, "// builder v1\n");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("worker bundle cache", () => {
  it("uses the last build while every module in it is unchanged", () => {
    const file = lay(["cli/a.ts", "cli/b.ts"]);
    const url = freshBundle(repo, builder);
    expect(url && fileURLToPath(url)).toBe(file);
  });

  it("is stale once a module's content changes, even back to the same size", () => {
    lay(["cli/a.ts", "cli/b.ts"]);
    writeFileSync(join(repo, "cli", "b.ts"), "export const b = 3;\n");
    expect(freshBundle(repo, builder)).toBeNull();
  });

  it("is stale when a module is gone, the bundle file is gone, or the builder changed", () => {
    lay(["cli/a.ts", "cli/b.ts"]);
    writeFileSync(builder, "// builder v2\n");
    expect(freshBundle(repo, builder)).toBeNull();
    writeFileSync(builder, "// builder v1\n");
    expect(freshBundle(repo, builder)).not.toBeNull();
    unlinkSync(join(repo, "cli", "a.ts"));
    expect(freshBundle(repo, builder)).toBeNull();
    writeFileSync(join(repo, "cli", "a.ts"), "export const a = 1;\n");
    const file = lay(["cli/a.ts", "cli/b.ts"]);
    unlinkSync(file);
    expect(freshBundle(repo, builder)).toBeNull();
  });

  it("ignores a missing or damaged manifest", () => {
    expect(freshBundle(repo, builder)).toBeNull();
    mkdirSync(cacheDir(repo), { recursive: true });
    writeFileSync(join(cacheDir(repo), "manifest.json"), "{not json");
    expect(freshBundle(repo, builder)).toBeNull();
  });

  it("keys on content, not on the order the bundler listed the modules", () => {
    expect(inputsKey(repo, ["cli/a.ts", "cli/b.ts"], builder)).toBe(inputsKey(repo, ["cli/b.ts", "cli/a.ts"], builder));
    expect(inputsKey(repo, ["cli/a.ts"], builder)).not.toBe(inputsKey(repo, ["cli/a.ts", "cli/b.ts"], builder));
  });

  it("can be turned off, so workers start through tsx", () => {
    expect(ensureBundle({ env: { MMT_CLASSIFY_BUNDLE: "0" } })).toMatchObject({ ok: false, reason: expect.stringContaining("MMT_CLASSIFY_BUNDLE") });
  });
});
