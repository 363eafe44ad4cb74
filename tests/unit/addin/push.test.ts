/**
 * "Push to tracker" end to end in memory: the mock Excel host, shared/sync's real IndexedDB
 * outbox (fake-indexeddb) and a small fake tracker speaking docs/api.md's PUT /entries rules.
 */
import "fake-indexeddb/auto";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { doPush } from "../../../addin/app/actions";
import { outboxSink } from "../../../addin/app/sink";
import { insertTemplate, TEMPLATE_SHEET } from "../../../addin/excel/adapter";
import { ROLES, type Role } from "../../../addin/core/template";
import type { Entry } from "../../../shared/entry/entry";
import { createMockHost, MockContext, type MockHost, type SheetData } from "./office-mock";

const col = (r: Role) => ROLES.indexOf(r);

/** The tracker's batch upsert rules (docs/api.md), in memory. */
function fakeTracker() {
  const store = new Map<string, Entry>();
  let online = true;
  const same = (a: Entry, b: Entry) => {
    const strip = ({ revision: _r, author: _a, createdAt: _c, updatedAt: _u, ...rest }: Entry) => JSON.stringify(rest);
    return strip(a) === strip(b);
  };
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (!online) throw new TypeError("fetch failed");
    if (!url.endsWith("/api/v1/entries") || init?.method !== "PUT") return new Response("{}", { status: 404 });
    const { entries } = JSON.parse(String(init.body)) as { entries: Entry[] };
    const results = entries.map((e) => {
      const cur = store.get(e.id);
      if (!cur) {
        store.set(e.id, { ...e, revision: 1 });
        return { id: e.id, result: "created", revision: 1 };
      }
      if (same(cur, e)) return { id: e.id, result: "unchanged", revision: cur.revision };
      if (cur.revision === e.revision) {
        store.set(e.id, { ...e, revision: cur.revision + 1 });
        return { id: e.id, result: "updated", revision: cur.revision + 1 };
      }
      return { id: e.id, result: "conflict", revision: cur.revision, current: cur };
    });
    return new Response(JSON.stringify({ results }), { status: 200, headers: { "content-type": "application/json" } });
  };
  return {
    store,
    fetch,
    setOnline(v: boolean) {
      online = v;
    },
  };
}

describe("doPush", () => {
  let host: MockHost;
  let sheet: SheetData;
  let tracker: ReturnType<typeof fakeTracker>;
  let idb: IDBFactory;
  const saved: Record<string, unknown> = {};

  beforeEach(async () => {
    const g = globalThis as Record<string, unknown>;
    for (const k of ["Office", "Excel", "CustomFunctions"]) saved[k] = g[k];
    host = createMockHost();
    host.install();
    await insertTemplate(new MockContext(host.data) as unknown as Excel.RequestContext);
    sheet = host.data.sheet(TEMPLATE_SHEET);
    sheet.put(1, col("title"), [
      ["Law on labour migration", "Law on labour migration and remittances of migrant workers abroad"],
      ["Diaspora programme", "Programme for diaspora investment"],
      ["", ""],
      ["Return plan", "Reintegration of returning migrants"],
    ]);
    tracker = fakeTracker();
    idb = new IDBFactory();
  });
  afterEach(() => {
    Object.assign(globalThis as Record<string, unknown>, saved);
  });

  const sink = () =>
    outboxSink({ trackerUrl: "http://tracker.test", token: "secret", indexedDB: idb, IDBKeyRange, fetch: tracker.fetch });

  const statuses = () => sheet.grid(1, col("trackerStatus"), 4, 1).flat();

  it("writes ids, sends rows through the outbox, shows synced, updated and conflict", async () => {
    const s1 = await sink();
    const sum = await doPush({ scope: "table", sink: s1, defaultCountry: "KGZ" });
    s1.close();
    expect(sum).toMatchObject({ rows: 3, synced: 3, queued: 0, conflict: 0, skipped: 1 });
    expect(statuses()).toEqual(["synced · r1", "synced · r1", "", "synced · r1"]);
    const id1 = String(sheet.value(1, col("id")));
    expect(id1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(tracker.store.get(id1)).toMatchObject({
      kind: "row",
      title: "Law on labour migration",
      country: "KGZ",
      source: { type: "excel", sheet: TEMPLATE_SHEET, rowKey: id1 },
    });

    // The officer edits row 2; someone else edited row 5 on the tracker meanwhile.
    sheet.put(1, col("description"), [["Law on labour migration, amended"]]);
    const id4 = String(sheet.value(4, col("id")));
    tracker.store.set(id4, { ...tracker.store.get(id4)!, title: "Changed elsewhere", revision: 5 });
    sheet.put(4, col("title"), [["Return and reintegration plan"]]);

    const s2 = await sink();
    const sum2 = await doPush({ scope: "table", sink: s2, defaultCountry: "KGZ" });
    s2.close();
    expect(statuses()).toEqual(["synced · r2", "synced · r1", "", "conflict · r5 on tracker"]);
    expect(sum2).toMatchObject({ synced: 2, conflict: 1 });
    expect(tracker.store.get(id1)?.note).toBe("Law on labour migration, amended");
    expect(tracker.store.get(id4)?.title).toBe("Changed elsewhere"); // never overwritten silently
  });

  it("offline: rows stay queued in the outbox and go out with the next push", async () => {
    tracker.setOnline(false);
    const s1 = await sink();
    const sum = await doPush({ scope: "table", sink: s1 });
    s1.close();
    expect(sum).toMatchObject({ rows: 3, queued: 3, synced: 0 });
    expect(statuses()[0]).toMatch(/^queued: offline/);
    expect(tracker.store.size).toBe(0);

    tracker.setOnline(true);
    const s2 = await sink();
    await doPush({ scope: "table", sink: s2 });
    s2.close();
    expect(statuses()).toEqual(["synced · r1", "synced · r1", "", "synced · r1"]);
    expect(tracker.store.size).toBe(3);
  });

  it("without a tracker address, rows are kept and the status says what to do", async () => {
    const s = await outboxSink({ trackerUrl: "", token: "", indexedDB: idb, IDBKeyRange });
    const sum = await doPush({ scope: "table", sink: s });
    s.close();
    expect(sum.queued).toBe(3);
    expect(statuses()[0]).toBe("queued: no tracker set: open Settings");
  });
});
