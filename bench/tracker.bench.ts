/**
 * Tracker benchmarks.
 *
 * 1. Ingest: entries per second through `PUT /api/v1/entries` over real HTTP on 127.0.0.1,
 *    batches of 500 new entries, for SQLite (a file in WAL mode, with synchronous=FULL, the
 *    default, and NORMAL: one fsync per batch or none) and PostgreSQL (a
 *    fresh schema, dropped after; skipped with a message when unreachable). Medians of the
 *    per-batch times, next to the baseline of the same run: the round trip of GET /healthz
 *    (HTTP + Fastify with no database work), and the replay of the same batches (all
 *    `unchanged`: validation + one read, no write). "Entries per CPU-second" divides by the
 *    CPU time of this process (client and tracker; PostgreSQL's own processes not counted),
 *    which a machine busy with other work changes far less than wall time.
 * 2. List/filter latency with 1,000,000 entries in SQLite, seeded straight through the store
 *    (not over HTTP): p50 and p95 of GET /api/v1/entries with common filters, over HTTP, next
 *    to the p95 of GET /healthz measured in the same run.
 *
 * MMT_BENCH_ENTRIES overrides the million (e.g. 100000 for a quick run; 0 = ingest only).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Entry } from "../shared/entry/entry";
import { CATEGORIES, TAXONOMY_VERSION } from "../shared/taxonomy/categories";
import { buildApp } from "../tracker/app";
import { createToken } from "../tracker/auth";
import { openDb, type TrackerDb } from "../tracker/db";
import { gc, median, percentile, table } from "./stats";
import { rng } from "./corpus";

const PG_URL = process.env.MMT_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const BATCH = 500;
const BATCHES = 20;
const MILLION = Number(process.env.MMT_BENCH_ENTRIES ?? 1_000_000);

const COUNTRIES = ["MDA", "KGZ", "TJK", "UZB", "BGD", "NPL", "LKA", "SRB", "MKD", "ALB", "GEO", "ARM", "PHL", "IDN", "MAR", "TUN", "SEN", "NGA", "ETH", "KEN", "MEX", "GTM", "HND", "SLV", "ECU", "COL", "PER", "BOL", "JAM", "HTI"];
const THEMES = CATEGORIES.filter((c) => c.facet === "theme").map((c) => c.id);
const SECTORS = CATEGORIES.filter((c) => c.facet === "sector").map((c) => c.id);
const WORDS = ["labour", "migration", "remittances", "diaspora", "return", "reintegration", "border", "asylum", "skills", "health", "education", "employment", "strategy", "programme", "law", "decree", "plan", "recruitment", "protection", "statistics"];

function makeEntry(r: () => number, n: number, when?: string): Entry {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} policy ${n}`;
  const t1 = pick(THEMES);
  const t2 = pick(THEMES);
  const e: Entry = {
    id: uuidv7(),
    revision: 0,
    kind: r() < 0.7 ? "document" : r() < 0.5 ? "row" : "passage",
    title,
    source: { type: "web", url: `https://gov.example.org/doc/${n}` },
    country: pick(COUNTRIES),
    language: "en",
    year: 2000 + Math.floor(r() * 26),
    tags: [
      { facet: "theme", id: t1, origin: "auto", score: 0.8, evidence: [{ start: 0, end: 10, quote: `${pick(WORDS)} ${pick(WORDS)}` }] },
      ...(t2 !== t1 ? [{ facet: "theme", id: t2, origin: "auto" as const, score: 0.5 }] : []),
      { facet: "sector", id: pick(SECTORS), origin: "auto", score: 0.6 },
    ],
    status: r() < 0.05 ? "confirmed" : "suggested",
    note: r() < 0.3 ? `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} note` : undefined,
    taxonomyVersion: TAXONOMY_VERSION,
  };
  if (!e.note) delete e.note;
  if (when) {
    e.createdAt = when;
    e.updatedAt = when;
  }
  return e;
}

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function serve(db: TrackerDb) {
  const app = await buildApp({ db, rateLimit: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const { token } = await createToken(db, "admin", "bench");
  return { app, base: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
}

async function timed(f: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function ingest(name: string, db: TrackerDb): Promise<(string | number)[]> {
  const { app, base, headers } = await serve(db);
  try {
    const health: number[] = [];
    for (let i = 0; i < 220; i++) {
      const t = await timed(async () => {
        await (await fetch(`${base}/healthz`)).text();
      });
      if (i >= 20) health.push(t);
    }
    const r = rng(7);
    const bodies = Array.from({ length: BATCHES + 2 }, (_, b) =>
      JSON.stringify({ entries: Array.from({ length: BATCH }, (_, i) => makeEntry(r, b * BATCH + i)) }),
    );
    const put = async (body: string, want: string) => {
      const res = await fetch(`${base}/api/v1/entries`, { method: "PUT", headers, body });
      const json = (await res.json()) as { results: { result: string }[] };
      if (!res.ok || json.results.some((x) => x.result !== want)) throw new Error(`${name}: unexpected answer ${res.status}`);
    };
    gc();
    // Two warm-up batches, then the timed ones.
    for (const b of bodies.slice(0, 2)) await put(b, "created");
    const times: number[] = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const b of bodies.slice(2)) times.push(await timed(() => put(b, "created")));
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const replay: number[] = [];
    for (const b of bodies.slice(2)) replay.push(await timed(() => put(b, "unchanged")));
    const perSec = (BATCH / median(times)) * 1000;
    return [
      name,
      Math.round(perSec),
      Math.round((BATCH * BATCHES * 1000) / wall),
      Math.round((BATCH * BATCHES * 1000) / cpuMs),
      median(times).toFixed(1),
      Math.round((BATCH / median(replay)) * 1000),
      median(health).toFixed(2),
      (median(times) / median(health)).toFixed(0),
    ];
  } finally {
    await app.close();
  }
}

/**
 * Seeds `n` entries into an SQLite tracker database with INSERT ... SELECT statements computed
 * inside SQLite (a recursive counter; pseudo-random picks by multiplicative hashing), in
 * chunks of 100,000: rows of `entries` whose JSON body is a valid Entry, their `entry_tags` and
 * their full-text rows. Same schema and indexes as the store writes; far faster than going
 * through JavaScript objects, so a million entries seed in a minute or two.
 */
export async function seedSqlite(t: TrackerDb, n: number): Promise<void> {
  const arr = (xs: readonly string[]) => `'${JSON.stringify(xs).replace(/'/g, "''")}'`;
  // Two rounds (linear, then quadratic) modulo a prime, so that the picks of one row do not
  // move in lock-step with each other.
  const h = (k: number) => `((((i * 2654435761 + ${k * 40503}) % 1000003) * (((i * 2654435761 + ${k * 40503}) % 1000003) + ${k})) % 1000003)`;
  const pick = (xs: readonly string[], k: number) => `json_extract(${arr(xs)}, '$[' || (${h(k)} % ${xs.length}) || ']')`;
  const CH = 100_000;
  // A 1 GB page cache while seeding (the tag indexes of a million entries outgrow the
  // tracker's 64 MB); set back before anything is measured.
  await sql`PRAGMA cache_size = -1000000`.execute(t.db);
  for (let from = 0; from < n; from += CH) {
    const to = Math.min(n, from + CH) - 1;
    await t.db.transaction().execute(async (trx) => {
      await sql
        .raw(
          `INSERT INTO entries (id, revision, seq, deleted, kind, status, country, author, url, sha256, workbook, row_key, title, body, content_hash, search_text, created_at, updated_at)
           WITH RECURSIVE c(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM c WHERE i < ${to}),
           v AS (SELECT i,
                   printf('%08x-%04x-7%03x-8%03x-%012x', i / 65536, i % 65536, i % 4096, (i / 7) % 4096, i) AS id,
                   CASE WHEN ((i * 11) % 10) < 7 THEN 'document' WHEN ((i * 11) % 10) < 9 THEN 'row' ELSE 'passage' END AS kind,
                   CASE WHEN ((i * 2654435761) % 1000003) % 20 = 0 THEN 'confirmed' ELSE 'suggested' END AS status,
                   ${pick(COUNTRIES, 1)} AS country,
                   ${pick(WORDS, 2)} || ' ' || ${pick(WORDS, 3)} || ' ' || ${pick(WORDS, 4)} || ' ' || ${pick(WORDS, 5)} || ' policy ' || i AS title,
                   ${pick(WORDS, 6)} || ' ' || ${pick(WORDS, 7)} AS quote,
                   ${pick(THEMES, 8)} AS t1, ${pick(THEMES, 9)} AS t2, ${pick(SECTORS, 10)} AS s1,
                   'https://gov.example.org/doc/' || i AS url,
                   strftime('%Y-%m-%dT%H:%M:%fZ', 1704067200 + i * 60, 'unixepoch') AS at
                 FROM c)
           SELECT id, 1, i + 1, 0, kind, status, country, 'seed', url, NULL, NULL, NULL, title,
             json_object('id', id, 'kind', kind, 'title', title, 'source', json_object('type', 'web', 'url', url),
               'country', country, 'language', 'en', 'year', 2000 + i % 26,
               'tags', json(CASE WHEN t1 = t2
                 THEN json_array(json_object('facet', 'theme', 'id', t1, 'origin', 'auto', 'score', 0.8, 'evidence', json_array(json_object('start', 0, 'end', 10, 'quote', quote))),
                                 json_object('facet', 'sector', 'id', s1, 'origin', 'auto', 'score', 0.6))
                 ELSE json_array(json_object('facet', 'theme', 'id', t1, 'origin', 'auto', 'score', 0.8, 'evidence', json_array(json_object('start', 0, 'end', 10, 'quote', quote))),
                                 json_object('facet', 'theme', 'id', t2, 'origin', 'auto', 'score', 0.5),
                                 json_object('facet', 'sector', 'id', s1, 'origin', 'auto', 'score', 0.6)) END),
               'status', status, 'taxonomyVersion', '${TAXONOMY_VERSION}'),
             printf('seed-%d', i), NULL, at, at
           FROM v`,
        )
        .execute(trx);
      const range = `seq BETWEEN ${from + 1} AND ${to + 1}`;
      await sql
        .raw(
          `INSERT INTO entry_tags (entry_id, facet, tag_id, country, updated_at)
           SELECT e.id, json_extract(t.value, '$.facet'), json_extract(t.value, '$.id'), e.country, e.updated_at
           FROM entries e, json_each(e.body, '$.tags') t WHERE e.${range}`,
        )
        .execute(trx);
      await sql
        .raw(
          `INSERT INTO entries_fts (rowid, text)
           SELECT rowid, title || char(10) || coalesce(json_extract(body, '$.tags[0].evidence[0].quote'), '') FROM entries WHERE ${range}`,
        )
        .execute(trx);
    });
  }
  await sql`PRAGMA cache_size = -65536`.execute(t.db);
}

async function listLatency(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "mmt-bench-"));
  const file = join(dir, "tracker.sqlite");
  const db = await openDb(file);
  try {
    const t0 = performance.now();
    await seedSqlite(db, MILLION);
    const seedMs = performance.now() - t0;
    process.stdout.write(
      `seeded ${MILLION.toLocaleString("en")} entries in ${(seedMs / 1000).toFixed(1)} s (${Math.round((MILLION / seedMs) * 1000)}/s); file ${(statSync(file).size / 1e6).toFixed(0)} MB\n`,
    );
    const { app, base, headers } = await serve(db);
    try {
      const get = async (path: string) => {
        const res = await fetch(`${base}${path}`, { headers });
        const body = (await res.json()) as { entries?: unknown[]; next?: string | null };
        if (!res.ok) throw new Error(`${path}: ${res.status}`);
        return body;
      };
      const firstPage = await get("/api/v1/entries?limit=50");
      const cursor = firstPage.next ?? "";
      const queries: [string, string][] = [
        ["healthz (baseline)", "/healthz"],
        ["newest 50", "/api/v1/entries?limit=50"],
        ["page 2 (cursor)", `/api/v1/entries?limit=50&cursor=${cursor}`],
        ["country", "/api/v1/entries?country=KGZ&limit=50"],
        ["facet+tag", "/api/v1/entries?facet=theme&tag=remittances&limit=50"],
        ["country+tag", "/api/v1/entries?country=TJK&facet=theme&tag=diaspora&limit=50"],
        ["status=confirmed", "/api/v1/entries?status=confirmed&limit=50"],
        ["full text q", "/api/v1/entries?q=remittances%20diaspora&limit=50"],
        ["kind+country", "/api/v1/entries?kind=passage&country=MDA&limit=50"],
        ["canonical url", "/api/v1/entries?url=https%3A%2F%2Fgov.example.org%2Fdoc%2F4242"],
      ];
      const rows: (string | number)[][] = [["query (1M entries, SQLite)", "results", "p50 ms", "p95 ms", "p95 / healthz p95"]];
      let base95 = 1;
      for (const [name, path] of queries) {
        const ts: number[] = [];
        let n = 0;
        for (let i = 0; i < 120; i++) {
          const t = await timed(async () => {
            const b = await get(path);
            n = Array.isArray(b.entries) ? b.entries.length : 0;
          });
          if (i >= 20) ts.push(t);
        }
        const p95 = percentile(ts, 95);
        if (path === "/healthz") base95 = p95;
        rows.push([name, n, median(ts).toFixed(2), p95.toFixed(2), (p95 / base95).toFixed(1)]);
      }
      process.stdout.write(`${table(rows)}\n`);
      const stats: (string | number)[][] = [["aggregate (1M entries)", "ms (median of 5)"]];
      for (const [name, path] of [
        ["stats facet=theme", "/api/v1/stats?facet=theme"],
        ["stats over=month", "/api/v1/stats?over=month"],
      ] as const) {
        const ts: number[] = [];
        for (let i = 0; i < 5; i++) ts.push(await timed(async () => void (await get(path))));
        stats.push([name, median(ts).toFixed(0)]);
      }
      process.stdout.write(`${table(stats)}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [
    ["ingest (batches of 500)", "entries/s (median batch)", "entries/s (wall)", "entries per CPU-s of this process", "ms per batch", "replay entries/s (unchanged)", "healthz ms", "batch / healthz"],
  ];
  const dir = mkdtempSync(join(tmpdir(), "mmt-bench-"));
  try {
    for (const sync of ["FULL", "NORMAL"] as const) {
      const db = await openDb(join(dir, `ingest-${sync}.sqlite`), { sqliteSync: sync });
      try {
        rows.push(await ingest(`SQLite (WAL, synchronous=${sync})`, db));
      } finally {
        await db.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (await pgReachable()) {
    const schema = `mmt_bench_${Date.now().toString(36)}`;
    const db = await openDb(PG_URL, { schema });
    try {
      rows.push(await ingest("PostgreSQL", db));
    } finally {
      await db.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  } else {
    process.stdout.write(`PostgreSQL at ${PG_URL} unreachable: its ingest run is skipped\n`);
  }
  process.stdout.write(`${table(rows)}\n\n`);
  if (MILLION > 0) await listLatency();
}
