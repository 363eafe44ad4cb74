// `mmt serve`, `mmt token`, `mmt push` and `mmt export` as real processes on a fresh folder.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./sync-harness";
import { makeEntry } from "./tracker-helpers";

const REPO = resolve(import.meta.dirname, "../..");
const MMT = join(REPO, "cli/mmt.mjs");
const run = promisify(execFile);

async function mmt(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, [MMT, ...args], { cwd, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof x.code === "number" ? x.code : 1, out: x.stdout ?? "", err: x.stderr ?? "" };
  }
}

describe("mmt serve / token / push / export", () => {
  let dir: string;
  let proc: ChildProcess;
  let out = "";
  let url: string;
  let admin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mmt-cli-"));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // No options at all: the port comes from MMT_PORT so that the test can run next to others.
    proc = spawn(process.execPath, [MMT, "serve"], {
      cwd: dir,
      env: { ...process.env, MMT_PORT: String(port), NODE_ENV: "test", MMT_ADMIN_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    proc.stderr?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    const deadline = Date.now() + 30_000;
    while (!out.includes("listening on") && Date.now() < deadline && proc.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(out).toContain("listening on");
    admin = /\b(mmt_[A-Za-z0-9_-]{43})\b/.exec(out)?.[1] ?? "";
  });
  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      proc.kill("SIGTERM");
      const killer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await new Promise((r) => proc.once("exit", r));
      clearTimeout(killer);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("with no options keeps its data in ./.mmt/tracker.sqlite, names it, and prints a first admin token once", async () => {
    expect(existsSync(join(dir, ".mmt/tracker.sqlite"))).toBe(true);
    expect(out).toContain(join(dir, ".mmt/tracker.sqlite"));
    expect(admin).not.toBe("");
    const res = await fetch(`${url}/api/v1/taxonomy`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
  });

  it("token create / list / revoke; push is idempotent; export writes the file", async () => {
    const db = join(dir, ".mmt/tracker.sqlite");
    const created = await mmt(["token", "create", "--role", "contributor", "--name", "field officer", "--db", db, "--json"], dir);
    expect(created.code, created.err).toBe(0);
    const info = JSON.parse(created.out) as { id: string; token: string; role: string };
    expect(info.role).toBe("contributor");
    const list = await mmt(["token", "list", "--db", db], dir);
    expect(list.out).toContain(info.id);
    expect(list.out).toContain("field officer");
    expect(list.out).not.toContain(info.token);
    expect(list.out).not.toContain(admin);

    const es = Array.from({ length: 12 }, (_, i) => makeEntry({ title: `Law on labour migration ${i}`, country: "UZB" }));
    const file = join(dir, "entries.jsonl");
    writeFileSync(file, `${es.map((e) => JSON.stringify(e)).join("\n")}\n`);
    const p1 = await mmt(["push", file, "--url", url, "--batch", "5"], dir, { MMT_TOKEN: info.token });
    expect(p1.code, p1.err).toBe(0);
    expect(p1.out).toContain("created 12, updated 0, unchanged 0, conflict 0, invalid 0");
    const p2 = await mmt(["push", file, "--url", url, "--token", info.token], dir);
    expect(p2.out).toContain("created 0, updated 0, unchanged 12, conflict 0, invalid 0");
    expect(p2.code).toBe(0);
    expect(p2.out + p2.err).not.toContain(info.token);

    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify(makeEntry({ country: "UZB" }))}\nnot json\n${JSON.stringify({ ...makeEntry(), tags: [{ facet: "theme", id: "nope", origin: "human" }] })}\n`);
    const p3 = await mmt(["push", bad, "--url", url, "--token", info.token], dir);
    expect(p3.code).toBe(1);
    expect(p3.out).toContain("created 1, updated 0, unchanged 0, conflict 0, invalid 2");
    expect(p3.err).toMatch(/line 2: not JSON/);
    expect(p3.err).toMatch(/line 3 .*invalid: .*theme:nope/);

    const csv = join(dir, "out.csv");
    const ex = await mmt(["export", "--url", url, "--token", info.token, "--format", "csv", "--country", "UZB", "--out", csv], dir);
    expect(ex.code, ex.err).toBe(0);
    const lines = readFileSync(csv, "utf8").trim().split("\r\n");
    expect(lines).toHaveLength(14);
    expect(lines[0]).toContain("ID,Country,Title");
    const jl = await mmt(["export", "--url", url, "--token", info.token, "--format", "jsonl", "--country", "UZB"], dir);
    expect(jl.out.trim().split("\n")).toHaveLength(13);

    const rev = await mmt(["token", "revoke", info.id, "--db", db], dir);
    expect(rev.code, rev.err).toBe(0);
    const p4 = await mmt(["push", file, "--url", url, "--token", info.token], dir);
    expect(p4.code).toBe(1);
    expect(p4.err).toMatch(/401|unknown or revoked/);
    const ex2 = await mmt(["export", "--url", url, "--token", info.token, "--format", "csv"], dir);
    expect(ex2.code).toBe(1);
  });
});
