/**
 * The tracker's database: Kysely over SQLite (better-sqlite3, WAL) or PostgreSQL (pg), and the
 * one set of migrations for both. Dialect differences are confined to full-text search (FTS5
 * virtual table vs a tsvector column with a GIN index) and to a few statements in store.ts.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import {
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from "kysely";
import pg from "pg";

export interface EntriesTable {
  id: string;
  revision: number;
  seq: number;
  deleted: number;
  kind: string;
  status: string;
  country: string | null;
  author: string | null;
  url: string | null;
  sha256: string | null;
  workbook: string | null;
  row_key: string | null;
  title: string;
  /** The entry as JSON, without revision, author, createdAt and updatedAt (kept in columns). */
  body: string;
  /** sha256 of the canonical content (see store.ts `contentOfEntry`): equal hash = unchanged. */
  content_hash: string;
  /** Title, note and evidence quotes: what full-text search indexes (PostgreSQL only). */
  search_text: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per (entry, facet, category); country and updated_at are copies of the entry's,
 *  so tag filters walk one index in list order and the coverage matrix needs no join. */
export interface TagsTable {
  entry_id: string;
  facet: string;
  tag_id: string;
  country: string | null;
  updated_at: string;
}

export interface TokensTable {
  id: string;
  name: string;
  role: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface DB {
  entries: EntriesTable;
  entry_tags: TagsTable;
  tokens: TokensTable;
}

export type DialectName = "sqlite" | "postgres";

export interface TrackerDb {
  db: Kysely<DB>;
  dialect: DialectName;
  /** Where the data lives, for a person (a file path, or the URL without its password). */
  where: string;
  /** PostgreSQL schema in use, when one was given. */
  schema?: string;
  close(): Promise<void>;
}

/** The default SQLite file of `mmt serve` with no options. */
export const DEFAULT_DB_FILE = ".mmt/tracker.sqlite";

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** A URL or path for a person: the password of a postgres URL hidden. */
export function describeDb(spec: string): string {
  if (!isPostgresUrl(spec)) return resolve(spec.replace(/^sqlite:(\/\/)?/i, ""));
  try {
    const u = new URL(spec);
    if (u.password) u.password = "***";
    return u.href;
  } catch {
    return "postgres://(unparsable URL)";
  }
}

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "001_initial": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("entries")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("revision", "integer", (c) => c.notNull())
          .addColumn("seq", "bigint", (c) => c.notNull())
          .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("kind", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("country", "text")
          .addColumn("author", "text")
          .addColumn("url", "text")
          .addColumn("sha256", "text")
          .addColumn("workbook", "text")
          .addColumn("row_key", "text")
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("body", "text", (c) => c.notNull())
          .addColumn("content_hash", "text", (c) => c.notNull())
          .addColumn("search_text", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("entries_seq").unique().on("entries").column("seq").execute();
        // `deleted` leads the list indexes: listing, counting by country and by month read
        // the index alone, and tombstones never slow a page down.
        await db.schema.createIndex("entries_updated").on("entries").columns(["deleted", "updated_at", "id"]).execute();
        await db.schema
          .createIndex("entries_country")
          .on("entries")
          .columns(["deleted", "country", "updated_at", "id"])
          .execute();
        await db.schema.createIndex("entries_created").on("entries").columns(["deleted", "created_at"]).execute();
        // Point filters lead with their own column, then `deleted` and the list order, so the
        // planner takes them over the order-only index without statistics.
        await db.schema
          .createIndex("entries_author")
          .on("entries")
          .columns(["author", "deleted", "updated_at", "id"])
          .execute();
        // Partial: entries without a URL, file hash or workbook cost these indexes nothing.
        await db.schema
          .createIndex("entries_url")
          .on("entries")
          .columns(["url", "deleted", "updated_at", "id"])
          .where(sql.ref("url"), "is not", null)
          .execute();
        await db.schema
          .createIndex("entries_sha256")
          .on("entries")
          .columns(["sha256", "deleted", "updated_at", "id"])
          .where(sql.ref("sha256"), "is not", null)
          .execute();
        await db.schema
          .createIndex("entries_row")
          .on("entries")
          .columns(["workbook", "row_key", "deleted", "updated_at", "id"])
          .where(sql.ref("workbook"), "is not", null)
          .execute();

        await db.schema
          .createTable("entry_tags")
          .addColumn("entry_id", "text", (c) => c.notNull())
          .addColumn("facet", "text", (c) => c.notNull())
          .addColumn("tag_id", "text", (c) => c.notNull())
          .addColumn("country", "text")
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("entry_tags_pk", ["entry_id", "facet", "tag_id"])
          .execute();
        await db.schema
          .createIndex("entry_tags_list")
          .on("entry_tags")
          .columns(["facet", "tag_id", "updated_at", "entry_id"])
          .execute();
        await db.schema
          .createIndex("entry_tags_matrix")
          .on("entry_tags")
          .columns(["facet", "country", "tag_id", "updated_at", "entry_id"])
          .execute();

        await db.schema
          .createTable("tokens")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("hash", "text", (c) => c.notNull().unique())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("revoked_at", "text")
          .execute();

        if (dialect === "sqlite") {
          await sql`CREATE VIRTUAL TABLE entries_fts USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`.execute(
            db,
          );
        } else {
          await sql`ALTER TABLE entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED`.execute(
            db,
          );
          await sql`CREATE INDEX entries_tsv ON entries USING GIN (tsv)`.execute(db);
        }
      },
    },
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly m: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.m;
  }
}

export async function migrate(t: TrackerDb): Promise<void> {
  const migrator = new Migrator({
    db: t.db,
    provider: new StaticProvider(migrations(t.dialect)),
    // Kysely looks for its bookkeeping tables by schema; name ours so that two schemas in one
    // database do not see each other's.
    ...(t.schema ? { migrationTableSchema: t.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface OpenOptions {
  /** Run the migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL: schema to use (created if missing); tests use a fresh one per run. */
  schema?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** SQLite `synchronous`: FULL (default; env MMT_SQLITE_SYNC) or NORMAL. */
  sqliteSync?: "FULL" | "NORMAL";
}

/**
 * Opens the database named by `spec`: `postgres://...` / `postgresql://...`, or an SQLite file
 * (a path, or `sqlite:path`; `:memory:` for tests). The SQLite file's folder is created.
 */
export async function openDb(spec: string, opts: OpenOptions = {}): Promise<TrackerDb> {
  let t: TrackerDb;
  if (isPostgresUrl(spec)) {
    const schema = opts.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
    const pool = new pg.Pool({
      connectionString: spec,
      max: opts.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client losing its connection must not crash the process.
    pool.on("error", () => {});
    if (schema) {
      const c = await pool.connect();
      try {
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        c.release();
      }
    }
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    t = { db, dialect: "postgres", where: describeDb(spec), ...(schema ? { schema } : {}), close: () => db.destroy() };
  } else {
    const file = spec.replace(/^sqlite:(\/\/)?/i, "");
    if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    // FULL (default): an acknowledged batch survives a power cut too, at one fsync per batch.
    // MMT_SQLITE_SYNC=NORMAL trades that for speed: still safe when the process is killed.
    const sync = (opts.sqliteSync ?? process.env.MMT_SQLITE_SYNC ?? "FULL").toUpperCase();
    sqlite.pragma(`synchronous = ${sync === "NORMAL" ? "NORMAL" : "FULL"}`);
    sqlite.pragma("busy_timeout = 5000");
    // 64 MB of page cache: tag and filter indexes of a million entries stay in memory.
    sqlite.pragma("cache_size = -65536");
    sqlite.pragma("temp_store = MEMORY");
    sqlite.pragma("foreign_keys = ON");
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    t = { db, dialect: "sqlite", where: describeDb(file), close: () => db.destroy() };
  }
  if (opts.migrate !== false) await migrate(t);
  return t;
}
