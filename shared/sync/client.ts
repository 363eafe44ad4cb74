/**
 * The tracker's HTTP client, over `fetch` (passed in, or the global one). It speaks the wire
 * format of docs/api.md and turns every failure into one of three typed errors:
 * AuthError (401/403), HttpError (other 4xx) and NetworkError (fetch threw, timeout, 5xx, 408,
 * 429: retryable). The token goes only into the Authorization header: never into an error
 * message, a URL or a log.
 */
import type { Entry } from "../entry/entry";
import { canonicalUrl } from "../entry/url";
import { TAXONOMY_VERSION } from "../taxonomy/categories";
import type { Category } from "../taxonomy/types";
import { AuthError, HttpError, NetworkError, type TrackerError } from "./errors";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TrackerClientOptions {
  /** Where the tracker is, e.g. "http://127.0.0.1:8787" (a trailing slash is fine). */
  baseUrl: string;
  /** Bearer token; without it only /healthz answers. */
  token?: string;
  /** The fetch to use (tests, or a platform wrapper); default globalThis.fetch. */
  fetch?: FetchLike;
  /** Abort a request after this long (default 30 s); the abort is a retryable NetworkError. */
  timeoutMs?: number;
}

export type PutResultKind = "created" | "updated" | "unchanged" | "conflict" | "invalid";

export interface PutResult {
  id: string;
  result: PutResultKind;
  /** The stored revision after this call (absent for invalid). */
  revision?: number;
  /** With conflict: the tracker's current entry (absent when the entry was deleted). */
  current?: Entry;
  /** With invalid: why, for a person. */
  reason?: string;
}

export interface EntryFilter {
  country?: string;
  facet?: string;
  tag?: string;
  status?: Entry["status"];
  kind?: Entry["kind"];
  url?: string;
  sha256?: string;
  workbook?: string;
  rowKey?: string;
  q?: string;
  author?: string;
  since?: string;
  limit?: number;
  cursor?: string;
}

export interface EntryPage {
  entries: Entry[];
  next: string | null;
}

export interface Change {
  seq: string;
  id: string;
  revision: number;
  deleted: boolean;
  entry?: Entry;
}

export interface ChangesPage {
  changes: Change[];
  next: string;
}

export type StatsQuery = Omit<EntryFilter, "limit" | "cursor"> &
  ({ facet: string; over?: undefined } | { over: "month"; facet?: undefined });

export interface FacetStats {
  facet: string;
  rows: { country: string | null; id: string; count: number }[];
  countries: { country: string; count: number }[];
  total: number;
}

export interface SeriesStats {
  over: string;
  series: { period: string; count: number }[];
}

export interface TaxonomyDoc {
  version: string;
  facets: unknown[];
  categories: Category[];
}

export interface Health {
  ok: boolean;
  version: string;
}

export type ConnectionStatus = "ok" | "unauthorized" | "unreachable" | "wrong-server";

export interface ConnectionCheck {
  status: ConnectionStatus;
  /** One or two sentences for the person on the options page. */
  message: string;
  /** The tracker's version, when it answered /healthz. */
  version?: string;
  /** The taxonomy version the tracker speaks, when the token could read it. */
  taxonomyVersion?: string;
}

const RESULT_KINDS = new Set<string>(["created", "updated", "unchanged", "conflict", "invalid"]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Parse a Retry-After header (seconds or an HTTP date) into ms from now. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - nowMs);
}

export class TrackerClient {
  readonly baseUrl: string;
  readonly #token: string | undefined;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  /** The base URL without credentials, for messages. */
  readonly #shownBase: string;

  constructor(opts: TrackerClientOptions) {
    const base = opts.baseUrl.trim().replace(/\/+$/, "");
    this.baseUrl = base;
    this.#token = opts.token?.trim() || undefined;
    const f = opts.fetch ?? (globalThis.fetch as FetchLike | undefined);
    if (!f) throw new Error("no fetch available: pass one in TrackerClientOptions.fetch");
    // Call the global fetch unbound from its object: some platforms throw "Illegal invocation".
    this.#fetch = opts.fetch ? opts.fetch : (input, init) => f.call(globalThis, input, init);
    this.#timeoutMs = opts.timeoutMs ?? 30_000;
    let shown = base;
    try {
      const u = new URL(base);
      u.username = "";
      u.password = "";
      shown = u.href.replace(/\/+$/, "");
    } catch {
      shown = base.replace(/\/\/[^/@]*@/, "//");
    }
    this.#shownBase = shown;
  }

  /** True when a token is set (the value itself is never exposed). */
  get hasToken(): boolean {
    return this.#token !== undefined;
  }

  // ---------------------------------------------------------------------------------- routes

  /** Batch upsert (1..1000 entries). Results are in the order of the batch. */
  async putEntries(entries: readonly Entry[], opts: { idempotencyKey?: string } = {}): Promise<PutResult[]> {
    const headers: Record<string, string> = {};
    if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
    const body = await this.#json("PUT", "/api/v1/entries", { entries }, headers);
    const results = isObject(body) ? body.results : undefined;
    if (!Array.isArray(results) || results.length !== entries.length) {
      throw new NetworkError(
        `PUT /api/v1/entries: the tracker answered ${Array.isArray(results) ? results.length : "no"} results for ${entries.length} entries`,
      );
    }
    return results.map((r, i) => {
      const want = entries[i]?.id;
      if (!isObject(r) || r.id !== want || typeof r.result !== "string" || !RESULT_KINDS.has(r.result)) {
        throw new NetworkError(`PUT /api/v1/entries: result ${i} does not match entry ${want}`);
      }
      const out: PutResult = { id: r.id, result: r.result as PutResultKind };
      if (typeof r.revision === "number") out.revision = r.revision;
      if (isObject(r.current)) out.current = r.current as unknown as Entry;
      if (typeof r.reason === "string") out.reason = r.reason;
      return out;
    });
  }

  /**
   * One page of entries, newest first. Pass `next` back as `cursor` for the next page.
   * `url` may be any spelling of the page's URL: it is sent canonicalised.
   */
  async listEntries(filter: EntryFilter = {}): Promise<EntryPage> {
    const q = { ...filter, url: filter.url === undefined ? undefined : canonicalUrl(filter.url) };
    const body = await this.#json("GET", `/api/v1/entries${query(q)}`);
    if (!isObject(body) || !Array.isArray(body.entries)) {
      throw new NetworkError("GET /api/v1/entries: the answer has no entries list");
    }
    const next = typeof body.next === "string" && body.next !== "" ? body.next : null;
    return { entries: body.entries as Entry[], next };
  }

  /** Every entry matching the filter, page after page. */
  async *iterateEntries(filter: EntryFilter = {}): AsyncGenerator<Entry> {
    let cursor = filter.cursor;
    for (;;) {
      const page = await this.listEntries({ ...filter, cursor });
      yield* page.entries;
      if (!page.next || page.entries.length === 0) return;
      cursor = page.next;
    }
  }

  /** One entry, or null when the tracker does not have it. */
  async getEntry(id: string): Promise<Entry | null> {
    try {
      return (await this.#json("GET", `/api/v1/entries/${encodeURIComponent(id)}`)) as Entry;
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return null;
      throw e;
    }
  }

  /** Delete an entry (leaves a tombstone). False when the tracker did not have it. */
  async deleteEntry(id: string): Promise<boolean> {
    try {
      await this.#request("DELETE", `/api/v1/entries/${encodeURIComponent(id)}`);
      return true;
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return false;
      throw e;
    }
  }

  /** The change feed after `since` (undefined = from the start). Empty changes = caught up. */
  async changes(since?: string, limit?: number): Promise<ChangesPage> {
    const body = await this.#json("GET", `/api/v1/changes${query({ since, limit })}`);
    if (!isObject(body) || !Array.isArray(body.changes) || typeof body.next !== "string") {
      throw new NetworkError("GET /api/v1/changes: the answer is not a change feed page");
    }
    return { changes: body.changes as Change[], next: body.next };
  }

  async stats(q: StatsQuery): Promise<FacetStats | SeriesStats> {
    return (await this.#json("GET", `/api/v1/stats${query(q as Record<string, unknown>)}`)) as
      | FacetStats
      | SeriesStats;
  }

  async taxonomy(): Promise<TaxonomyDoc> {
    const body = await this.#json("GET", "/api/v1/taxonomy");
    if (!isObject(body) || typeof body.version !== "string" || !Array.isArray(body.categories)) {
      throw new NetworkError("GET /api/v1/taxonomy: the answer is not a taxonomy");
    }
    return body as unknown as TaxonomyDoc;
  }

  /** GET /healthz (no token needed). */
  async health(): Promise<Health> {
    const body = await this.#json("GET", "/healthz", undefined, {}, false);
    if (!isObject(body) || body.ok !== true) {
      throw new HttpError(`${this.#shownBase}/healthz did not answer like an MM Tracker`);
    }
    return { ok: true, version: typeof body.version === "string" ? body.version : "unknown" };
  }

  /**
   * For the options page: can we reach the tracker, is it one, and does the token work?
   * Never throws; the message is for a person.
   */
  async testConnection(): Promise<ConnectionCheck> {
    let version: string;
    try {
      version = (await this.health()).version;
    } catch (e) {
      if (e instanceof NetworkError && e.status === undefined) {
        return {
          status: "unreachable",
          message: `Cannot reach ${this.#shownBase}: ${e.message}. Check the address and that the tracker is running.`,
        };
      }
      const detail = e instanceof Error ? e.message : String(e);
      return {
        status: "wrong-server",
        message: `${this.#shownBase} answered, but not as an MM Tracker (${detail}). Check the address.`,
      };
    }
    if (!this.#token) {
      return {
        status: "unauthorized",
        version,
        message: `Reached MM Tracker ${version}, but no token is set. Ask the tracker's admin for one ('mmt token create').`,
      };
    }
    try {
      const tax = await this.taxonomy();
      const same = tax.version === TAXONOMY_VERSION;
      return {
        status: "ok",
        version,
        taxonomyVersion: tax.version,
        message: same
          ? `Connected to MM Tracker ${version}; the token works.`
          : `Connected to MM Tracker ${version}; the token works. The tracker speaks taxonomy ${tax.version}, this app ${TAXONOMY_VERSION}: update the one that is older.`,
      };
    } catch (e) {
      if (e instanceof AuthError) {
        return {
          status: "unauthorized",
          version,
          message:
            e.status === 403
              ? `Reached MM Tracker ${version}, but this token may not read entries.`
              : `Reached MM Tracker ${version}, but it refused the token (wrong, expired or revoked). Paste a new token.`,
        };
      }
      if (e instanceof NetworkError && e.status === undefined) {
        return { status: "unreachable", version, message: `Lost the connection to ${this.#shownBase}: ${e.message}.` };
      }
      const detail = e instanceof Error ? e.message : String(e);
      return { status: "wrong-server", version, message: `The tracker answered /healthz but not the API: ${detail}.` };
    }
  }

  // -------------------------------------------------------------------------------- plumbing

  async #json(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    auth = true,
  ): Promise<unknown> {
    const res = await this.#request(method, path, body, headers, auth);
    const text = await this.#readText(res, method, path);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new NetworkError(`${method} ${path}: the answer is not JSON (HTTP ${res.status})`, res.status);
    }
  }

  async #readText(res: Response, method: string, path: string): Promise<string> {
    try {
      return await res.text();
    } catch (e) {
      throw new NetworkError(`${method} ${path}: the connection broke while reading the answer (${errText(e)})`);
    }
  }

  async #request(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
    auth = true,
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json", ...extraHeaders };
    if (body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
    if (auth && this.#token) headers.authorization = `Bearer ${this.#token}`;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.#timeoutMs);
    let res: Response;
    try {
      res = await this.#fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: ctrl.signal,
      });
    } catch (e) {
      const why = ctrl.signal.aborted ? `no answer within ${Math.round(this.#timeoutMs / 1000)} s` : errText(e);
      throw new NetworkError(`${method} ${path}: ${why}`);
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return res;
    throw await this.#errorOf(res, method, path);
  }

  async #errorOf(res: Response, method: string, path: string): Promise<TrackerError> {
    let code: string | undefined;
    let serverMessage: string | undefined;
    try {
      const j = JSON.parse(await res.text()) as unknown;
      if (isObject(j) && isObject(j.error)) {
        if (typeof j.error.code === "string") code = j.error.code;
        if (typeof j.error.message === "string") serverMessage = j.error.message.slice(0, 500);
      }
    } catch {
      // not the tracker's JSON error; the status says enough
    }
    const s = res.status;
    const what = `${method} ${path}: HTTP ${s}${serverMessage ? ` ${serverMessage}` : code ? ` ${code}` : ""}`;
    if (s === 401 || s === 403) {
      const hint = s === 401 ? "the tracker refused the token" : "the token's role does not allow this";
      return new AuthError(`${what} (${hint})`, s, code);
    }
    if (s === 408 || s === 429 || s >= 500) {
      return new NetworkError(what, s, code, parseRetryAfter(res.headers.get("retry-after")));
    }
    return new HttpError(what, s, code);
  }
}

function errText(e: unknown): string {
  if (e instanceof Error) {
    // undici hides the reason (ECONNREFUSED, ECONNRESET...) in `cause`.
    const cause = (e as { cause?: unknown }).cause;
    const c = cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : undefined;
    return c ? `${e.message} (${c})` : e.message;
  }
  return String(e);
}

function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
