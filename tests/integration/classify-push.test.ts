/**
 * `mmt classify --push`: batched upserts to a tracker (a small fake speaking docs/api.md,
 * validating every entry with the shared schema), skipping files the tracker already has by
 * sha256, and stopping on a refused token without marking anything done.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../cli/commands/classify";
import { type Entry, parseEntry } from "../../shared/entry/entry";
import { html, makeDocx, makePdf, MIGRATION, write } from "./classify-fixtures";
import { captured, classify, readJsonl } from "./classify-harness";

const TOKEN = "test-token-0123456789";
let dir: string;
let server: Server;
let url: string;
const stored = new Map<string, Entry>();
const batches: number[] = [];
let lookups = 0;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = "";
    req.on("data", (d: Buffer) => {
      s += d.toString();
    });
    req.on("end", () => resolve(s));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return send(401, { error: { code: "unauthorized", message: "unknown token" } });
    }
    const u = new URL(req.url ?? "/", "http://x");
    if (req.method === "PUT" && u.pathname === "/api/v1/entries") {
      const { entries } = JSON.parse(await body(req)) as { entries: unknown[] };
      batches.push(entries.length);
      const results = entries.map((raw) => {
        const p = parseEntry(raw);
        if (!p.ok) return { id: (raw as { id?: string }).id ?? "", result: "invalid", reason: p.reason };
        const known = stored.has(p.entry.id);
        stored.set(p.entry.id, p.entry);
        return { id: p.entry.id, result: known ? "unchanged" : "created", revision: 1 };
      });
      return send(200, { results });
    }
    if (req.method === "GET" && u.pathname === "/api/v1/entries") {
      lookups++;
      const sha = u.searchParams.get("sha256");
      const entries = [...stored.values()].filter((e) => e.source.sha256 === sha).slice(0, 1);
      return send(200, { entries, next: null });
    }
    send(404, { error: { code: "not_found", message: "no route" } });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  dir = mkdtempSync(join(tmpdir(), "mmt-classify-push-"));
  const input = join(dir, "in");
  mkdirSync(input);
  for (let i = 0; i < 3; i++) write(input, `plan-${i}.pdf`, await makePdf([[`Plan ${i}`], [MIGRATION]], `Plan ${i}`));
  for (let i = 0; i < 3; i++) write(input, `policy-${i}.docx`, await makeDocx(`Policy ${i}`, "Policy", [MIGRATION, `Clause ${i}`]));
  for (let i = 0; i < 3; i++) write(input, `page-${i}.html`, html(`Page ${i}`, "Page", [MIGRATION, `Text ${i} `.repeat(40)]));
  write(input, "broken.pdf", "%PDF-1.7\nnot really a pdf");
}, 60_000);

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe("mmt classify --push", () => {
  it("sends every entry in batched upserts and records the acknowledged files", async () => {
    const state = join(dir, "state-a.jsonl");
    const r = await classify([join(dir, "in"), "--push", url, "--token", TOKEN, "--batch", "4", "--state", state, "--workers", "2", "--progress", "plain"]);
    expect(r.code, r.stderr).toBe(1); // broken.pdf failed; everything else went through
    expect(r.stderr).not.toContain(TOKEN);
    expect(stored.size).toBe(9);
    expect([...stored.values()].every((e) => e.kind === "document" && e.source.type === "file")).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batches)).toBeLessThanOrEqual(4);
    expect(lookups).toBe(9 + 1); // one sha256 lookup per new file (broken.pdf included)
    const done = readJsonl<{ sha256: string }>(state);
    expect(new Set(done.map((d) => d.sha256))).toEqual(new Set([...stored.values()].map((e) => e.source.sha256)));
  }, 60_000);

  it("skips files the tracker already has by sha256, even without local state", async () => {
    const before = batches.length;
    const r = await captured(() =>
      run([join(dir, "in"), "--push", url, "--token", TOKEN, "--state", join(dir, "state-b.jsonl"), "--errors", join(dir, "errors-b.jsonl"), "--workers", "1", "-q"]),
    );
    expect(r.value, r.stderr).toBe(1); // broken.pdf still fails
    expect(r.stderr).toContain("9 already in the tracker");
    expect(batches.length).toBe(before);
    expect(readJsonl<{ how: string }>(join(dir, "state-b.jsonl")).every((s) => s.how === "tracker")).toBe(true);
    expect(readJsonl<{ code: string }>(join(dir, "errors-b.jsonl")).map((e) => e.code)).toEqual(["corrupt"]);
  }, 60_000);

  it("stops on a refused token and marks nothing done", async () => {
    const state = join(dir, "state-c.jsonl");
    const r = await captured(() =>
      run([join(dir, "in"), "--push", url, "--token", "wrong-token", "--state", state, "--errors", join(dir, "errors-c.jsonl"), "--workers", "1", "-q"]),
    );
    expect(r.value).toBe(1);
    expect(r.stderr).toMatch(/refused the token/);
    expect(r.stderr).not.toContain("wrong-token");
    expect(readJsonl(state)).toHaveLength(0);
  }, 60_000);
});
