import { describe, expect, it } from "vitest";
import { backoffCeiling, backoffDelay } from "../../../shared/sync/backoff";
import { parseRetryAfter, TrackerClient } from "../../../shared/sync/client";
import { AuthError, HttpError, NetworkError } from "../../../shared/sync/errors";
import { FakeTracker } from "./fake-tracker";
import { makeEntry } from "./make-entry";

const TOKEN = "tok_very_secret_value";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("backoff with full jitter", () => {
  const policy = { baseMs: 1000, capMs: 30_000 };

  it("doubles the ceiling per attempt up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffCeiling(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffCeiling(5000, policy)).toBe(30_000);
  });

  it("draws the wait uniformly in [0, ceiling)", () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(2000);
    const top = backoffDelay(3, policy, () => 0.999999);
    expect(top).toBeLessThan(4000);
    expect(top).toBeGreaterThanOrEqual(3990);
    // a broken random source never takes the wait out of bounds
    expect(backoffDelay(3, policy, () => 7)).toBeLessThan(4000);
    expect(backoffDelay(3, policy, () => -1)).toBe(0);
  });

  it("spreads real random waits over the whole interval", () => {
    const waits = Array.from({ length: 2000 }, () => backoffDelay(4, policy));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(8000);
    // both halves of the interval are used (not a fixed delay, not "equal jitter")
    expect(waits.filter((w) => w < 4000).length).toBeGreaterThan(500);
    expect(waits.filter((w) => w >= 4000).length).toBeGreaterThan(500);
  });
});

describe("TrackerClient errors", () => {
  it("401 and 403 are AuthError, with the server's message and never the token", async () => {
    for (const status of [401, 403]) {
      const c = new TrackerClient({
        baseUrl: "http://t.test",
        token: TOKEN,
        fetch: answer(status, { error: { code: "unauthorized", message: "token revoked" } }),
      });
      const e = await caught(c.putEntries([makeEntry()]));
      expect(e).toBeInstanceOf(AuthError);
      expect((e as AuthError).status).toBe(status);
      expect((e as AuthError).retryable).toBe(false);
      expect((e as Error).message).toContain("token revoked");
      expect((e as Error).message).not.toContain(TOKEN);
    }
  });

  it("other 4xx are HttpError with the server's code and message", async () => {
    const c = new TrackerClient({
      baseUrl: "http://t.test/",
      token: TOKEN,
      fetch: answer(400, { error: { code: "bad_request", message: "limit must be 1..500" } }),
    });
    const e = (await caught(c.listEntries({ limit: 9999 }))) as HttpError;
    expect(e).toBeInstanceOf(HttpError);
    expect(e.code).toBe("bad_request");
    expect(e.message).toContain("limit must be 1..500");
    expect(e.retryable).toBe(false);
  });

  it("5xx, 429 and a thrown fetch are retryable NetworkError; Retry-After is read", async () => {
    const e500 = await caught(
      new TrackerClient({ baseUrl: "http://t.test", token: TOKEN, fetch: answer(503, "<html>down</html>") }).health(),
    );
    expect(e500).toBeInstanceOf(NetworkError);
    expect((e500 as NetworkError).status).toBe(503);

    const e429 = (await caught(
      new TrackerClient({
        baseUrl: "http://t.test",
        token: TOKEN,
        fetch: answer(429, { error: { code: "rate_limited", message: "slow down" } }, { "retry-after": "7" }),
      }).changes(),
    )) as NetworkError;
    expect(e429).toBeInstanceOf(NetworkError);
    expect(e429.retryAfterMs).toBe(7000);

    const thrown = (await caught(
      new TrackerClient({
        baseUrl: "http://user:pw@t.test",
        token: TOKEN,
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
      }).listEntries(),
    )) as NetworkError;
    expect(thrown).toBeInstanceOf(NetworkError);
    expect(thrown.retryable).toBe(true);
    expect(thrown.status).toBeUndefined();
    expect(thrown.message).not.toContain(TOKEN);
    expect(thrown.message).not.toContain("pw");
  });

  it("a request that never answers times out as a NetworkError", async () => {
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const e = await caught(new TrackerClient({ baseUrl: "http://t.test", token: TOKEN, fetch: hang, timeoutMs: 20 }).taxonomy());
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as Error).message).toContain("no answer within");
  });

  it("an answer that does not fit the batch is not taken as an acknowledgement", async () => {
    const c = new TrackerClient({
      baseUrl: "http://t.test",
      token: TOKEN,
      fetch: answer(200, { results: [{ id: "someone-else", result: "created", revision: 1 }] }),
    });
    expect(await caught(c.putEntries([makeEntry()]))).toBeInstanceOf(NetworkError);
  });

  it("parses Retry-After as seconds or as a date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("TrackerClient requests", () => {
  it("sends the token as a bearer header, the filter as query parameters and the batch as JSON", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const c = new TrackerClient({
      baseUrl: "http://t.test/",
      token: TOKEN,
      fetch: async (url, init = {}) => {
        seen.push({ url, init });
        return new Response(JSON.stringify({ entries: [], next: null }), { status: 200 });
      },
    });
    await c.listEntries({ country: "MDA", facet: "theme", tag: "remittances", limit: 10, q: "a b", cursor: undefined });
    expect(seen[0]?.url).toBe("http://t.test/api/v1/entries?country=MDA&facet=theme&tag=remittances&limit=10&q=a+b");
    expect(new Headers(seen[0]?.init.headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("round-trips entries through a tracker and follows cursors", async () => {
    const fake = new FakeTracker();
    const c = new TrackerClient({ baseUrl: "http://t.test", token: fake.token, fetch: fake.fetch });
    const a = makeEntry({}, 1);
    const b = makeEntry({ title: "REFUSE ME" }, 2);
    const res = await c.putEntries([a, b]);
    expect(res.map((r) => r.result)).toEqual(["created", "invalid"]);
    expect(res[0]?.revision).toBe(1);
    expect(res[1]?.reason).toContain("refused");
    const again = await c.putEntries([a]);
    expect(again[0]?.result).toBe("unchanged");
    const feed = await c.changes(undefined, 10);
    expect(feed.changes.map((ch) => ch.id)).toEqual([a.id]);
    const empty = await c.changes(feed.next);
    expect(empty.changes).toEqual([]);
  });
});

describe("testConnection", () => {
  it("says ok when the tracker answers and takes the token", async () => {
    const fake = new FakeTracker();
    const r = await new TrackerClient({ baseUrl: "http://t.test", token: fake.token, fetch: fake.fetch }).testConnection();
    expect(r.status).toBe("ok");
    expect(r.version).toBe("test");
  });

  it("says unauthorized for a wrong or missing token, without echoing it", async () => {
    const fake = new FakeTracker();
    const wrong = await new TrackerClient({ baseUrl: "http://t.test", token: "nope-not-it", fetch: fake.fetch }).testConnection();
    expect(wrong.status).toBe("unauthorized");
    expect(wrong.message).not.toContain("nope-not-it");
    const none = await new TrackerClient({ baseUrl: "http://t.test", fetch: fake.fetch }).testConnection();
    expect(none.status).toBe("unauthorized");
    expect(none.message).toMatch(/no token/);
  });

  it("says unreachable when nothing answers and wrong-server when something else does", async () => {
    const down = await new TrackerClient({
      baseUrl: "http://t.test",
      token: TOKEN,
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    }).testConnection();
    expect(down.status).toBe("unreachable");
    const other = await new TrackerClient({
      baseUrl: "http://t.test",
      token: TOKEN,
      fetch: answer(200, "<html>a blog</html>"),
    }).testConnection();
    expect(other.status).toBe("wrong-server");
    const notFound = await new TrackerClient({
      baseUrl: "http://t.test",
      token: TOKEN,
      fetch: answer(404, "Not Found"),
    }).testConnection();
    expect(notFound.status).toBe("wrong-server");
  });
});
