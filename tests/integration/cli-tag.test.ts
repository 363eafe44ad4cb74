// `mmt tag` as a process, as outside evaluators use it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const mmt = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, "cli/mmt.mjs"), ...args], { input, encoding: "utf8", cwd: root, timeout: 60_000 });

describe("mmt tag", () => {
  it("--jsonl answers every line in order, errors included, and fails the exit code", () => {
    const input = [
      JSON.stringify({ id: "a", text: "The law protects the rights of migrant workers and their families abroad." }),
      "{not json",
      JSON.stringify({ id: "c", text: 42 }),
      "",
      JSON.stringify({ id: 7, text: "Bird migration along the coast was counted by volunteers." }),
    ].join("\n");
    const r = mmt(["tag", "--jsonl"], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe("a");
    expect(lines[0].relevance).toBeGreaterThan(0.5);
    expect(lines[0].tags.some((t: { id: string }) => t.id === "labour-migration")).toBe(true);
    expect(lines[1]).toMatchObject({ id: null, line: 2 });
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2]).toMatchObject({ id: "c", error: '"text" must be a string' });
    expect(lines[3].id).toBe(7);
    expect(lines[3].tags).toEqual([]);
    expect(r.stderr).toMatch(/2 line\(s\) failed/);
  });

  it("--jsonl exits 0 when every line is good", () => {
    const r = mmt(["tag", "--jsonl"], `${JSON.stringify({ id: "x", text: "Remittances sent by migrants." })}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("x");
  });

  it("prints a readable summary and --json of a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmt-tag-"));
    const file = join(dir, "law.txt");
    writeFileSync(file, "Law No. 12 of 2019 on the return and reintegration of migrants to Moldova.\n");
    const readable = mmt(["tag", file]);
    expect(readable.status).toBe(0);
    expect(readable.stdout).toMatch(/country\s+MDA/);
    expect(readable.stdout).toMatch(/return-reintegration/);
    const json = JSON.parse(mmt(["tag", "--json", file]).stdout);
    expect(json).toMatchObject({ country: ["MDA"], year: 2019, language: "en" });
  });

  it("says what is wrong with a missing file or an unknown option", () => {
    expect(mmt(["tag", "/nonexistent/file.txt"]).stderr).toMatch(/cannot read/);
    const bad = mmt(["tag", "--nope"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option/);
  });
});
