// Security of the tracker: tokens, roles, bounds, malformed input, injection-looking text,
// spreadsheet formula neutralisation, CORS and log redaction; on SQLite and PostgreSQL.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { buildApp } from "../../tracker/app";
import { createToken, listTokens, revokeToken } from "../../tracker/auth";
import type { TrackerDb } from "../../tracker/db";
import { auth, BACKENDS, makeEntry, makeTokens, sqliteBackend, type Tokens } from "./tracker-helpers";

const FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\t=1", "\r=1"];

describe.each(BACKENDS)("tracker security on $name", (backend) => {
  let app: FastifyInstance;
  let db: TrackerDb;
  let cleanup: () => Promise<void>;
  let tok: Tokens;

  beforeAll(async () => {
    ({ db, cleanup } = await backend.open());
    tok = await makeTokens(db);
    app = await buildApp({ db, rateLimit: false, corsOrigins: ["chrome-extension://abcdefghijklmnop", "https://addin.example.org"] });
  });
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  const put = (entries: unknown[], token: string) =>
    app.inject({ method: "PUT", url: "/api/v1/entries", headers: auth(token), payload: { entries } });

  it("missing, malformed, wrong and revoked tokens get 401 on every API route", async () => {
    const { token, info } = await createToken(db, "reviewer", "soon revoked");
    expect((await app.inject({ method: "GET", url: "/api/v1/entries", headers: auth(token) })).statusCode).toBe(200);
    expect(await revokeToken(db, info.id)).toBe(true);
    const routes: [string, string][] = [
      ["GET", "/api/v1/entries"],
      ["PUT", "/api/v1/entries"],
      ["GET", "/api/v1/entries/0190f3c2-0000-7000-8000-000000000000"],
      ["DELETE", "/api/v1/entries/0190f3c2-0000-7000-8000-000000000000"],
      ["GET", "/api/v1/changes"],
      ["GET", "/api/v1/stats?facet=theme"],
      ["GET", "/api/v1/export?format=csv"],
      ["GET", "/api/v1/taxonomy"],
    ];
    const variants: Record<string, string | undefined> = {
      missing: undefined,
      notBearer: `Basic ${tok.admin}`,
      wrong: "Bearer mmt_this_is_not_a_token",
      revoked: `Bearer ${token}`,
    };
    for (const [method, url] of routes) {
      for (const [name, header] of Object.entries(variants)) {
        const res = await app.inject({
          method: method as "GET",
          url,
          headers: header ? { authorization: header } : {},
          ...(method === "PUT" ? { payload: { entries: [makeEntry()] } } : {}),
        });
        expect(res.statusCode, `${method} ${url} ${name}`).toBe(401);
        expect(res.json().error.code).toBe("unauthorized");
        expect(res.body).not.toContain(token);
      }
    }
    // The revoked token shows as revoked; its secret is nowhere in the token list.
    const listed = await listTokens(db);
    expect(listed.find((t) => t.id === info.id)?.revokedAt).toBeTruthy();
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it("tokens are stored as sha256 hashes, never in clear", async () => {
    const rows = await db.db.selectFrom("tokens").select(["hash"]).execute();
    for (const t of Object.values(tok)) expect(JSON.stringify(rows)).not.toContain(t);
    for (const r of rows) expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("viewer: reads, but cannot write or delete", async () => {
    const res = await put([makeEntry()], tok.viewer);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("forbidden");
    const e = makeEntry();
    await put([e], tok.contributor);
    const del = await app.inject({ method: "DELETE", url: `/api/v1/entries/${e.id}`, headers: auth(tok.viewer) });
    expect(del.statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: `/api/v1/entries/${e.id}`, headers: auth(tok.viewer) })).statusCode).toBe(200);
  });

  it("contributor: cannot confirm or reject, edit or delete another author's entry", async () => {
    const confirmed = makeEntry({ status: "confirmed" });
    const mine = makeEntry();
    const r1 = (await put([confirmed, mine], tok.contributor)).json().results;
    expect(r1[0].result).toBe("invalid");
    expect(r1[0].reason).toMatch(/^forbidden: /);
    expect(r1[1].result).toBe("created");
    // cora edits carl's entry: forbidden; carl edits it: updated.
    const edit = { ...mine, revision: 1, note: "edited" };
    const r2 = (await put([edit], tok.contributor2)).json().results;
    expect(r2[0]).toMatchObject({ result: "invalid", reason: expect.stringMatching(/^forbidden: .*another author/) });
    // carl may not confirm his own either
    const r3 = (await put([{ ...mine, revision: 1, status: "rejected" }], tok.contributor)).json().results;
    expect(r3[0]).toMatchObject({ result: "invalid", reason: expect.stringMatching(/^forbidden/) });
    expect((await put([edit], tok.contributor)).json().results[0]).toMatchObject({ result: "updated", revision: 2 });
    const del = await app.inject({ method: "DELETE", url: `/api/v1/entries/${mine.id}`, headers: auth(tok.contributor2) });
    expect(del.statusCode).toBe(403);
    // reviewer confirms anyone's; reviewer deletes anyone's
    const r4 = (await put([{ ...edit, revision: 2, status: "confirmed" }], tok.reviewer)).json().results;
    expect(r4[0]).toMatchObject({ result: "updated", revision: 3 });
    const got = (await app.inject({ method: "GET", url: `/api/v1/entries/${mine.id}`, headers: auth(tok.viewer) })).json() as Entry;
    expect(got.author).toBe("carl");
    expect(got.status).toBe("confirmed");
    expect((await app.inject({ method: "DELETE", url: `/api/v1/entries/${mine.id}`, headers: auth(tok.reviewer) })).statusCode).toBe(204);
  });

  it("oversized bodies get 413 payload_too_large; batches over 1000 get 413 too_many_entries", async () => {
    const big = JSON.stringify({ entries: [makeEntry({ note: "x".repeat(20_000) })], pad: "y".repeat(5 * 1024 * 1024) });
    const r1 = await app.inject({ method: "PUT", url: "/api/v1/entries", headers: { ...auth(tok.admin), "content-type": "application/json" }, payload: big });
    expect(r1.statusCode).toBe(413);
    expect(r1.json().error.code).toBe("payload_too_large");
    const many = Array.from({ length: 1001 }, () => ({ id: "x" }));
    const r2 = await put(many, tok.admin);
    expect(r2.statusCode).toBe(413);
    expect(r2.json().error.code).toBe("too_many_entries");
  });

  it("malformed JSON and wrong shapes are 400, never 500", async () => {
    const bodies = ["{", '{"entries": [}', "null", "[]", '{"entries": 3}', '{"entries": []}', '{"__proto__": {"x": 1}, "entries": []}', ""];
    for (const payload of bodies) {
      const res = await app.inject({ method: "PUT", url: "/api/v1/entries", headers: { ...auth(tok.admin), "content-type": "application/json" }, payload });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code).toBe("bad_request");
    }
    const text = await app.inject({ method: "PUT", url: "/api/v1/entries", headers: { ...auth(tok.admin), "content-type": "text/plain" }, payload: "hello" });
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    expect(text.statusCode).toBeLessThan(500);
    expect(text.json().error).toBeTruthy();
  });

  it("SQL- and formula-looking strings round-trip as plain text", async () => {
    const nasty = [
      "'; DROP TABLE entries; --",
      "Robert'); DELETE FROM tokens;--",
      '" OR 1=1 --',
      "name\u0000with nul? no: %_ wildcards \\ backslash",
      ...FORMULAS,
      "<script>alert(1)</script>",
    ].filter((s) => !s.includes("\u0000"));
    const es = nasty.map((s, i) => makeEntry({ title: s, note: `${s} note`, country: "NPL", source: { type: "web", url: `https://x.org/${i}?q=${encodeURIComponent(s)}` } }));
    const res = (await put(es, tok.admin)).json().results as { result: string }[];
    expect(res.every((r) => r.result === "created")).toBe(true);
    for (const e of es) {
      const got = (await app.inject({ method: "GET", url: `/api/v1/entries/${e.id}`, headers: auth(tok.viewer) })).json() as Entry;
      expect(got.title).toBe(e.title);
      expect(got.note).toBe(e.note);
    }
    // Filters and search take them as values, not SQL.
    const byAuthor = await app.inject({ method: "GET", url: `/api/v1/entries?author=${encodeURIComponent("x' OR '1'='1")}`, headers: auth(tok.viewer) });
    expect(byAuthor.json().entries).toEqual([]);
    const q = await app.inject({ method: "GET", url: `/api/v1/entries?q=${encodeURIComponent("DROP TABLE entries\"; --")}&country=NPL`, headers: auth(tok.viewer) });
    expect(q.statusCode).toBe(200);
    expect(q.json().entries.length).toBeGreaterThanOrEqual(1);
    expect((await db.db.selectFrom("tokens").select("id").execute()).length).toBeGreaterThan(0);
  });

  it("exported CSV and XLSX cells beginning with = + - @ tab CR are neutralised", async () => {
    const es = FORMULAS.map((f) => makeEntry({ title: f, note: f, country: "LKA", author: f }));
    await put(es, tok.admin);
    const csv = (await app.inject({ method: "GET", url: "/api/v1/export?format=csv&country=LKA", headers: auth(tok.viewer) })).body;
    const cells = parseCsv(csv.replace(/^\ufeff/, ""));
    expect(cells.length).toBe(es.length + 1);
    for (const row of cells.slice(1)) {
      for (const c of row) expect(c, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
      expect(FORMULAS.map((f) => `'${f}`)).toContain(row[2]);
    }
    const x = await app.inject({ method: "GET", url: "/api/v1/export?format=xlsx&country=LKA", headers: auth(tok.viewer) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let checked = 0;
    ws?.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(es.length * 5);
  });

  it("CORS admits only the configured origins", async () => {
    const pre = (origin: string) =>
      app.inject({
        method: "OPTIONS",
        url: "/api/v1/entries",
        headers: { origin, "access-control-request-method": "PUT", "access-control-request-headers": "authorization,content-type" },
      });
    for (const ok of ["chrome-extension://abcdefghijklmnop", "https://addin.example.org"]) {
      const r = await pre(ok);
      expect(r.statusCode).toBeLessThan(300);
      expect(r.headers["access-control-allow-origin"]).toBe(ok);
    }
    for (const bad of ["https://evil.example", "chrome-extension://otherextension", "null"]) {
      const r = await pre(bad);
      expect(r.headers["access-control-allow-origin"]).toBeUndefined();
    }
    const get = await app.inject({ method: "GET", url: "/api/v1/taxonomy", headers: { ...auth(tok.viewer), origin: "https://evil.example" } });
    expect(get.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("tracker bounds that need their own app (SQLite)", () => {
  it("rate limit answers 429 rate_limited with retry-after", async () => {
    const { db, cleanup } = await sqliteBackend.open();
    const tok = await makeTokens(db);
    const app = await buildApp({ db, rateLimit: { max: 5, timeWindowMs: 60_000 } });
    try {
      const codes: number[] = [];
      let last: Awaited<ReturnType<typeof app.inject>> | null = null;
      for (let i = 0; i < 7; i++) {
        last = await app.inject({ method: "GET", url: "/api/v1/taxonomy", headers: auth(tok.viewer) });
        codes.push(last.statusCode);
      }
      expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(codes[6]).toBe(429);
      expect(last?.json().error.code).toBe("rate_limited");
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
      // Another token has its own budget; /healthz is not limited.
      expect((await app.inject({ method: "GET", url: "/api/v1/taxonomy", headers: auth(tok.admin) })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  it("structured logs never contain the bearer token", async () => {
    const { db, cleanup } = await sqliteBackend.open();
    const tok = await makeTokens(db);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = await buildApp({
      db,
      rateLimit: false,
      logger: {
        level: "trace",
        stream,
        serializers: { req: (r: { method: string; url: string; headers: unknown }) => ({ method: r.method, url: r.url, headers: r.headers }) },
      },
    });
    try {
      await app.inject({ method: "GET", url: "/api/v1/entries", headers: auth(tok.admin) });
      await app.inject({ method: "GET", url: "/api/v1/entries", headers: auth("mmt_wrong_secret_value") });
      const log = lines.join("");
      expect(log).toContain("/api/v1/entries");
      expect(log).toContain("[redacted]");
      expect(log).not.toContain(tok.admin);
      expect(log).not.toContain("mmt_wrong_secret_value");
    } finally {
      await app.close();
      await cleanup();
    }
  });
});

/** A small RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
