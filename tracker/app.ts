/**
 * The tracker's HTTP app (Fastify 5): the v1 API of docs/api.md, bearer-token auth with roles,
 * CORS for configured origins only, body/batch/rate bounds with JSON errors, and the static
 * dashboard and add-in files when they are built.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import { z } from "zod";
import { EntryIdSchema } from "../shared/entry/entry";
import { CATEGORIES, TAXONOMY_VERSION } from "../shared/taxonomy/categories";
import { FACETS } from "../shared/taxonomy/types";
import { roleAtLeast, verifyToken } from "./auth";
import type { TrackerDb } from "./db";
import { exportStream, FORMATS, isFormat } from "./export";
import { type Actor, type EntryFilter, type Role, Store } from "./store";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_BATCH = 1000;

export interface AppOptions {
  db: TrackerDb;
  /** Origins admitted by CORS (exact match), e.g. chrome-extension://abc..., https://addin.example.org. */
  corsOrigins?: readonly string[];
  /** Fastify logger options; false (default) for none. The authorization header is always redacted. */
  logger?: boolean | Record<string, unknown>;
  /** Requests per minute per token (or per address without one); false turns limiting off. */
  rateLimit?: { max: number; timeWindowMs?: number } | false;
  version?: string;
  /** Folder of the built dashboard, served at / when it exists. */
  dashboardDir?: string;
  /** Folder of the built add-in, served at /addin/ when it exists. */
  addinDir?: string;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: (Actor & { tokenId: string }) | null;
  }
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send({ error: { code, message } });
}

const one = <T extends z.ZodType>(s: T) => s.optional();

const FilterSchema = z
  .object({
    country: one(z.string().regex(/^[A-Z]{3}$/, "country must be an ISO 3166-1 alpha-3 code")),
    facet: one(z.enum(FACETS as unknown as [string, ...string[]])),
    tag: one(z.string().min(1).max(80)),
    status: one(z.enum(["suggested", "confirmed", "rejected"])),
    kind: one(z.enum(["document", "passage", "row"])),
    url: one(z.string().min(1).max(4000)),
    sha256: one(z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex digits")),
    workbook: one(z.string().min(1).max(1000)),
    rowKey: one(z.string().min(1).max(300)),
    q: one(z.string().min(1).max(500)),
    author: one(z.string().min(1).max(200)),
    since: one(z.string().refine((s) => !Number.isNaN(Date.parse(s)), "since must be an ISO time")),
  })
  .refine((f) => !f.tag || f.facet, { message: "tag needs facet" });

const FILTER_KEYS = new Set(["country", "facet", "tag", "status", "kind", "url", "sha256", "workbook", "rowKey", "q", "author", "since"]);

function queryOf(req: FastifyRequest): Record<string, string> {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (typeof v !== "string") throw new ApiError(400, "bad_request", `query parameter "${k}" is given more than once`);
    out[k] = v;
  }
  return out;
}

function filterOf(q: Record<string, string>): EntryFilter {
  const picked: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) if (FILTER_KEYS.has(k) && v !== "") picked[k] = v;
  const r = FilterSchema.safeParse(picked);
  if (!r.success) {
    throw new ApiError(400, "bad_request", r.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; "));
  }
  const f: EntryFilter = { ...r.data };
  if (f.since) f.since = new Date(f.since).toISOString();
  return f;
}

function intParam(q: Record<string, string>, name: string, def: number, min: number, max: number): number {
  const v = q[name];
  if (v === undefined || v === "") return def;
  if (!/^\d+$/.test(v)) throw new ApiError(400, "bad_request", `${name} must be an integer from ${min} to ${max}`);
  const n = Number(v);
  if (n < min || n > max) throw new ApiError(400, "bad_request", `${name} must be an integer from ${min} to ${max}`);
  return n;
}

function encodeCursor(c: { updatedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([c.updatedAt, c.id]), "utf8").toString("base64url");
}

function decodeCursor(s: string): { updatedAt: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string") return { updatedAt: v[0], id: v[1] };
  } catch {
    // fall through
  }
  throw new ApiError(400, "bad_request", "cursor is not one this tracker made");
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const logger: FastifyServerOptions["logger"] =
    opts.logger === undefined || opts.logger === false
      ? false
      : {
          ...(typeof opts.logger === "object" ? opts.logger : {}),
          redact: { paths: ["req.headers.authorization", "headers.authorization", "authorization"], censor: "[redacted]" },
        };
  const app = Fastify({ logger, bodyLimit: MAX_BODY_BYTES, trustProxy: false });
  const store = new Store(opts.db);
  const origins = new Set(opts.corsOrigins ?? []);

  app.decorateRequest("actor", null);

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof ApiError) return send(reply, err.statusCode, err.code, err.message);
    const status = err.statusCode ?? 500;
    if (status === 413 || err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return send(reply, 413, "payload_too_large", `the request body is larger than ${MAX_BODY_BYTES} bytes`);
    }
    if (status === 429) return send(reply, 429, "rate_limited", err.message || "too many requests; retry later");
    if (status >= 400 && status < 500) {
      const msg = err instanceof SyntaxError || err.code === "FST_ERR_CTP_INVALID_JSON" ? `malformed JSON: ${err.message}` : err.message;
      return send(reply, status, status === 404 ? "not_found" : "bad_request", msg);
    }
    req.log.error({ err }, "request failed");
    return send(reply, 500, "internal", "internal error");
  });
  app.setNotFoundHandler((req, reply) => send(reply, 404, "not_found", `no route ${req.method} ${req.url.split("?")[0]}`));

  await app.register(cors, {
    origin: (origin, cb) => {
      // No Origin header: not a browser cross-origin request (CLI, server, same origin).
      if (!origin) return cb(null, true);
      cb(null, origins.has(origin));
    },
    methods: ["GET", "PUT", "DELETE", "OPTIONS"],
    allowedHeaders: ["authorization", "content-type"],
    exposedHeaders: ["content-disposition", "retry-after"],
    maxAge: 600,
  });

  if (opts.rateLimit !== false) {
    const rl = opts.rateLimit ?? { max: 1200 };
    await app.register(rateLimit, {
      max: rl.max,
      timeWindow: rl.timeWindowMs ?? 60_000,
      // Per token (hashed, never the token itself), or per address without one.
      keyGenerator: (req) => {
        const a = req.headers.authorization;
        return a ? `t:${createHash("sha256").update(a).digest("hex").slice(0, 24)}` : `ip:${req.ip}`;
      },
      allowList: (req) => req.url === "/healthz",
      errorResponseBuilder: (_req, ctx) => {
        const e = new ApiError(429, "rate_limited", `too many requests: at most ${ctx.max} per ${ctx.after}; retry later`);
        return e;
      },
    });
  }

  /** Auth for /api/: a known, unrevoked bearer token. */
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    if (req.method === "OPTIONS") return;
    const h = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m?.[1]) throw new ApiError(401, "unauthorized", "missing bearer token: send Authorization: Bearer <token>");
    const who = await verifyToken(opts.db, m[1]);
    if (!who) throw new ApiError(401, "unauthorized", "unknown or revoked token");
    req.actor = { name: who.name, role: who.role, tokenId: who.id };
  });

  function need(req: FastifyRequest, role: Role, what: string): Actor {
    const a = req.actor;
    if (!a) throw new ApiError(401, "unauthorized", "missing bearer token");
    if (!roleAtLeast(a.role, role)) throw new ApiError(403, "forbidden", `a ${a.role} token cannot ${what}`);
    return a;
  }

  const version = opts.version ?? "0.1.0";
  app.get("/healthz", async () => ({ ok: true, version, taxonomyVersion: TAXONOMY_VERSION, db: opts.db.dialect }));

  app.put("/api/v1/entries", async (req) => {
    const actor = need(req, "contributor", "write entries");
    const body = req.body as { entries?: unknown } | null;
    if (!body || typeof body !== "object" || !Array.isArray(body.entries)) {
      throw new ApiError(400, "bad_request", 'the body must be {"entries": [...]}');
    }
    if (body.entries.length === 0) throw new ApiError(400, "bad_request", "entries is empty");
    if (body.entries.length > MAX_BATCH) {
      throw new ApiError(413, "too_many_entries", `a batch holds at most ${MAX_BATCH} entries; this one has ${body.entries.length}`);
    }
    return { results: await store.upsert(body.entries, actor) };
  });

  app.get("/api/v1/entries", async (req) => {
    need(req, "viewer", "read");
    const q = queryOf(req);
    const f = filterOf(q);
    const limit = intParam(q, "limit", 50, 1, 500);
    const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
    const page = await store.list(f, limit, cursor);
    return { entries: page.entries, next: page.next ? encodeCursor(page.next) : null };
  });

  app.get("/api/v1/entries/:id", async (req) => {
    need(req, "viewer", "read");
    const id = (req.params as { id: string }).id;
    if (!EntryIdSchema.safeParse(id).success) throw new ApiError(404, "not_found", "no entry with this id");
    const e = await store.get(id);
    if (!e) throw new ApiError(404, "not_found", "no entry with this id");
    return e;
  });

  app.delete("/api/v1/entries/:id", async (req, reply) => {
    const actor = need(req, "contributor", "delete entries");
    const id = (req.params as { id: string }).id;
    if (!EntryIdSchema.safeParse(id).success) throw new ApiError(404, "not_found", "no entry with this id");
    const r = await store.delete(id, actor);
    if (r === "not_found") throw new ApiError(404, "not_found", "no entry with this id");
    if (r === "forbidden") throw new ApiError(403, "forbidden", `a ${actor.role} token can delete only its own entries`);
    return reply.code(204).send();
  });

  app.get("/api/v1/changes", async (req) => {
    need(req, "viewer", "read");
    const q = queryOf(req);
    const since = q.since ?? "";
    if (since !== "" && !/^\d{1,15}$/.test(since)) throw new ApiError(400, "bad_request", "since must be a cursor from a previous page");
    const limit = intParam(q, "limit", 500, 1, 1000);
    return store.changes(since === "" ? 0 : Number(since), limit);
  });

  app.get("/api/v1/stats", async (req) => {
    need(req, "viewer", "read");
    const q = queryOf(req);
    if (q.over !== undefined) {
      if (q.over !== "month") throw new ApiError(400, "bad_request", 'over must be "month"');
      return store.overMonths(filterOf(q));
    }
    const facet = q.facet;
    if (!facet || !(FACETS as readonly string[]).includes(facet)) {
      throw new ApiError(400, "bad_request", `facet must be one of ${FACETS.join(", ")} (or give over=month)`);
    }
    const { facet: _f, tag: _t, ...rest } = q;
    // The facet names the matrix's columns; a tag filter narrows the entries counted.
    const f = filterOf(rest);
    if (q.tag) {
      f.facet = facet;
      f.tag = q.tag;
    }
    return store.stats(facet, f);
  });

  app.get("/api/v1/export", async (req, reply) => {
    need(req, "viewer", "export");
    const q = queryOf(req);
    const format = q.format ?? "csv";
    if (!isFormat(format)) throw new ApiError(400, "bad_request", `format must be one of ${Object.keys(FORMATS).join(", ")}`);
    const f = filterOf(q);
    const stamp = new Date().toISOString().slice(0, 10);
    const host = req.headers.host ?? "tracker";
    return reply
      .type(FORMATS[format].type)
      .header("content-disposition", `attachment; filename="mm-tracker-${stamp}.${FORMATS[format].ext}"`)
      .header("cache-control", "no-store")
      .send(exportStream(format, store.iterate(f), `http://${host}/api/v1/export?format=jsonld`));
  });

  app.get("/api/v1/taxonomy", async (req) => {
    need(req, "viewer", "read");
    return { version: TAXONOMY_VERSION, facets: FACETS, categories: CATEGORIES };
  });

  const dash = opts.dashboardDir ? resolve(opts.dashboardDir) : null;
  const addin = opts.addinDir ? resolve(opts.addinDir) : null;
  if (addin && existsSync(addin)) {
    await app.register(fastifyStatic, { root: addin, prefix: "/addin/", decorateReply: false });
  } else {
    app.get("/addin/*", async (_req, reply) =>
      reply.code(404).type("text/plain; charset=utf-8").send("The add-in is not built. Run `npm run build`, then restart `mmt serve`.\n"),
    );
  }
  if (dash && existsSync(dash)) {
    await app.register(fastifyStatic, { root: dash, prefix: "/", decorateReply: false, wildcard: false });
  } else {
    app.get("/", async (_req, reply) =>
      reply
        .type("text/plain; charset=utf-8")
        .send("MM Tracker is running. The API is at /api/v1 (see docs/api.md). The dashboard is not built: run `npm run build`, then restart `mmt serve`.\n"),
    );
  }
  return app;
}
