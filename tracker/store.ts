/**
 * The tracker's store: batch upsert with per-entry results, filtered listing with cursor
 * pagination, delete with tombstones, the change feed and stats. Every query goes through
 * Kysely; the few dialect differences (full-text search, the write lock) are marked.
 *
 * Concurrency: every write runs in one transaction that first takes the write lock (SQLite: the
 * database's own single writer; PostgreSQL: a transaction-scoped advisory lock), so change-feed
 * sequence numbers are handed out and committed in order, also across several tracker
 * instances. Nothing a second instance needs is kept in memory.
 */
import { createHash } from "node:crypto";
import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from "kysely";
import { type Entry, parseEntry } from "../shared/entry/entry";
import { canonicalUrl } from "../shared/entry/url";
import { getCategory } from "../shared/taxonomy/categories";
import type { EntryFilter as WireEntryFilter } from "../shared/sync/client";
import type { DB, DialectName, EntriesTable, TrackerDb } from "./db";

export type Role = "viewer" | "contributor" | "reviewer" | "admin";
export const ROLES: readonly Role[] = ["viewer", "contributor", "reviewer", "admin"];

/** Who is writing: the token's name is the author of what it creates. */
export interface Actor {
  name: string;
  role: Role;
}

export type UpsertResult =
  | { id: string; result: "created" | "updated" | "unchanged"; revision: number }
  | { id: string; result: "conflict"; revision?: number; current?: Entry }
  | { id: string; result: "invalid"; reason: string };

/** What the store filters on: the wire filter of the API (shared/sync/client.ts) without its
 *  paging fields, which the store takes as separate arguments. */
export type EntryFilter = Omit<WireEntryFilter, "limit" | "cursor">;

export interface Change {
  seq: string;
  id: string;
  revision: number;
  deleted: boolean;
  entry?: Entry;
}

const WRITE_LOCK_KEY = 727_274_007;
// Rows per multi-row INSERT: 500 x 18 columns stays under both databases' parameter limits.
const CHUNK = 500;

/** The entry without the fields the tracker sets: what "same content" compares. */
function contentOf(e: Entry): Omit<Entry, "revision" | "author" | "createdAt" | "updatedAt"> {
  const { revision: _r, author: _a, createdAt: _c, updatedAt: _u, ...rest } = e;
  return rest;
}

/**
 * The stored JSON of an entry's content and its sha256. Entries reach the store parsed by the
 * zod schema, whose output lists keys in schema order, so equal content gives equal text.
 */
export function contentOfEntry(e: Entry): { body: string; hash: string } {
  const body = JSON.stringify(contentOf(e));
  return { body, hash: createHash("sha256").update(body).digest("hex") };
}

function searchText(e: Entry): string {
  const parts = [e.title, e.note ?? ""];
  for (const t of e.tags) for (const s of t.evidence ?? []) parts.push(s.quote);
  if (e.source.selector?.exact) parts.push(e.source.selector.exact);
  return parts.join("\n").slice(0, 200_000);
}

/** Checks what the schema cannot: facet and category ids against the taxonomy. */
export function taxonomyProblem(e: Entry): string | null {
  for (const t of e.tags) {
    if (!getCategory(t.facet, t.id)) return `tags: "${t.facet}:${t.id}" is not a category of the taxonomy`;
  }
  if (e.instrument && !getCategory("instrument", e.instrument)) {
    return `instrument: "${e.instrument}" is not a document type of the taxonomy`;
  }
  return null;
}

type Row = Pick<
  EntriesTable,
  "id" | "revision" | "seq" | "deleted" | "body" | "author" | "created_at" | "updated_at" | "content_hash" | "status"
>;

function rowToEntry(r: Pick<Row, "body" | "revision" | "author" | "created_at" | "updated_at">): Entry {
  const e = JSON.parse(r.body) as Entry;
  e.revision = Number(r.revision);
  if (r.author) e.author = r.author;
  else delete e.author;
  e.createdAt = r.created_at;
  e.updatedAt = r.updated_at;
  return e;
}

function rowOf(
  e: Entry,
  content: { body: string; hash: string },
  revision: number,
  seq: number,
  author: string | null,
  createdAt: string,
  now: string,
  dialect: DialectName,
): EntriesTable {
  return {
    id: e.id,
    revision,
    seq,
    deleted: 0,
    kind: e.kind,
    status: e.status,
    country: e.country ?? null,
    author,
    url: e.source.url ? canonicalUrl(e.source.url) : null,
    sha256: e.source.sha256 ?? null,
    workbook: e.source.workbook ?? null,
    row_key: e.source.rowKey ?? null,
    title: e.title,
    body: content.body,
    content_hash: content.hash,
    search_text: dialect === "postgres" ? searchText(e) : null,
    created_at: createdAt,
    updated_at: now,
  };
}

function chunks<T>(a: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
  return out;
}

/** Words of a full-text query (letters and digits of any script). */
export function queryWords(q: string): string[] {
  return (q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

export class Store {
  readonly db: Kysely<DB>;
  readonly dialect: DialectName;

  constructor(t: TrackerDb) {
    this.db = t.db;
    this.dialect = t.dialect;
  }

  async #lock(trx: Transaction<DB>): Promise<void> {
    if (this.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
  }

  async #maxSeq(trx: Transaction<DB>): Promise<number> {
    const r = await trx
      .selectFrom("entries")
      .select((eb) => eb.fn.max("seq").as("m"))
      .executeTakeFirst();
    return Number(r?.m ?? 0);
  }

  /** Writes entry rows (insert or replace), their tags and their full-text rows. */
  /** `old`: ids that were stored before this write (their tags and text rows are replaced). */
  async #write(trx: Transaction<DB>, rows: EntriesTable[], entries: Entry[], old: ReadonlySet<string> = new Set()): Promise<void> {
    if (!rows.length) return;
    for (const part of chunks(rows)) {
      await trx
        .insertInto("entries")
        .values(part)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            revision: eb.ref("excluded.revision"),
            seq: eb.ref("excluded.seq"),
            deleted: eb.ref("excluded.deleted"),
            kind: eb.ref("excluded.kind"),
            status: eb.ref("excluded.status"),
            country: eb.ref("excluded.country"),
            author: eb.ref("excluded.author"),
            url: eb.ref("excluded.url"),
            sha256: eb.ref("excluded.sha256"),
            workbook: eb.ref("excluded.workbook"),
            row_key: eb.ref("excluded.row_key"),
            title: eb.ref("excluded.title"),
            body: eb.ref("excluded.body"),
            content_hash: eb.ref("excluded.content_hash"),
            search_text: eb.ref("excluded.search_text"),
            created_at: eb.ref("excluded.created_at"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
    }
    const oldIds = rows.map((r) => r.id).filter((id) => old.has(id));
    for (const part of chunks(oldIds, 500)) await trx.deleteFrom("entry_tags").where("entry_id", "in", part).execute();
    const tagRows: DB["entry_tags"][] = [];
    for (const [n, e] of entries.entries()) {
      const row = rows[n] as EntriesTable;
      const seen = new Set<string>();
      for (const t of e.tags) {
        const k = `${t.facet}\u0000${t.id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        tagRows.push({ entry_id: e.id, facet: t.facet, tag_id: t.id, country: row.country, updated_at: row.updated_at });
      }
    }
    for (const part of chunks(tagRows, 1000)) await trx.insertInto("entry_tags").values(part).execute();
    if (this.dialect === "sqlite") await this.#writeFts(trx, entries, false, old);
  }

  /** SQLite: the contentless FTS5 table is keyed by the entries table's rowid. */
  async #writeFts(trx: Transaction<DB>, entries: Entry[], remove = false, old?: ReadonlySet<string>): Promise<void> {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const part of chunks([...byId.keys()], 500)) {
      const r = await sql<{ rid: number; id: string }>`SELECT rowid AS rid, id FROM entries WHERE id IN (${sql.join(part)})`.execute(
        trx,
      );
      const rids = r.rows.filter((x) => !old || old.has(x.id)).map((x) => x.rid);
      if (rids.length) await sql`DELETE FROM entries_fts WHERE rowid IN (${sql.join(rids)})`.execute(trx);
      if (remove) continue;
      for (const sub of chunks(r.rows, 500)) {
        const values = sub.map((x) => sql`(${x.rid}, ${searchText(byId.get(x.id) as Entry)})`);
        await sql`INSERT INTO entries_fts(rowid, text) VALUES ${sql.join(values)}`.execute(trx);
      }
    }
  }

  /** Batch upsert, rules of docs/api.md. Results are in the order of the batch. */
  async upsert(input: readonly unknown[], actor: Actor): Promise<UpsertResult[]> {
    const results: UpsertResult[] = new Array(input.length);
    const parsed: { i: number; e: Entry }[] = [];
    input.forEach((raw, i) => {
      const id = typeof (raw as { id?: unknown })?.id === "string" ? String((raw as { id: string }).id) : "";
      const p = parseEntry(raw);
      if (!p.ok) {
        results[i] = { id, result: "invalid", reason: p.reason };
        return;
      }
      const bad = taxonomyProblem(p.entry);
      if (bad) {
        results[i] = { id, result: "invalid", reason: bad };
        return;
      }
      parsed.push({ i, e: p.entry });
    });
    if (!parsed.length) return results;

    const canReview = actor.role === "reviewer" || actor.role === "admin";
    await this.db.transaction().execute(async (trx) => {
      await this.#lock(trx);
      const ids = [...new Set(parsed.map((p) => p.e.id))];
      const existing = new Map<string, Row>();
      for (const part of chunks(ids, 500)) {
        const rows = await trx
          .selectFrom("entries")
          .select(["id", "revision", "seq", "deleted", "body", "author", "created_at", "updated_at", "content_hash", "status"])
          .where("id", "in", part)
          .execute();
        for (const r of rows) existing.set(r.id, r);
      }
      const stored = new Set(existing.keys());
      let seq = await this.#maxSeq(trx);
      const now = new Date().toISOString();
      const writes = new Map<string, { row: EntriesTable; entry: Entry }>();
      for (const { i, e } of parsed) {
        const cur = existing.get(e.id);
        const content = contentOfEntry(e);
        if (!cur) {
          if (!canReview && e.status !== "suggested") {
            results[i] = { id: e.id, result: "invalid", reason: `forbidden: a ${actor.role} cannot set status "${e.status}"` };
            continue;
          }
          const row = rowOf(e, content, 1, ++seq, actor.name, now, now, this.dialect);
          writes.set(e.id, { row, entry: e });
          existing.set(e.id, row);
          results[i] = { id: e.id, result: "created", revision: 1 };
          continue;
        }
        const curRev = Number(cur.revision);
        if (Number(cur.deleted)) {
          results[i] = { id: e.id, result: "conflict" };
          continue;
        }
        if (cur.content_hash === content.hash) {
          results[i] = { id: e.id, result: "unchanged", revision: curRev };
          continue;
        }
        if (e.revision !== curRev) {
          results[i] = { id: e.id, result: "conflict", revision: curRev, current: rowToEntry(cur) };
          continue;
        }
        if (!canReview) {
          if (cur.author !== actor.name) {
            results[i] = { id: e.id, result: "invalid", reason: `forbidden: a ${actor.role} cannot edit another author's entry` };
            continue;
          }
          if (e.status !== cur.status && e.status !== "suggested") {
            results[i] = { id: e.id, result: "invalid", reason: `forbidden: a ${actor.role} cannot set status "${e.status}"` };
            continue;
          }
        }
        const row = rowOf(e, content, curRev + 1, ++seq, cur.author, cur.created_at, now, this.dialect);
        writes.set(e.id, { row, entry: e });
        existing.set(e.id, row);
        results[i] = { id: e.id, result: "updated", revision: curRev + 1 };
      }
      const w = [...writes.values()];
      const old = new Set(w.filter((x) => stored.has(x.row.id)).map((x) => x.row.id));
      await this.#write(
        trx,
        w.map((x) => x.row),
        w.map((x) => x.entry),
        old,
      );
    });
    return results;
  }

  /**
   * Seeds entries straight into the database (benchmarks, imports): no role or revision
   * checks, no results. Entries must be new; each is parsed by the schema (an invalid one
   * throws) so that its stored content compares equal to the same entry sent later.
   */
  async bulkInsert(input: readonly Entry[], author: string | null = null): Promise<void> {
    const entries = input.map((x) => {
      const p = parseEntry(x);
      if (!p.ok) throw new Error(`bulkInsert: entry ${x.id}: ${p.reason}`);
      return p.entry;
    });
    await this.db.transaction().execute(async (trx) => {
      await this.#lock(trx);
      let seq = await this.#maxSeq(trx);
      const now = new Date().toISOString();
      const rows = entries.map((e) =>
        rowOf(e, contentOfEntry(e), 1, ++seq, author, e.createdAt ?? now, e.updatedAt ?? now, this.dialect),
      );
      await this.#write(trx, rows, [...entries]);
    });
  }

  async get(id: string): Promise<Entry | null> {
    const r = await this.db
      .selectFrom("entries")
      .select(["body", "revision", "author", "created_at", "updated_at"])
      .where("id", "=", id)
      .where("deleted", "=", 0)
      .executeTakeFirst();
    return r ? rowToEntry(r) : null;
  }

  /** Deletes (tombstones) an entry. "forbidden" when a contributor deletes another's entry. */
  async delete(id: string, actor: Actor): Promise<"deleted" | "not_found" | "forbidden"> {
    return this.db.transaction().execute(async (trx) => {
      await this.#lock(trx);
      const cur = await trx
        .selectFrom("entries")
        .select(["id", "revision", "author", "deleted", "body"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (!cur || Number(cur.deleted)) return "not_found";
      if (actor.role === "viewer") return "forbidden";
      if (actor.role === "contributor" && cur.author !== actor.name) return "forbidden";
      if (this.dialect === "sqlite") await this.#writeFts(trx, [JSON.parse(cur.body) as Entry], true);
      const seq = (await this.#maxSeq(trx)) + 1;
      await trx
        .updateTable("entries")
        .set({
          deleted: 1,
          seq,
          revision: Number(cur.revision) + 1,
          updated_at: new Date().toISOString(),
          search_text: null,
        })
        .where("id", "=", id)
        .execute();
      await trx.deleteFrom("entry_tags").where("entry_id", "=", id).execute();
      return "deleted";
    });
  }

  /** Applies the entry filters of docs/api.md to a query over `entries`. */
  #filter<TB extends keyof DB, O>(
    qb: SelectQueryBuilder<DB, TB, O>,
    f: EntryFilter,
    facetDone = false,
  ): SelectQueryBuilder<DB, TB, O> {
    // Every query filtered here selects from `entries` (possibly joined); the cast lets one
    // filter serve them all.
    let q = qb as unknown as SelectQueryBuilder<DB, "entries", O>;
    q = q.where("entries.deleted", "=", 0);
    if (f.country) q = q.where("entries.country", "=", f.country);
    if (f.status) q = q.where("entries.status", "=", f.status);
    if (f.kind) q = q.where("entries.kind", "=", f.kind);
    if (f.author) q = q.where("entries.author", "=", f.author);
    if (f.url) q = q.where("entries.url", "=", canonicalUrl(f.url));
    if (f.sha256) q = q.where("entries.sha256", "=", f.sha256);
    if (f.workbook) q = q.where("entries.workbook", "=", f.workbook);
    if (f.rowKey) q = q.where("entries.row_key", "=", f.rowKey);
    if (f.since) q = q.where("entries.updated_at", ">=", f.since);
    if (f.facet && !facetDone) {
      const facet = f.facet;
      const tag = f.tag;
      q = q.where("entries.id", "in", (eb) => {
        let s = eb.selectFrom("entry_tags").select("entry_tags.entry_id").where("entry_tags.facet", "=", facet);
        if (tag) s = s.where("entry_tags.tag_id", "=", tag);
        return s;
      });
    }
    if (f.q) {
      const words = queryWords(f.q);
      if (words.length) {
        if (this.dialect === "sqlite") {
          const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
          q = q.where(sql<boolean>`entries.rowid IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ${match})`);
        } else {
          q = q.where(sql<boolean>`entries.tsv @@ plainto_tsquery('simple', ${words.join(" ")})`);
        }
      }
    }
    return q as unknown as SelectQueryBuilder<DB, TB, O>;
  }

  /**
   * Entries by updatedAt desc, id desc; `cursor` continues after the last one of a page. With
   * facet + tag the walk is driven by the tag index (which carries updatedAt), so a common tag
   * over a million entries still reads only about one page of rows.
   */
  async list(
    f: EntryFilter,
    limit: number,
    cursor?: { updatedAt: string; id: string },
  ): Promise<{ entries: Entry[]; next: { updatedAt: string; id: string } | null }> {
    type Page = { id: string; body: string; revision: number; author: string | null; created_at: string; updated_at: string }[];
    let rows: Page;
    if (f.facet && f.tag) {
      const facet = f.facet;
      const tag = f.tag;
      let q = this.#filter(
        this.db
          .selectFrom("entry_tags")
          .innerJoin("entries", "entries.id", "entry_tags.entry_id")
          .select(["entries.id", "entries.body", "entries.revision", "entries.author", "entries.created_at", "entries.updated_at"])
          .where("entry_tags.facet", "=", facet)
          .where("entry_tags.tag_id", "=", tag)
          // The tag row's copy of the country lets the index answer country + tag directly.
          .$if(f.country !== undefined, (qb) => qb.where("entry_tags.country", "=", f.country as string)),
        f,
        true,
      );
      if (cursor) {
        const c = cursor;
        // A row-value comparison, so that both databases seek the index instead of scanning.
        q = q.where((eb) => eb(eb.refTuple("entry_tags.updated_at", "entry_tags.entry_id"), "<", eb.tuple(c.updatedAt, c.id)));
      }
      rows = await q
        .orderBy("entry_tags.updated_at", "desc")
        .orderBy("entry_tags.entry_id", "desc")
        .limit(limit + 1)
        .execute();
    } else {
      let q = this.#filter(
        this.db.selectFrom("entries").select(["entries.id", "body", "revision", "author", "created_at", "updated_at"]),
        f,
      );
      if (cursor) {
        const c = cursor;
        q = q.where((eb) => eb(eb.refTuple("entries.updated_at", "entries.id"), "<", eb.tuple(c.updatedAt, c.id)));
      }
      rows = await q.orderBy("entries.updated_at", "desc").orderBy("entries.id", "desc").limit(limit + 1).execute();
    }
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    return {
      entries: page.map(rowToEntry),
      next: more && last ? { updatedAt: last.updated_at, id: last.id } : null,
    };
  }

  /** Every entry matching the filter, page by page (exports). */
  async *iterate(f: EntryFilter, pageSize = 1000): AsyncGenerator<Entry> {
    let cursor: { updatedAt: string; id: string } | undefined;
    for (;;) {
      const page = await this.list(f, pageSize, cursor);
      yield* page.entries;
      if (!page.next) return;
      cursor = page.next;
    }
  }

  /** The change feed after sequence number `since` (0 = from the start). */
  async changes(since: number, limit: number): Promise<{ changes: Change[]; next: string }> {
    const rows = await this.db
      .selectFrom("entries")
      .select(["id", "seq", "revision", "deleted", "body", "author", "created_at", "updated_at"])
      .where("seq", ">", since)
      .orderBy("seq", "asc")
      .limit(limit)
      .execute();
    const changes: Change[] = rows.map((r) => {
      const deleted = Number(r.deleted) === 1;
      const c: Change = { seq: String(r.seq), id: r.id, revision: Number(r.revision), deleted };
      if (!deleted) c.entry = rowToEntry(r);
      return c;
    });
    const last = rows[rows.length - 1];
    return { changes, next: last ? String(last.seq) : String(since) };
  }

  /** Counts by country × category of one facet, by country, and the total. */
  async stats(facet: string, f: EntryFilter) {
    type Cell = { country: string | null; tag_id: string; n: number | string };
    let rows: Cell[];
    const onlyCountry = Object.entries(f).every(([k, v]) => v === undefined || k === "country");
    if (onlyCountry) {
      // The coverage matrix without filters (or by country) reads the tag index alone.
      let q = this.db
        .selectFrom("entry_tags")
        .select((eb) => ["entry_tags.country", "entry_tags.tag_id", eb.fn.countAll<number | string>().as("n")])
        .where("entry_tags.facet", "=", facet);
      if (f.country) q = q.where("entry_tags.country", "=", f.country);
      rows = await q.groupBy(["entry_tags.country", "entry_tags.tag_id"]).orderBy("entry_tags.country").orderBy("entry_tags.tag_id").execute();
    } else {
      rows = await this.#filter(this.db.selectFrom("entries").innerJoin("entry_tags", "entry_tags.entry_id", "entries.id"), f)
        .where("entry_tags.facet", "=", facet)
        .select((eb) => ["entries.country", "entry_tags.tag_id", eb.fn.countAll<number | string>().as("n")])
        .groupBy(["entries.country", "entry_tags.tag_id"])
        .orderBy("entries.country")
        .orderBy("entry_tags.tag_id")
        .execute();
    }
    const countries = await this.#filter(this.db.selectFrom("entries"), f)
      .select((eb) => ["entries.country", eb.fn.countAll<number | string>().as("n")])
      .groupBy("entries.country")
      .orderBy("entries.country")
      .execute();
    const total = countries.reduce((s, c) => s + Number(c.n), 0);
    return {
      facet,
      rows: rows.map((r) => ({ country: r.country ?? null, id: r.tag_id, count: Number(r.n) })),
      countries: countries.map((c) => ({ country: c.country ?? null, count: Number(c.n) })),
      total,
    };
  }

  /** Entries created per month (YYYY-MM), oldest first. */
  async overMonths(f: EntryFilter) {
    const period = sql<string>`substr(entries.created_at, 1, 7)`;
    const rows = await this.#filter(this.db.selectFrom("entries"), f)
      .select((eb) => [period.as("period"), eb.fn.countAll<number | string>().as("n")])
      .groupBy(period)
      .orderBy(period)
      .execute();
    return { over: "month" as const, series: rows.map((r) => ({ period: r.period, count: Number(r.n) })) };
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom("entries")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("deleted", "=", 0)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
