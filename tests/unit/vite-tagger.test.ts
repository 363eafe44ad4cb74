// The browser builds' tagger: bundled with scripts/vite-tagger.ts, it starts from the compiled
// snapshot and carries no lexicon text; a stale snapshot fails the build.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { staleSnapshot, snapshotTagger } from "../../scripts/vite-tagger";
import { tag } from "../../shared/tagger/index";
import { SECTOR_LEXICON } from "../../shared/taxonomy/lexicon/sector";

const tmp = mkdtempSync(join(tmpdir(), "mmt-vite-tagger-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const entry = join(tmp, "entry.ts");
writeFileSync(entry, `export { tag, warmUp } from ${JSON.stringify(resolve("shared/tagger/index.ts"))};\n`);

/** The entry bundled into one ES module, with or without the plugin. */
async function bundle(plugins: Plugin[], name: string): Promise<{ code: string; file: string }> {
  const out = (await build({
    configFile: false,
    logLevel: "silent",
    plugins,
    build: { write: false, minify: false, lib: { entry, formats: ["es"], fileName: () => "tagger.js" }, rollupOptions: { output: { codeSplitting: false } } },
  })) as { output: { type: string; code?: string }[] }[] | { output: { type: string; code?: string }[] };
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === "chunk");
  const code = chunk?.code ?? "";
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, code);
  return { code, file };
}

// A piece of a lexicon text as written (weights and separators): only the texts hold it.
const LEXICON_TEXT = (SECTOR_LEXICON.employment?.en ?? "").slice(0, 60);

describe("snapshotTagger", () => {
  it("bundles the tagger without lexicon texts, and the bundle tags from the snapshot", async () => {
    expect(LEXICON_TEXT.length).toBe(60);
    const plain = await bundle([], "plain");
    const lean = await bundle([snapshotTagger()], "lean");
    expect(plain.code).toContain(LEXICON_TEXT);
    expect(lean.code).not.toContain(LEXICON_TEXT);
    expect(lean.code.length).toBeLessThan(plain.code.length - 200_000);
    const m = (await import(pathToFileURL(lean.file).href)) as { tag: typeof tag; warmUp: () => { fromSnapshot: boolean } };
    expect(m.warmUp().fromSnapshot).toBe(true);
    const text = "The national employment strategy protects migrant workers abroad and lowers the cost of remittances.";
    expect(m.tag(text)).toEqual(tag(text));
  }, 60_000);

  it("tells a stale snapshot apart", () => {
    expect(staleSnapshot("a-1", "a-1")).toBeNull();
    expect(staleSnapshot("a-1", "b-2")).toMatch(/does not match the lexicon texts \(b-2\): run `npm run lexicon`/);
  });
});
