/**
 * The add-in manifest validates against Microsoft's Office add-in manifest XSDs (copies beside
 * the repo in ../shared/schemas/office), as written and as the build rewrites it for a
 * production URL; and every resid it uses is declared (the XSD cannot check references).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestFor } from "../../../addin/build";

const repoRoot = resolve(__dirname, "..", "..", "..");
const schemaDir = resolve(repoRoot, "..", "shared", "schemas", "office");
const schema = join(schemaDir, "OfficeAppManifestV1_1.xsd");
const manifestPath = join(repoRoot, "manifests", "addin.xml");
const haveSchemas = existsSync(schema);
if (!haveSchemas) {
  console.warn(`manifest XSD validation SKIPPED: ${schemaDir} is absent (the schemas live beside the repo)`);
}

function xmllint(file: string): { ok: boolean; out: string } {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
  if (r.error) throw new Error(`xmllint is needed (Debian: apt-get install libxml2-utils): ${r.error.message}`);
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!haveSchemas)("manifests/addin.xml against the Office XSDs", () => {
  it("validates as written", () => {
    const r = xmllint(manifestPath);
    expect(r.out).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it("validates after the build moves it to a production URL", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmt-manifest-"));
    try {
      const xml = manifestFor(readFileSync(manifestPath, "utf8"), "https://tracker.example.org/addin/");
      expect(xml).not.toContain("localhost");
      expect(xml).toContain("<AppDomain>https://tracker.example.org</AppDomain>");
      const f = join(dir, "manifest.xml");
      writeFileSync(f, xml);
      expect(xmllint(f).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the validation really rejects a broken manifest", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmt-manifest-"));
    try {
      const f = join(dir, "bad.xml");
      writeFileSync(f, readFileSync(manifestPath, "utf8").replace('lifetime="long"', 'lifetime="forever"'));
      const r = xmllint(f);
      expect(r.ok).toBe(false);
      expect(r.out).toMatch(/lifetime/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("manifest references", () => {
  const xml = readFileSync(manifestPath, "utf8");
  it("every resid is declared once in Resources, and ids fit the 32-character limit", () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const declared = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
    for (const id of used) expect(declared, `resid ${id}`).toContain(id);
    for (const id of declared) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("ribbon functions are the commands the add-in registers", async () => {
    const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    const { COMMANDS } = await import("../../../addin/commands/handlers");
    expect(Object.keys(COMMANDS).sort()).toEqual(names);
  });

  it("declares the shared runtime, custom functions in the MMT namespace, and the task pane", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"/);
    expect(xml).toMatch(/<Runtime resid="MMT.Taskpane.Url" lifetime="long"/);
    expect(xml).toMatch(/<bt:String id="MMT.Functions.Namespace" DefaultValue="MMT"/);
    expect(xml).toMatch(/xsi:type="ShowTaskpane"/);
    expect(execFileSync("xmllint", ["--noout", "--nonet", manifestPath]).toString()).toBe("");
  });
});
