// Every route of the tracker's v1 API (docs/api.md) against SQLite and a real PostgreSQL.
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { CATEGORIES, TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { buildApp } from "../../tracker/app";
import type { TrackerDb } from "../../tracker/db";
import { auth, BACKENDS, makeEntry, makeTokens, type Tokens } from "./tracker-helpers";

type Result = { id: string; result: string; revision?: number; current?: Entry; reason?: string };

describe.each(BACKENDS)("tracker API on $name", (backend) => {
  let app: FastifyInstance;
  let db: TrackerDb;
  let cleanup: () => Promise<void>;
  let tok: Tokens;

  beforeAll(async () => {
    ({ db, cleanup } = await backend.open());
    tok = await makeTokens(db);
    app = await buildApp({ db, rateLimit: false });
  });
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  async function put(entries: unknown[], token = tok.contributor): Promise<Result[]> {
    const res = await app.inject({ method: "PUT", url: "/api/v1/entries", headers: auth(token), payload: { entries } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().results as Result[];
  }
  async function get(url: string, token = tok.viewer) {
    const res = await app.inject({ method: "GET", url, headers: auth(token) });
    return { status: res.statusCode, body: String(res.headers["content-type"] ?? "").startsWith("application/json") ? res.json() : res.body, res };
  }

  it("GET /healthz answers without a token", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, version: expect.any(String) });
  });

  it("GET /api/v1/taxonomy serves the bundled taxonomy and its version", async () => {
    const { status, body } = await get("/api/v1/taxonomy");
    expect(status).toBe(200);
    expect(body.version).toBe(TAXONOMY_VERSION);
    expect(body.categories).toHaveLength(CATEGORIES.length);
    expect(body.facets).toContain("theme");
  });

  it("PUT creates, replays as unchanged, updates on the right revision, conflicts on a stale one", async () => {
    const a = makeEntry();
    const b = makeEntry({ kind: "passage" });
    const first = await put([a, b]);
    expect(first.map((r) => [r.id, r.result, r.revision])).toEqual([
      [a.id, "created", 1],
      [b.id, "created", 1],
    ]);
    // The same batch twice: nothing changes.
    const again = await put([a, b]);
    expect(again.map((r) => r.result)).toEqual(["unchanged", "unchanged"]);
    expect(again.map((r) => r.revision)).toEqual([1, 1]);
    // Same content with keys in another order (and the tracker's own fields echoed back): unchanged.
    const reorder = (o: object): object =>
      Object.fromEntries(
        Object.entries(o)
          .reverse()
          .map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (typeof x === "object" ? reorder(x) : x)) : v && typeof v === "object" ? reorder(v) : v]),
      );
    const echoed = { ...a, author: "someone", createdAt: "2020-01-01T00:00:00Z" };
    expect((await put([reorder(echoed)])).map((r) => r.result)).toEqual(["unchanged"]);
    const stored = (await get(`/api/v1/entries/${a.id}`)).body as Entry;
    expect(stored.revision).toBe(1);
    expect(stored.author).toBe("carl");
    expect(stored.createdAt).toBeTruthy();

    const edited = { ...a, revision: 1, note: "Adopted in 2024" };
    expect(await put([edited])).toMatchObject([{ id: a.id, result: "updated", revision: 2 }]);
    // A client still at revision 1 with other content: conflict, with the current entry.
    const stale = { ...a, revision: 1, note: "Another change" };
    const [c] = await put([stale]);
    expect(c?.result).toBe("conflict");
    expect(c?.revision).toBe(2);
    expect(c?.current?.note).toBe("Adopted in 2024");
    expect((await get(`/api/v1/entries/${a.id}`)).body.note).toBe("Adopted in 2024");
  });

  it("PUT answers invalid per entry (schema, unknown facet or category) and lets the rest through", async () => {
    const good = makeEntry();
    const badFacet = makeEntry({ tags: [{ facet: "colour", id: "blue", origin: "human" }] });
    const badId = makeEntry({ tags: [{ facet: "theme", id: "not-a-theme", origin: "human" }] });
    const results = await put([{ id: "nope", title: 3 }, good, badFacet, badId, "string"]);
    expect(results.map((r) => r.result)).toEqual(["invalid", "created", "invalid", "invalid", "invalid"]);
    expect(results[0]?.reason).toMatch(/id/);
    expect(results[2]?.reason).toMatch(/colour:blue/);
    expect(results[3]?.reason).toMatch(/not-a-theme/);
    expect(results[2]?.id).toBe(badFacet.id);
  });

  it("GET one entry, 404 for unknown; DELETE leaves a tombstone in the change feed", async () => {
    const e = makeEntry();
    await put([e]);
    expect((await get(`/api/v1/entries/${e.id}`)).status).toBe(200);
    expect((await get("/api/v1/entries/0190f3c2-0000-7000-8000-000000000000")).status).toBe(404);
    expect((await get("/api/v1/entries/not-an-id")).status).toBe(404);

    const before = (await get("/api/v1/changes?limit=1000")).body.next as string;
    const del = await app.inject({ method: "DELETE", url: `/api/v1/entries/${e.id}`, headers: auth(tok.contributor) });
    expect(del.statusCode).toBe(204);
    expect((await get(`/api/v1/entries/${e.id}`)).status).toBe(404);
    const feed = (await get(`/api/v1/changes?since=${before}`)).body;
    expect(feed.changes).toEqual([{ seq: expect.any(String), id: e.id, revision: 2, deleted: true }]);
    // A deleted id cannot be written again: conflict without current.
    const [r] = await put([e]);
    expect(r).toEqual({ id: e.id, result: "conflict" });
    const again = await app.inject({ method: "DELETE", url: `/api/v1/entries/${e.id}`, headers: auth(tok.contributor) });
    expect(again.statusCode).toBe(404);
  });

  it("GET /changes pages through every change once, in order, and says when caught up", async () => {
    const start = (await get("/api/v1/changes?limit=1000")).body.next as string;
    const es = Array.from({ length: 7 }, (_, i) => makeEntry({ title: `Remittances strategy ${i}` }));
    await put(es);
    const seen: string[] = [];
    let since = start;
    for (let i = 0; i < 10; i++) {
      const page = (await get(`/api/v1/changes?since=${since}&limit=3`)).body;
      if (!page.changes.length) break;
      for (const c of page.changes) {
        expect(c.deleted).toBe(false);
        expect(c.entry.id).toBe(c.id);
        seen.push(c.id);
      }
      expect(BigInt(page.next)).toBeGreaterThan(BigInt(since));
      since = page.next;
    }
    expect(seen).toEqual(es.map((e) => e.id));
    // An update moves the entry to the end of the feed.
    const [first] = es;
    await put([{ ...first, revision: 1, title: "Remittances strategy, revised" }]);
    const tail = (await get(`/api/v1/changes?since=${since}`)).body;
    expect(tail.changes.map((c: { id: string; revision: number }) => [c.id, c.revision])).toEqual([[first?.id, 2]]);
    expect((await get("/api/v1/changes?since=abc")).status).toBe(400);
  });

  describe("filters and pagination", () => {
    const tagged = (facet: string, id: string) => ({ facet, id, origin: "human" as const });
    let ids: Record<string, string>;
    beforeAll(async () => {
      const sha = "a".repeat(64);
      const es = {
        kgz: makeEntry({ country: "KGZ", title: "Diaspora engagement programme", tags: [tagged("theme", "diaspora")] }),
        conf: makeEntry({ country: "KGZ", status: "confirmed", title: "Return and reintegration decree", tags: [tagged("theme", "return-reintegration")] }),
        file: makeEntry({ country: "BGD", source: { type: "file", path: "a.pdf", sha256: sha }, kind: "document", title: "Overseas employment policy" }),
        row: makeEntry({
          country: "BGD",
          kind: "row",
          title: "Skills passport",
          note: "Recognition of qualifications for returnees zanzibarian",
          source: { type: "excel", workbook: "plan.xlsx", sheet: "S", rowKey: "r-17" },
          tags: [tagged("sector", "education")],
        }),
        web: makeEntry({
          country: "SRB",
          title: "Migration profile",
          source: { type: "web", url: "https://www.gov.rs/profile/?utm_source=x&b=2&a=1#top" },
          tags: [{ facet: "theme", id: "migration-data-evidence", origin: "auto", evidence: [{ start: 0, end: 5, quote: "quixotic statistics" }] }],
        }),
      };
      await put(Object.values(es).filter((e) => e.status === "suggested"));
      await put([es.conf], tok.reviewer);
      ids = Object.fromEntries(Object.entries(es).map(([k, e]) => [k, e.id]));
    });
    const list = async (q: string) => {
      const r = await get(`/api/v1/entries?${q}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return (r.body.entries as Entry[]).map((e) => e.id);
    };

    it("by country, facet+tag, facet alone, status, kind, author", async () => {
      expect((await list("country=KGZ")).sort()).toEqual([ids.kgz, ids.conf].sort());
      expect(await list("facet=theme&tag=diaspora")).toEqual([ids.kgz]);
      expect(await list("facet=sector")).toEqual([ids.row]);
      expect(await list("status=confirmed")).toEqual([ids.conf]);
      expect(await list("kind=row&country=BGD")).toEqual([ids.row]);
      expect(await list("author=rita")).toEqual([ids.conf]);
    });

    it("by canonical URL, sha256, workbook + rowKey", async () => {
      expect(await list(`url=${encodeURIComponent("https://www.gov.rs/profile?a=1&b=2")}`)).toEqual([ids.web]);
      expect(await list(`sha256=${"a".repeat(64)}`)).toEqual([ids.file]);
      expect(await list("workbook=plan.xlsx&rowKey=r-17")).toEqual([ids.row]);
    });

    it("full-text over title, note and evidence quotes", async () => {
      expect(await list("q=diaspora%20programme")).toEqual([ids.kgz]);
      expect(await list("q=zanzibarian")).toEqual([ids.row]);
      expect(await list("q=quixotic")).toEqual([ids.web]);
      expect(await list("q=nothingmatchesthis")).toEqual([]);
    });

    it("since, and cursor pagination ordered by updatedAt desc without repeats", async () => {
      const future = new Date(Date.now() + 60_000).toISOString();
      expect(await list(`since=${future}`)).toEqual([]);
      const all: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r = await get(`/api/v1/entries?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
        expect(r.status).toBe(200);
        all.push(...(r.body.entries as Entry[]).map((e) => e.id));
        const times = (r.body.entries as Entry[]).map((e) => e.updatedAt ?? "");
        expect([...times].sort().reverse()).toEqual(times);
        cursor = r.body.next;
        pages++;
      } while (cursor && pages < 100);
      expect(new Set(all).size).toBe(all.length);
      const total = (await get("/api/v1/stats?facet=theme")).body.total as number;
      expect(all.length).toBe(total);
      expect(pages).toBeGreaterThan(1);
    });

    it("rejects bad parameters with 400", async () => {
      for (const q of ["limit=0", "limit=501", "limit=x", "country=md", "status=done", "facet=colour", "tag=x", "cursor=%%%", "since=yesterday", "country=MDA&country=KGZ"]) {
        const r = await get(`/api/v1/entries?${q}`);
        expect(r.status, q).toBe(400);
        expect(r.body.error.code).toBe("bad_request");
      }
    });
  });

  it("GET /stats counts country × category of any facet, and entries per month", async () => {
    const { body } = await get("/api/v1/stats?facet=theme&country=KGZ");
    expect(body.facet).toBe("theme");
    expect(body.rows).toEqual(
      expect.arrayContaining([
        { country: "KGZ", id: "diaspora", count: 1 },
        { country: "KGZ", id: "return-reintegration", count: 1 },
      ]),
    );
    expect(body.countries).toEqual([{ country: "KGZ", count: 2 }]);
    expect(body.total).toBe(2);
    const sectors = (await get("/api/v1/stats?facet=sector")).body;
    expect(sectors.rows).toEqual([{ country: "BGD", id: "education", count: 1 }]);
    const month = (await get("/api/v1/stats?over=month")).body;
    expect(month.over).toBe("month");
    const now = new Date().toISOString().slice(0, 7);
    expect(month.series.find((s: { period: string }) => s.period === now)?.count).toBe(
      (await get("/api/v1/stats?facet=theme")).body.total,
    );
    expect((await get("/api/v1/stats")).status).toBe(400);
    expect((await get("/api/v1/stats?over=week")).status).toBe(400);
  });

  it("GET /export as CSV, XLSX, JSONL and JSON-LD", async () => {
    const passage = makeEntry({
      kind: "passage",
      country: "TJK",
      title: "Remittances passage",
      source: {
        type: "web",
        url: "https://mol.tj/strategy",
        selector: { exact: "remittances of migrant workers", prefix: "the ", suffix: " abroad", start: 120, end: 150 },
      },
    });
    await put([passage]);

    const csv = await get("/api/v1/export?format=csv&country=TJK");
    expect(csv.status).toBe(200);
    expect(csv.res.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"$/);
    const lines = String(csv.body).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]?.startsWith("ID,Country,Title,Description,Document type")).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(passage.id);
    expect(lines[1]).toContain("Labour migration; Remittances");

    const x = await app.inject({ method: "GET", url: "/api/v1/export?format=xlsx&country=TJK", headers: auth(tok.viewer) });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe("ID");
    expect(ws?.getRow(2).getCell(1).value).toBe(passage.id);
    expect(ws?.getRow(2).getCell(3).value).toBe("Remittances passage");

    const jl = await get("/api/v1/export?format=jsonl&country=TJK");
    const parsed = String(jl.body).trim().split("\n").map((l) => JSON.parse(l) as Entry);
    expect(parsed.map((e) => e.id)).toEqual([passage.id]);
    expect(parsed[0]?.source.selector?.exact).toBe("remittances of migrant workers");

    const ld = await app.inject({ method: "GET", url: "/api/v1/export?format=jsonld", headers: auth(tok.viewer) });
    const coll = JSON.parse(ld.body);
    expect(coll.type).toBe("AnnotationCollection");
    expect(coll["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    const items = coll.first.items as { id: string; motivation: string; target: { source: string; selector: unknown[] }; body: { id: string; purpose: string }[] }[];
    expect(coll.total).toBe(items.length);
    const a = items.find((i) => i.id === `urn:uuid:${passage.id}`);
    expect(a?.motivation).toBe("classifying");
    expect(a?.target.source).toBe("https://mol.tj/strategy");
    expect(a?.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "remittances of migrant workers", prefix: "the ", suffix: " abroad" },
      { type: "TextPositionSelector", start: 120, end: 150 },
    ]);
    expect(a?.body.map((b) => b.id)).toEqual(["urn:mmt:category:theme:labour-migration", "urn:mmt:category:theme:remittances"]);
    expect((await get("/api/v1/export?format=pdf")).status).toBe(400);
  });
});
