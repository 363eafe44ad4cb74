/**
 * The worker pool's start-up choices: where workers start from (a bundle that cannot start
 * falls back to tsx, and says so), and the growth hook that holds back the second worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GrowthInfo, Pool } from "../../cli/classify/pool";
import { TSX_ENTRY } from "../../cli/classify/worker-bundle";
import { MIGRATION } from "./classify-fixtures";

let dir: string;
const job = (seq: number) => ({ seq, path: `note-${seq}.txt`, sha256: String(seq), bytes: new TextEncoder().encode(`Note ${seq}\n${MIGRATION}\n`) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mmt-pool-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("classify worker pool", () => {
  it("falls back to the TypeScript sources when the bundled worker cannot start, and tells", async () => {
    const broken = join(dir, "broken-worker.mjs");
    writeFileSync(broken, 'throw new Error("damaged bundle");\n');
    const told: string[] = [];
    const pool = new Pool(1, 60_000, 2, { entry: () => pathToFileURL(broken), onFallback: (r) => told.push(r) });
    try {
      // A worker gets files only once ready, so no file is lost with the broken one.
      const [first, second] = await Promise.all([pool.run(job(1)), pool.run(job(2))]);
      expect(first.ok).toBe(true);
      expect(second.ok).toBe(true);
      expect(pool.entry?.href).toBe(TSX_ENTRY.href);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain("damaged bundle");
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("starts a second worker only when the growth hook agrees", async () => {
    const asked: GrowthInfo[] = [];
    let allow = false;
    const pool = new Pool(2, 60_000, 1, {
      mayGrow: (info) => {
        asked.push(info);
        return allow;
      },
    });
    try {
      const busy = (): number => pool.busyMs().length;
      await Promise.all([1, 2, 3, 4].map((i) => pool.run(job(i))));
      expect(busy()).toBe(1);
      expect(asked.length).toBeGreaterThan(0);
      // Asked with what the first worker showed: its boot time once it was ready.
      expect(asked.at(-1)?.workers).toBe(1);
      expect(asked.some((a) => a.bootMs !== null && a.bootMs > 0 && a.readyAt !== null)).toBe(true);
      allow = true;
      await Promise.all([5, 6, 7, 8].map((i) => pool.run(job(i))));
      expect(busy()).toBe(2);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
