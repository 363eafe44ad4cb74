/**
 * The add-in's PushSink over shared/sync: entries go into the IndexedDB outbox first, then out
 * to the tracker in batches. What each row shows afterwards comes from the outbox's view of
 * its entry (synced / queued / conflict / invalid).
 */
import type { Entry } from "../../shared/entry/entry";
import { TrackerClient } from "../../shared/sync/client";
import { Outbox } from "../../shared/sync/outbox";
import type { PushOutcome, PushSink } from "./push";

export interface SinkOptions {
  trackerUrl: string;
  token: string;
  /** Tests pass fake-indexeddb and a fetch; the add-in uses the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  dbName?: string;
}

export async function outboxSink(opts: SinkOptions): Promise<PushSink & { close(): void }> {
  const outbox = await Outbox.open({
    name: opts.dbName ?? "mmt-addin",
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
  });
  const client = opts.trackerUrl
    ? new TrackerClient({ baseUrl: opts.trackerUrl, token: opts.token, ...(opts.fetch ? { fetch: opts.fetch } : {}) })
    : null;
  return {
    async save(entries: readonly Entry[]) {
      // A row whose status cell lost its revision still edits the revision the tracker gave.
      const rebased = await Promise.all(
        entries.map(async (e) => {
          if (e.revision) return e;
          const known = await outbox.get(e.id);
          return known?.state === "synced" && known.entry.revision ? { ...e, revision: known.entry.revision } : e;
        }),
      );
      await outbox.saveMany(rebased);
    },
    async push(ids: readonly string[]): Promise<PushOutcome[]> {
      let why = "";
      if (!client) why = "no tracker set: open Settings";
      else {
        // The person pressed Push: that is the moment to retry a token the tracker refused.
        if (await outbox.authStop()) await outbox.resumeAuth();
        const report = await outbox.push(client);
        if (report.stopped === "auth") why = "the tracker refused the token: check Settings";
        else if (report.stopped === "network") why = report.error ? `offline (${report.error})` : "offline";
      }
      const out: PushOutcome[] = [];
      for (const id of ids) {
        const local = await outbox.get(id);
        if (!local) {
          out.push({ id, state: "queued", detail: why || "not in the outbox" });
        } else if (local.state === "synced") {
          out.push({ id, state: "synced", revision: local.entry.revision });
        } else if (local.state === "conflict") {
          out.push({ id, state: "conflict", ...(local.current ? { revision: local.current.revision } : {}) });
        } else if (local.state === "invalid") {
          out.push({ id, state: "invalid", detail: local.reason ?? "refused" });
        } else {
          out.push({ id, state: "queued", ...(why || local.lastError ? { detail: why || local.lastError } : {}) });
        }
      }
      return out;
    },
    close() {
      outbox.close();
    },
  };
}
