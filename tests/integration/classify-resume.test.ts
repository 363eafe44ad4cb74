/**
 * Resumption: a second run skips every file already done; a run interrupted by SIGINT exits
 * cleanly with a consistent state, and the next run finishes with every file exactly once.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html, makeDocx, makePdf, MIGRATION, write } from "./classify-fixtures";
import { run } from "../../cli/commands/classify";
import { captured, classify, quietly, readJsonl, sha256, start } from "./classify-harness";

let dir: string;
const shas = new Set<string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mmt-classify-resume-"));
  mkdirSync(join(dir, "in"));
  const pdf = async (i: number) => makePdf([[`Plan ${i}`], [MIGRATION, `Paragraph ${i}`]], `Plan ${i}`);
  for (let i = 0; i < 40; i++) {
    const name = `doc-${String(i).padStart(3, "0")}`;
    let data: Uint8Array | string;
    if (i % 4 === 0) data = await pdf(i);
    else if (i % 4 === 1) data = await makeDocx(`Policy ${i}`, `Policy ${i}`, [MIGRATION, `Item ${i}`]);
    else if (i % 4 === 2) data = html(`Page ${i}`, `Page ${i}`, [MIGRATION, `Text ${i} `.repeat(30)]);
    else data = `Note ${i}\n${MIGRATION}\n`;
    const ext = [".pdf", ".docx", ".html", ".txt"][i % 4];
    write(join(dir, "in"), name + ext, data);
    shas.add(sha256(data));
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stateShas(file: string): string[] {
  return readJsonl<{ sha256: string }>(file).map((s) => s.sha256);
}

describe("mmt classify: resumption", () => {
  it("a run interrupted by SIGINT leaves a consistent state; the next run completes every file once", async () => {
    const out = join(dir, "a", "out.jsonl");
    const state = `${out}.state.jsonl`;
    const { child, done } = start([join(dir, "in"), "--out", out, "--workers", "1", "--progress", "plain"]);
    // Interrupt as soon as some results are on disk.
    await new Promise<void>((resolve, reject) => {
      const t0 = Date.now();
      const timer = setInterval(() => {
        if (existsSync(state) && readFileSync(state, "utf8").split("\n").length > 3) {
          clearInterval(timer);
          child.kill("SIGINT");
          resolve();
        } else if (Date.now() - t0 > 30_000) {
          clearInterval(timer);
          reject(new Error("no progress within 30 s"));
        }
      }, 10);
    });
    const first = await done;
    expect(first.code, first.stderr).toBe(130);
    expect(first.stderr).toContain("run the same command again to resume");
    const doneShas = stateShas(state);
    const written = readJsonl(out);
    expect(doneShas.length).toBeGreaterThan(0);
    expect(doneShas.length).toBeLessThan(shas.size);
    // Consistent: exactly the files the state lists are in the output, once each.
    expect(new Set(written.map((e) => e.source.sha256))).toEqual(new Set(doneShas));
    expect(written).toHaveLength(doneShas.length);

    const second = await classify([join(dir, "in"), "--out", out, "--workers", "2", "--progress", "plain"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`${doneShas.length} already done`);
    const all = readJsonl(out);
    expect(all).toHaveLength(shas.size);
    expect(new Set(all.map((e) => e.source.sha256))).toEqual(shas);
    expect(new Set(stateShas(state))).toEqual(shas);
    expect(stateShas(state)).toHaveLength(shas.size);

    // A third run has nothing left to do and changes nothing.
    const before = readFileSync(out, "utf8");
    const third = await captured(() => run([join(dir, "in"), "--out", out, "--workers", "1", "--progress", "none"]));
    expect(third.value, third.stderr).toBe(0);
    expect(third.stderr).toContain(`${shas.size} already done`);
    expect(third.stderr).toMatch(/total\s+0\s+0\s+0/);
    expect(readFileSync(out, "utf8")).toBe(before);
  }, 90_000);

  it("drops output lines of files the state does not list (a killed run's tail)", async () => {
    const out = join(dir, "b", "out.jsonl");
    // In-process: the same command code, without two more process starts.
    const files = [join(dir, "in", "doc-003.txt"), join(dir, "in", "doc-007.txt")];
    expect(await quietly(() => run([...files, "--out", out, "--workers", "1", "-q"]))).toBe(0);
    // Simulate a kill between writing entries and the state line: forget one file's state.
    const state = `${out}.state.jsonl`;
    const lines = readFileSync(state, "utf8").trim().split("\n");
    writeFileSync(state, `${lines[0]}\n{"sha256":"torn`);
    expect(await quietly(() => run([...files, "--out", out, "--workers", "1", "-q"]))).toBe(0);
    const all = readJsonl(out);
    expect(all).toHaveLength(2);
    expect(new Set(all.map((e) => e.source.sha256)).size).toBe(2);
    expect(stateShas(state)).toHaveLength(2);
  }, 30_000);

  it("refuses to overwrite an output that has no state file, and redoes files whose entries were deleted", async () => {
    const out = join(dir, "c", "out.jsonl");
    mkdirSync(join(dir, "c"));
    writeFileSync(out, '{"someone":"else"}\n');
    const refused = await captured(() => run([join(dir, "in", "doc-003.txt"), "--out", out, "-q"]));
    expect(refused.value).toBe(2);
    expect(refused.stderr).toMatch(/exists and has no state file/);
    expect(readFileSync(out, "utf8")).toBe('{"someone":"else"}\n');

    rmSync(out);
    const files = [join(dir, "in", "doc-003.txt"), join(dir, "in", "doc-007.txt")];
    expect(await quietly(() => run([...files, "--out", out, "--workers", "1", "-q"]))).toBe(0);
    // The person deletes one file's entry from the output: the next run classifies it again.
    const lines = readFileSync(out, "utf8").trim().split("\n");
    writeFileSync(out, `${lines[1]}\n`);
    const again = await captured(() => run([...files, "--out", out, "--workers", "1", "-q"]));
    expect(again.value, again.stderr).toBe(0);
    expect(again.stderr).toContain("1 file(s) done before have no entries");
    expect(new Set(readJsonl(out).map((e) => e.source.sha256)).size).toBe(2);
    expect(readJsonl(out)).toHaveLength(2);
  }, 30_000);
});
