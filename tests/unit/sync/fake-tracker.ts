/**
 * An in-memory stand-in for the tracker's entries and changes routes, following the rules of
 * docs/api.md, behind a fetch-compatible function. Failure modes are switched on by the tests.
 * The real tracker is exercised by tests/integration/sync-*.test.ts.
 */
import { type Entry, parseEntry } from "../../../shared/entry/entry";

interface Stored {
  entry: Entry;
  revision: number;
  deleted: boolean;
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

function content(e: Entry): string {
  const { revision: _r, author: _a, createdAt: _c, updatedAt: _u, ...rest } = e;
  return stable(rest);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export class FakeTracker {
  readonly store = new Map<string, Stored>();
  readonly log: { seq: number; id: string }[] = [];
  readonly token = "secret-token-123";
  /** Every PUT batch received (ids), in order. */
  readonly batches: string[][] = [];
  /** Next N requests throw like a dropped connection. */
  failNext = 0;
  /** Next N requests answer this status. */
  statusNext: { count: number; status: number; retryAfter?: string } | null = null;
  /** Refuse PUT bodies with more entries than this with 413. */
  maxBatch = 1000;
  /** Entries with this title are `invalid`. */
  invalidTitle = "REFUSE ME";
  /** When set, PUT waits for this promise before answering. */
  gate: Promise<void> | null = null;
  requests = 0;
  #seq = 0;

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    this.requests++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new TypeError("fetch failed");
    }
    if (this.statusNext && this.statusNext.count > 0) {
      this.statusNext.count--;
      const { status, retryAfter } = this.statusNext;
      return json(
        status,
        { error: { code: status >= 500 ? "internal" : "x", message: `status ${status}` } },
        retryAfter ? { "retry-after": retryAfter } : {},
      );
    }
    const url = new URL(input);
    const method = (init.method ?? "GET").toUpperCase();
    if (url.pathname === "/healthz") return json(200, { ok: true, version: "test" });
    const auth = new Headers(init.headers).get("authorization");
    if (auth !== `Bearer ${this.token}`) return json(401, { error: { code: "unauthorized", message: "bad token" } });
    if (method === "PUT" && url.pathname === "/api/v1/entries") {
      const body = JSON.parse(String(init.body)) as { entries: unknown[] };
      if (body.entries.length > this.maxBatch) {
        return json(413, { error: { code: "too_many_entries", message: `more than ${this.maxBatch}` } });
      }
      this.batches.push(body.entries.map((e) => (e as { id: string }).id));
      if (this.gate) await this.gate;
      return json(200, { results: body.entries.map((e) => this.#upsert(e)) });
    }
    if (method === "GET" && url.pathname === "/api/v1/changes") {
      const since = Number(url.searchParams.get("since") ?? "0");
      const limit = Number(url.searchParams.get("limit") ?? "500");
      const page = this.log.filter((c) => c.seq > since).slice(0, limit);
      const changes = page.map((c) => {
        const s = this.store.get(c.id) as Stored;
        return s.deleted
          ? { seq: String(c.seq), id: c.id, revision: s.revision, deleted: true }
          : { seq: String(c.seq), id: c.id, revision: s.revision, deleted: false, entry: s.entry };
      });
      const next = page.length ? String(page[page.length - 1]?.seq) : String(since);
      return json(200, { changes, next });
    }
    if (method === "GET" && url.pathname === "/api/v1/taxonomy") {
      return json(200, { version: "2026.11-1", facets: [], categories: [] });
    }
    return json(404, { error: { code: "not_found", message: "no such route" } });
  };

  #bump(id: string): void {
    // one change per id in the feed: the latest
    const i = this.log.findIndex((c) => c.id === id);
    if (i >= 0) this.log.splice(i, 1);
    this.log.push({ seq: ++this.#seq, id });
  }

  #upsert(input: unknown) {
    const p = parseEntry(input);
    const id = (input as { id?: string }).id ?? "";
    if (!p.ok) return { id, result: "invalid", reason: p.reason };
    const e = p.entry;
    if (e.title === this.invalidTitle) return { id, result: "invalid", reason: "title refused by the fake" };
    const s = this.store.get(id);
    if (!s) {
      const entry = { ...e, revision: 1, author: "fake" };
      this.store.set(id, { entry, revision: 1, deleted: false });
      this.#bump(id);
      return { id, result: "created", revision: 1 };
    }
    if (s.deleted) return { id, result: "conflict" };
    if (content(s.entry) === content(e)) return { id, result: "unchanged", revision: s.revision };
    if (e.revision === s.revision) {
      const revision = s.revision + 1;
      s.entry = { ...e, revision, author: s.entry.author };
      s.revision = revision;
      this.#bump(id);
      return { id, result: "updated", revision };
    }
    return { id, result: "conflict", revision: s.revision, current: s.entry };
  }

  /** Someone else edits an entry on the tracker. */
  editOnServer(id: string, patch: Partial<Entry>): void {
    const s = this.store.get(id);
    if (!s) throw new Error("no such entry");
    s.revision++;
    s.entry = { ...s.entry, ...patch, revision: s.revision };
    this.#bump(id);
  }

  deleteOnServer(id: string): void {
    const s = this.store.get(id);
    if (!s) throw new Error("no such entry");
    s.deleted = true;
    s.revision++;
    this.#bump(id);
  }

  /** How many times each id was sent, over all batches. */
  sendCounts(): Map<string, number> {
    const m = new Map<string, number>();
    for (const b of this.batches) for (const id of b) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  }
}
