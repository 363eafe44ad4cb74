// The sync client (shared/sync) against a real tracker process: `mmt serve` on a temporary
// SQLite file, with fake-indexeddb for the outbox.
import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IDBFactory } from "fake-indexeddb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { newEntryId } from "../../shared/entry/ids";
import { canonicalUrl } from "../../shared/entry/url";
import { TrackerClient } from "../../shared/sync/client";
import { AuthError } from "../../shared/sync/errors";
import { Outbox } from "../../shared/sync/outbox";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { freePort, newToken, TrackerProcess, trackerAvailable } from "./sync-harness";

function entry(n: number, over: Partial<Entry> = {}): Entry {
  return {
    id: newEntryId(),
    revision: 0,
    kind: "document",
    title: `Law on labour migration and remittances of migrant workers abroad, part ${n}`,
    source: { type: "web", url: `https://parlament.md/laws/labour-migration-${n}` },
    country: "MDA",
    language: "en",
    year: 2024,
    tags: [{ facet: "theme", id: "labour-migration", origin: "auto", score: 0.8 }],
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
    ...over,
  };
}

describe.skipIf(!trackerAvailable)("sync against a real tracker", () => {
  const token = newToken();
  let dir: string;
  let tracker: TrackerProcess;
  let client: TrackerClient;
  const outboxes: Outbox[] = [];

  async function outbox(): Promise<Outbox> {
    const o = await Outbox.open({ indexedDB: new IDBFactory(), backoff: { baseMs: 10, capMs: 100 } });
    outboxes.push(o);
    return o;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mmt-sync-"));
    tracker = await TrackerProcess.start({ db: join(dir, "tracker.sqlite"), adminToken: token });
    client = new TrackerClient({ baseUrl: tracker.url, token, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    for (const o of outboxes) o.close();
    await tracker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("testConnection: ok with the token, unauthorized without or with a wrong one", async () => {
    const ok = await client.testConnection();
    expect(ok.status, ok.message).toBe("ok");
    expect(ok.taxonomyVersion).toBe(TAXONOMY_VERSION);
    const wrong = await new TrackerClient({ baseUrl: tracker.url, token: "mmt_wrong_token_0000" }).testConnection();
    expect(wrong.status).toBe("unauthorized");
    expect(wrong.message).not.toContain("mmt_wrong_token_0000");
    expect((await new TrackerClient({ baseUrl: tracker.url }).testConnection()).status).toBe("unauthorized");
  });

  it("testConnection: unreachable when nothing listens, wrong-server when something else answers", async () => {
    const closed = await freePort();
    const down = await new TrackerClient({ baseUrl: `http://127.0.0.1:${closed}`, token }).testConnection();
    expect(down.status).toBe("unreachable");
    const other = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>not a tracker</body></html>");
    });
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", () => r()));
    try {
      const { port } = other.address() as { port: number };
      const wrong = await new TrackerClient({ baseUrl: `http://127.0.0.1:${port}`, token }).testConnection();
      expect(wrong.status).toBe("wrong-server");
    } finally {
      other.close();
    }
  });

  it("pushes an outbox in batches; the tracker holds each entry once; a replay changes nothing", async () => {
    const o = await outbox();
    const list = Array.from({ length: 250 }, (_, i) => entry(i));
    await o.saveMany(list);
    const report = await o.push(client, { batchSize: 100 });
    expect(report).toMatchObject({ batches: 3, sent: 250, created: 250, stopped: null });
    expect(await o.counts()).toMatchObject({ queued: 0, synced: 250 });

    const ids = new Set(list.map((e) => e.id));
    const onServer: Entry[] = [];
    for await (const e of client.iterateEntries({ limit: 100 })) if (ids.has(e.id)) onServer.push(e);
    expect(onServer).toHaveLength(250);
    expect(new Set(onServer.map((e) => e.id)).size).toBe(250);
    expect(onServer.every((e) => e.revision === 1)).toBe(true);

    const replay = await client.putEntries(list);
    expect(replay.every((r) => r.result === "unchanged" && r.revision === 1)).toBe(true);
    const one = await client.getEntry(list[0]?.id as string);
    expect(one?.title).toBe(list[0]?.title);
    expect(one?.revision).toBe(1);
  });

  it("finds an entry by its canonical URL on the tracker and in the local cache", async () => {
    const o = await outbox();
    const e = entry(1000, { source: { type: "web", url: "https://mfa.gov.md/diaspora/plan?b=2&a=1" } });
    await o.save(e);
    await o.push(client);
    const page = await client.listEntries({ url: canonicalUrl("HTTPS://MFA.gov.md/diaspora/plan/?a=1&utm_source=x&b=2#p") });
    expect(page.entries.map((x) => x.id)).toContain(e.id);
    // the client canonicalises the filter itself
    const page2 = await client.listEntries({ url: "HTTPS://MFA.gov.md/diaspora/plan/?a=1&utm_source=x&b=2#p" });
    expect(page2.entries.map((x) => x.id)).toEqual([e.id]);
    const local = await o.findByUrl("https://mfa.gov.md/diaspora/plan?a=1&b=2&fbclid=zz");
    expect(local.map((x) => x.entry.id)).toEqual([e.id]);
    expect(local[0]?.state).toBe("synced");
  });

  it("keeps a conflict with the tracker's current entry; keep-mine then updates", async () => {
    const o = await outbox();
    const e = entry(2000);
    await o.save(e);
    await o.push(client);
    // someone else edits revision 1 on the tracker
    const theirs = await client.putEntries([{ ...e, revision: 1, note: "checked by the reviewer" }]);
    expect(theirs[0]).toMatchObject({ result: "updated", revision: 2 });
    // my edit of revision 1 arrives later
    await o.save({ ...e, revision: 1, note: "my own note" });
    const r = await o.push(client);
    expect(r.conflict).toBe(1);
    const local = await o.get(e.id);
    expect(local?.state).toBe("conflict");
    expect(local?.current?.note).toBe("checked by the reviewer");
    expect(local?.current?.revision).toBe(2);
    expect((await client.getEntry(e.id))?.note).toBe("checked by the reviewer");
    await o.resolveConflict(e.id, "keep-mine");
    expect((await o.push(client)).updated).toBe(1);
    const now = await client.getEntry(e.id);
    expect(now).toMatchObject({ note: "my own note", revision: 3 });
  });

  it("keeps entries the tracker refuses as invalid, with its reason; the rest of the batch goes through", async () => {
    const o = await outbox();
    const good = entry(3000);
    const bad = entry(3001, { tags: [{ facet: "theme", id: "no-such-category", origin: "human" }] });
    await o.saveMany([good, bad]);
    const r = await o.push(client);
    expect(r).toMatchObject({ created: 1, invalid: 1 });
    const local = await o.get(bad.id);
    expect(local?.state).toBe("invalid");
    expect(local?.reason).toBeTruthy();
    expect(await client.getEntry(bad.id)).toBeNull();
    expect(await o.stateOf(good.id)).toBe("synced");
  });

  it("pulls the change feed into the cache and applies tombstones", async () => {
    const writer = await outbox();
    const list = [
      entry(4000, { source: { type: "file", path: "/docs/plan.pdf", sha256: "b".repeat(64) } }),
      entry(4001, { kind: "row", source: { type: "excel", workbook: "MM-indicators.xlsx", rowKey: "row-42" } }),
    ];
    await writer.saveMany(list);
    await writer.push(client);

    const reader = await outbox();
    const first = await reader.pull(client, { limit: 100 });
    expect(first.applied).toBeGreaterThanOrEqual(2);
    expect((await reader.findBySha256("b".repeat(64)))[0]?.entry.id).toBe(list[0]?.id);
    const row = await reader.findRow("MM-indicators.xlsx", "row-42");
    expect(row?.entry.id).toBe(list[1]?.id);
    expect(row?.entry.author).toBeTruthy(); // the tracker's copy, with what the tracker sets

    expect(await client.deleteEntry(list[1]?.id as string)).toBe(true);
    const second = await reader.pull(client);
    expect(second.deleted).toBeGreaterThanOrEqual(1);
    expect(await reader.findRow("MM-indicators.xlsx", "row-42")).toBeUndefined();
    expect(await reader.stateOf(list[1]?.id as string)).toBe("unknown");
    expect((await reader.pull(client)).applied).toBe(0);

    // an old edit of the deleted entry is a conflict with no current entry
    await writer.save({ ...(list[1] as Entry), revision: 1, note: "late edit" });
    expect((await writer.push(client)).conflict).toBe(1);
    expect((await writer.get(list[1]?.id as string))?.current).toBeNull();
  });

  it("reads one entry, stats and the taxonomy; unknown ids are null / false", async () => {
    expect(await client.getEntry(newEntryId())).toBeNull();
    expect(await client.deleteEntry(newEntryId())).toBe(false);
    const stats = await client.stats({ facet: "theme", country: "MDA" });
    expect("rows" in stats && stats.rows.some((r) => r.id === "labour-migration" && r.count > 0)).toBe(true);
    const tax = await client.taxonomy();
    expect(tax.version).toBe(TAXONOMY_VERSION);
    expect(tax.categories.some((c) => c.id === "remittances")).toBe(true);
  });

  it("stops on a wrong token, asks for one, and resumes with the right one", async () => {
    const o = await outbox();
    const e = entry(5000);
    await o.save(e);
    const bad = new TrackerClient({ baseUrl: tracker.url, token: "mmt_revoked_or_wrong_1234" });
    await expect(bad.putEntries([e])).rejects.toBeInstanceOf(AuthError);
    const r = await o.push(bad);
    expect(r.stopped).toBe("auth");
    expect(r.error).not.toContain("mmt_revoked_or_wrong_1234");
    expect((await o.status()).needsToken).toBe(true);
    expect(await o.stateOf(e.id)).toBe("auth-stopped");
    await o.resumeAuth();
    expect((await o.push(client)).created).toBe(1);
  });
});
