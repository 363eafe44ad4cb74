import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import type { Entry } from "../../../shared/entry/entry";
import { TrackerClient } from "../../../shared/sync/client";
import { Outbox, type OutboxOptions } from "../../../shared/sync/outbox";
import { FakeTracker } from "./fake-tracker";
import { makeEntry } from "./make-entry";

/** A clock the test moves by hand. */
class Clock {
  t = 1_000_000;
  now = () => this.t;
}

const opened: Outbox[] = [];

async function setup(opts: Partial<OutboxOptions> & { factory?: IDBFactory } = {}) {
  const fake = new FakeTracker();
  const clock = new Clock();
  const factory = opts.factory ?? new IDBFactory();
  const outbox = await Outbox.open({
    indexedDB: factory,
    now: clock.now,
    random: () => 0.5,
    backoff: { baseMs: 1000, capMs: 60_000 },
    ...opts,
  });
  opened.push(outbox);
  const client = new TrackerClient({ baseUrl: "http://t.test", token: fake.token, fetch: fake.fetch });
  return { fake, clock, factory, outbox, client };
}

afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

function entries(n: number, over: Partial<Entry> = {}): Entry[] {
  return Array.from({ length: n }, (_, i) => makeEntry(over, i));
}

describe("save", () => {
  it("is a durable local write: the entry is queued after reopening the database", async () => {
    const { outbox, factory } = await setup();
    const e = makeEntry();
    expect(await outbox.save(e)).toBe("queued");
    outbox.close();
    const again = await Outbox.open({ indexedDB: factory });
    opened.push(again);
    expect(await again.stateOf(e.id)).toBe("queued");
    expect((await again.get(e.id))?.entry.title).toBe(e.title);
    expect((await again.counts()).queued).toBe(1);
  });

  it("keeps an entry that fails the schema as invalid, with the reason, and never sends it", async () => {
    const { outbox, client, fake } = await setup();
    const bad = makeEntry({ country: "Moldova" });
    expect(await outbox.save(bad)).toBe("invalid");
    const local = await outbox.get(bad.id);
    expect(local?.reason).toContain("country");
    const report = await outbox.push(client);
    expect(report.sent).toBe(0);
    expect(fake.requests).toBe(0);
    expect(await outbox.stateOf(bad.id)).toBe("invalid");
  });

  it("a second save of the same id replaces the pending one (one write per entry)", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    await outbox.save({ ...e, note: "second thoughts" });
    expect((await outbox.counts()).queued).toBe(1);
    await outbox.push(client);
    expect(fake.batches).toEqual([[e.id]]);
    expect(fake.store.get(e.id)?.entry.note).toBe("second thoughts");
  });
});

describe("push", () => {
  it("sends queued entries in batches and remembers them as synced with their new revision", async () => {
    const { outbox, client, fake } = await setup();
    const list = entries(450);
    await outbox.saveMany(list);
    const report = await outbox.push(client, { batchSize: 200 });
    expect(fake.batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(report).toMatchObject({ batches: 3, sent: 450, created: 450, stopped: null, nextDueAt: null });
    expect(report.acknowledged.length).toBe(450);
    expect(fake.store.size).toBe(450);
    expect(await outbox.counts()).toMatchObject({ queued: 0, synced: 450, conflict: 0, invalid: 0 });
    const local = await outbox.get(list[7]?.id as string);
    expect(local).toMatchObject({ state: "synced", entry: { revision: 1 } });
    // saved in order: ids are time-ordered, the first batch holds the first saves
    expect(fake.batches[0]).toEqual(list.slice(0, 200).map((e) => e.id));
    // nothing left: a second push sends nothing
    const again = await outbox.push(client);
    expect(again.sent).toBe(0);
    expect(fake.batches.length).toBe(3);
  });

  it("an edit of a synced entry is sent with its revision and updates the tracker", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    await outbox.push(client);
    const synced = (await outbox.get(e.id))?.entry as Entry;
    await outbox.save({ ...synced, status: "confirmed" });
    const r = await outbox.push(client);
    expect(r.updated).toBe(1);
    expect(fake.store.get(e.id)?.revision).toBe(2);
    expect((await outbox.get(e.id))?.entry.revision).toBe(2);
  });

  it("on network errors backs off with full jitter, persists the schedule, and retries when due", async () => {
    const { outbox, client, fake, clock } = await setup({ random: () => 0.999 });
    const e = makeEntry();
    await outbox.save(e);
    fake.failNext = 100;
    const first = await outbox.push(client);
    expect(first.stopped).toBe("network");
    expect(first.error).toContain("fetch failed");
    const rec1 = await outbox.get(e.id);
    expect(rec1).toMatchObject({ state: "queued", attempts: 1 });
    // attempt 1: wait in [0, 1000); with random 0.999 near the top
    expect(first.retryAt).toBeGreaterThanOrEqual(clock.t + 990);
    expect(first.retryAt).toBeLessThan(clock.t + 1000);
    expect(first.nextDueAt).toBe(first.retryAt);

    // not due yet: nothing is sent
    const before = fake.requests;
    expect((await outbox.push(client)).sent).toBe(0);
    expect(fake.requests).toBe(before);

    // due: sent, fails again, ceiling doubles
    clock.t = first.retryAt as number;
    const second = await outbox.push(client);
    expect((await outbox.get(e.id))?.attempts).toBe(2);
    expect((second.retryAt as number) - clock.t).toBeLessThan(2000);
    expect((second.retryAt as number) - clock.t).toBeGreaterThanOrEqual(1980);

    // many failures: the ceiling stops at the cap
    for (let i = 0; i < 12; i++) {
      clock.t = (await outbox.push(client)).retryAt ?? clock.t;
      clock.t += 60_000;
    }
    const capped = await outbox.push(client);
    expect((capped.retryAt as number) - clock.t).toBeLessThan(60_000);

    // the network comes back
    fake.failNext = 0;
    clock.t += 60_000;
    const ok = await outbox.push(client);
    expect(ok.created).toBe(1);
    expect(await outbox.stateOf(e.id)).toBe("synced");
  });

  it("the jitter draws from the whole interval, from the injected random source", async () => {
    const { outbox, client, fake, clock } = await setup({ random: () => 0 });
    await outbox.save(makeEntry());
    fake.failNext = 1;
    const r = await outbox.push(client);
    expect(r.retryAt).toBe(clock.t); // full jitter may retry at once
  });

  it("treats 5xx like a network error and honours Retry-After on 429", async () => {
    const { outbox, client, fake, clock } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    fake.statusNext = { count: 1, status: 500 };
    const r500 = await outbox.push(client);
    expect(r500.stopped).toBe("network");
    expect(await outbox.stateOf(e.id)).toBe("queued");
    clock.t = r500.retryAt as number;
    fake.statusNext = { count: 1, status: 429, retryAfter: "30" };
    const r429 = await outbox.push(client);
    expect(r429.retryAt).toBe(clock.t + 30_000);
    clock.t += 30_000;
    expect((await outbox.push(client)).created).toBe(1);
  });

  it("a failure streak grows the wait even when each batch holds fresh entries", async () => {
    const { outbox, client, fake, clock } = await setup({ random: () => 0.999 });
    await outbox.saveMany(entries(5));
    fake.failNext = 100;
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await outbox.push(client, { batchSize: 1 });
      waits.push((r.retryAt as number) - clock.t);
      clock.t = r.retryAt as number;
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1] as number);
  });

  it("401 stops everything and reports that a token is needed; resumeAuth queues again", async () => {
    const { outbox, fake, factory } = await setup();
    const bad = new TrackerClient({ baseUrl: "http://t.test", token: "wrong", fetch: fake.fetch });
    const list = entries(3);
    await outbox.saveMany(list);
    const r = await outbox.push(bad);
    expect(r.stopped).toBe("auth");
    expect(r.error).not.toContain("wrong");
    expect(await outbox.stateOf(list[0]?.id as string)).toBe("auth-stopped");
    expect(await outbox.counts()).toMatchObject({ queued: 0, authStopped: 3 });
    expect((await outbox.status()).needsToken).toBe(true);
    // a stopped outbox does not knock again (not even with another instance of the same db)
    const requests = fake.requests;
    const other = await Outbox.open({ indexedDB: factory });
    opened.push(other);
    expect((await other.push(bad)).stopped).toBe("auth");
    expect(fake.requests).toBe(requests);
    // saves while stopped wait too
    const later = makeEntry();
    expect(await outbox.save(later)).toBe("auth-stopped");
    // the person pastes a good token
    expect(await outbox.resumeAuth()).toBe(4);
    const good = new TrackerClient({ baseUrl: "http://t.test", token: fake.token, fetch: fake.fetch });
    expect((await outbox.push(good)).created).toBe(4);
    expect((await outbox.status()).needsToken).toBe(false);
  });

  it("keeps a conflict with the tracker's current entry; keep-mine re-sends on top of it", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    await outbox.push(client);
    fake.editOnServer(e.id, { note: "reviewer's note" });
    await outbox.save({ ...e, revision: 1, note: "my note" });
    const r = await outbox.push(client);
    expect(r.conflict).toBe(1);
    expect(await outbox.stateOf(e.id)).toBe("conflict");
    const [c] = await outbox.list("conflict");
    expect(c?.entry.note).toBe("my note");
    expect(c?.current?.note).toBe("reviewer's note");
    expect(c?.current?.revision).toBe(2);
    // nothing was overwritten, and the conflict is not sent again by itself
    expect(fake.store.get(e.id)?.entry.note).toBe("reviewer's note");
    expect((await outbox.push(client)).sent).toBe(0);
    await outbox.resolveConflict(e.id, "keep-mine");
    const after = await outbox.push(client);
    expect(after.updated).toBe(1);
    expect(fake.store.get(e.id)?.entry.note).toBe("my note");
    expect(fake.store.get(e.id)?.revision).toBe(3);
  });

  it("take-theirs drops the local version and keeps the tracker's", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    await outbox.push(client);
    fake.editOnServer(e.id, { note: "theirs" });
    await outbox.save({ ...e, revision: 1, note: "mine" });
    await outbox.push(client);
    await outbox.resolveConflict(e.id, "take-theirs");
    expect(await outbox.get(e.id)).toMatchObject({ state: "synced", entry: { note: "theirs", revision: 2 } });
  });

  it("an entry deleted on the tracker conflicts with no current; keep-mine saves it as a new entry", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    await outbox.push(client);
    fake.deleteOnServer(e.id);
    await outbox.save({ ...e, revision: 1, note: "still relevant" });
    await outbox.push(client);
    expect((await outbox.get(e.id))?.current).toBeNull();
    await outbox.resolveConflict(e.id, "keep-mine");
    expect(await outbox.stateOf(e.id)).toBe("unknown");
    const r = await outbox.push(client);
    expect(r.created).toBe(1);
    const [newId] = r.acknowledged;
    expect(newId).not.toBe(e.id);
    expect(fake.store.get(newId as string)?.entry.note).toBe("still relevant");
  });

  it("keeps entries the tracker calls invalid, with its reason; the rest of the batch goes through", async () => {
    const { outbox, client, fake } = await setup();
    const good = makeEntry({}, 1);
    const bad = makeEntry({ title: "REFUSE ME" }, 2);
    await outbox.saveMany([good, bad]);
    const r = await outbox.push(client);
    expect(r).toMatchObject({ created: 1, invalid: 1 });
    expect(await outbox.get(bad.id)).toMatchObject({ state: "invalid", reason: "title refused by the fake" });
    expect(await outbox.stateOf(good.id)).toBe("synced");
    expect((await outbox.push(client)).sent).toBe(0);
    expect(await outbox.discard(bad.id)).toBe(true);
    expect(await outbox.stateOf(bad.id)).toBe("unknown");
    expect(fake.store.size).toBe(1);
  });

  it("halves a batch the tracker refuses as too large", async () => {
    const { outbox, client, fake } = await setup();
    fake.maxBatch = 30;
    await outbox.saveMany(entries(100));
    const r = await outbox.push(client, { batchSize: 100 });
    expect(r.created).toBe(100);
    expect(Math.max(...fake.batches.map((b) => b.length))).toBeLessThanOrEqual(30);
    expect(fake.store.size).toBe(100);
  });

  it("a save made while that entry is in flight is not lost, and is not a false conflict", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    let open!: () => void;
    fake.gate = new Promise<void>((r) => {
      open = r;
    });
    const pushing = outbox.push(client);
    while (fake.batches.length === 0) await new Promise((r) => setTimeout(r, 1));
    // the person edits the entry while version 1 is on the wire
    await outbox.save({ ...e, note: "edited during the push" });
    expect((await outbox.counts()).inFlight).toBe(1);
    open();
    fake.gate = null;
    const first = await pushing;
    // the same push went on with the newer version, as an update of revision 1
    expect(first).toMatchObject({ batches: 2, created: 1, updated: 1, conflict: 0 });
    expect(fake.store.get(e.id)?.entry.note).toBe("edited during the push");
    expect(await outbox.get(e.id)).toMatchObject({ state: "synced", entry: { revision: 2 } });
  });

  it("after the in-flight answer, the newer save waits on top of the new revision", async () => {
    const { outbox, client, fake } = await setup();
    const e = makeEntry();
    await outbox.save(e);
    let open!: () => void;
    fake.gate = new Promise<void>((r) => {
      open = r;
    });
    const pushing = outbox.push(client, { maxBatches: 1 });
    while (fake.batches.length === 0) await new Promise((r) => setTimeout(r, 1));
    await outbox.save({ ...e, note: "edited during the push" });
    open();
    fake.gate = null;
    const first = await pushing;
    expect(first.created).toBe(1);
    expect(first.nextDueAt).not.toBeNull();
    // the newer save is still queued, now on top of revision 1
    expect(await outbox.get(e.id)).toMatchObject({ state: "queued", entry: { revision: 1, note: "edited during the push" } });
    const second = await outbox.push(client);
    expect(second.updated).toBe(1);
    expect(fake.store.get(e.id)?.entry.note).toBe("edited during the push");
    expect(await outbox.stateOf(e.id)).toBe("synced");
  });

  it("two tabs pushing at once never send the same entry twice", async () => {
    const { outbox, client, fake, factory, clock } = await setup();
    const tab2 = await Outbox.open({ indexedDB: factory, now: clock.now });
    opened.push(tab2);
    await outbox.saveMany(entries(600));
    const [a, b] = await Promise.all([
      outbox.push(client, { batchSize: 50 }),
      tab2.push(client, { batchSize: 50 }),
    ]);
    expect(a.sent + b.sent).toBe(600);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect([...fake.sendCounts().values()].every((n) => n === 1)).toBe(true);
    expect(fake.store.size).toBe(600);
  });

  it("a tab walks past a long run of entries another tab has claimed", async () => {
    const { outbox, client, fake, factory, clock } = await setup();
    const list = entries(400);
    await outbox.saveMany(list);
    let open!: () => void;
    fake.gate = new Promise<void>((r) => {
      open = r;
    });
    const tab1 = outbox.push(client, { batchSize: 300, maxBatches: 1 });
    while (fake.batches.length === 0) await new Promise((r) => setTimeout(r, 1));
    const tab2 = await Outbox.open({ indexedDB: factory, now: clock.now });
    opened.push(tab2);
    fake.gate = null;
    const r2 = await tab2.push(client, { batchSize: 50, maxBatches: 1 });
    expect(r2.sent).toBe(50);
    expect(fake.batches[1]).toEqual(list.slice(300, 350).map((e) => e.id));
    open();
    expect((await tab1).created).toBe(300);
    expect([...fake.sendCounts().values()].every((n) => n === 1)).toBe(true);
  });

  it("a claim left by a tab that died is taken over when its lease ends", async () => {
    const { outbox, client, fake, factory, clock } = await setup({ leaseMs: 5000 });
    const e = makeEntry();
    await outbox.save(e);
    fake.gate = new Promise<void>(() => {}); // tab 1's request never comes back
    void outbox.push(client);
    while (fake.batches.length === 0) await new Promise((r) => setTimeout(r, 1));
    fake.gate = null;
    const tab2 = await Outbox.open({ indexedDB: factory, now: clock.now, leaseMs: 5000 });
    opened.push(tab2);
    expect((await tab2.push(client)).sent).toBe(0);
    clock.t += 5001;
    const taken = await tab2.push(client);
    expect(taken.created).toBe(1);
    expect(await tab2.stateOf(e.id)).toBe("synced");
    expect(fake.store.size).toBe(1);
  });
});

describe("pull and lookups", () => {
  it("follows the change feed into the cache, persists the cursor and applies tombstones", async () => {
    const { outbox, client, fake, factory } = await setup();
    // entries made by someone else, straight on the tracker
    const others = [
      makeEntry({ source: { type: "web", url: "https://mfa.gov.md/diaspora/?utm_source=x" } }, 1),
      makeEntry({ source: { type: "file", path: "/d/plan.pdf", sha256: "a".repeat(64) } }, 2),
      makeEntry({ kind: "row", source: { type: "excel", workbook: "Indicators.xlsx", rowKey: "R17" } }, 3),
    ];
    await client.putEntries(others);
    const r = await outbox.pull(client, { limit: 2 });
    expect(r).toMatchObject({ applied: 3, deleted: 0 });
    expect(r.pages).toBeGreaterThanOrEqual(2);

    const byUrl = await outbox.findByUrl("HTTPS://mfa.gov.md/diaspora#top");
    expect(byUrl.map((x) => x.entry.id)).toEqual([others[0]?.id]);
    expect(byUrl[0]?.state).toBe("synced");
    expect(byUrl[0]?.entry.author).toBe("fake");
    expect((await outbox.findBySha256("A".repeat(64)))[0]?.entry.id).toBe(others[1]?.id);
    expect((await outbox.findRow("Indicators.xlsx", "R17"))?.entry.id).toBe(others[2]?.id);
    expect(await outbox.findRow("Indicators.xlsx", "R18")).toBeUndefined();
    expect(await outbox.findByUrl("https://mfa.gov.md/other")).toEqual([]);

    // the cursor survives a restart: only new changes come next time
    outbox.close();
    const again = await Outbox.open({ indexedDB: factory });
    opened.push(again);
    fake.deleteOnServer(others[0]?.id as string);
    fake.editOnServer(others[1]?.id as string, { note: "checked" });
    const r2 = await again.pull(client);
    expect(r2).toMatchObject({ applied: 1, deleted: 1 });
    expect(await again.findByUrl("https://mfa.gov.md/diaspora")).toEqual([]);
    expect(await again.stateOf(others[0]?.id as string)).toBe("unknown");
    expect((await again.get(others[1]?.id as string))?.entry).toMatchObject({ note: "checked", revision: 2 });
    expect((await again.pull(client)).applied).toBe(0);
  });

  it("finds the person's own pending saves too, before they reach the tracker", async () => {
    const { outbox } = await setup();
    const e = makeEntry({ source: { type: "web", url: "https://gov.kg/strategy/" } });
    await outbox.save(e);
    const found = await outbox.findByUrl("https://gov.kg/strategy?fbclid=1");
    expect(found).toHaveLength(1);
    expect(found[0]?.state).toBe("queued");
  });
});

describe("startSync", () => {
  it("pushes after a save, pulls, reports through onChange, and stops", async () => {
    const { outbox, client, fake } = await setup({ now: Date.now });
    const statuses: number[] = [];
    const handle = outbox.startSync(client, {
      intervalMs: 60_000,
      onChange: (s) => statuses.push(s.counts.synced),
    });
    const e = makeEntry();
    await outbox.save(e);
    for (let i = 0; i < 200 && (await outbox.stateOf(e.id)) !== "synced"; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await outbox.stateOf(e.id)).toBe("synced");
    expect(fake.store.has(e.id)).toBe(true);
    await handle.stop();
    expect(handle.running).toBe(false);
    expect(statuses.length).toBeGreaterThan(0);
    // stopped: a new save is not sent
    const later = makeEntry();
    await outbox.save(later);
    await new Promise((r) => setTimeout(r, 30));
    expect(fake.store.has(later.id)).toBe(false);
  });

  it("retries by itself after the network comes back", async () => {
    const { outbox, client, fake } = await setup({ now: Date.now, random: Math.random, backoff: { baseMs: 5, capMs: 20 } });
    fake.failNext = 5;
    const e = makeEntry();
    await outbox.save(e);
    const handle = outbox.startSync(client, { intervalMs: 60_000, pull: false });
    for (let i = 0; i < 400 && (await outbox.stateOf(e.id)) !== "synced"; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    await handle.stop();
    expect(await outbox.stateOf(e.id)).toBe("synced");
    expect(fake.failNext).toBe(0);
  });
});
