/**
 * Test helpers for the tracker suites: the two database backends (a temporary SQLite file, and
 * a fresh schema in a real PostgreSQL that is dropped afterwards), tokens of each role, and
 * entries.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import type { Entry } from "../../shared/entry/entry";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { createToken } from "../../tracker/auth";
import { openDb, type TrackerDb } from "../../tracker/db";
import type { Role } from "../../tracker/store";

export const PG_URL = process.env.MMT_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

async function pgReachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query("select 1");
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await c.end().catch(() => {});
  }
}

const pgProblem = await pgReachable();
if (pgProblem) {
  if (process.env.CI) {
    throw new Error(`PostgreSQL at ${PG_URL} is unreachable under CI (${pgProblem}): the PostgreSQL tests must run`);
  }
  process.stderr.write(
    `\n[tracker tests] SKIPPING the PostgreSQL runs: ${PG_URL} is unreachable (${pgProblem}). Set MMT_TEST_PG or start PostgreSQL; the SQLite runs still go.\n\n`,
  );
}
export const PG_AVAILABLE = pgProblem === null;

export interface Backend {
  name: "sqlite" | "postgres";
  open(): Promise<{ db: TrackerDb; cleanup: () => Promise<void> }>;
}

export const sqliteBackend: Backend = {
  name: "sqlite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "mmt-tracker-"));
    const db = await openDb(join(dir, "tracker.sqlite"));
    return {
      db,
      cleanup: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresBackend: Backend = {
  name: "postgres",
  async open() {
    const schema = `mmt_test_${randomBytes(6).toString("hex")}`;
    const db = await openDb(PG_URL, { schema, poolSize: 4 });
    return {
      db,
      cleanup: async () => {
        await db.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      },
    };
  },
};

/** The backends to run: SQLite always, PostgreSQL when reachable (always under CI). */
export const BACKENDS: Backend[] = PG_AVAILABLE ? [sqliteBackend, postgresBackend] : [sqliteBackend];

export type Tokens = Record<Role, string> & { contributor2: string };

export async function makeTokens(db: TrackerDb): Promise<Tokens> {
  return {
    viewer: (await createToken(db, "viewer", "vera")).token,
    contributor: (await createToken(db, "contributor", "carl")).token,
    contributor2: (await createToken(db, "contributor", "cora")).token,
    reviewer: (await createToken(db, "reviewer", "rita")).token,
    admin: (await createToken(db, "admin", "adam")).token,
  };
}

export function makeEntry(over: Partial<Entry> = {}): Entry {
  return {
    id: uuidv7(),
    revision: 0,
    kind: "document",
    title: "Law on labour migration and remittances of migrant workers abroad",
    source: { type: "web", url: `https://parlament.md/laws/${randomBytes(4).toString("hex")}` },
    country: "MDA",
    language: "en",
    year: 2024,
    tags: [
      {
        facet: "theme",
        id: "labour-migration",
        origin: "auto",
        score: 0.8,
        evidence: [{ start: 7, end: 23, quote: "labour migration" }],
      },
      { facet: "theme", id: "remittances", origin: "auto", score: 0.7 },
    ],
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
    ...over,
  };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });
