/**
 * The extension's use of shared/sync: one IndexedDB outbox per extension (shared by the panel,
 * the options page and the background: same origin), a TrackerClient built from the settings
 * on each use, and "save, then try to push now".
 */
import type { Entry } from "../../../shared/entry/entry";
import { TrackerClient } from "../../../shared/sync/client";
import { type EntryState, type LocalEntry, Outbox } from "../../../shared/sync/outbox";
import type { Settings } from "./settings";

let outbox: Promise<Outbox> | null = null;

export function openOutbox(): Promise<Outbox> {
  if (!outbox) outbox = Outbox.open({ name: "mmt-extension" });
  return outbox;
}

/** null when no tracker is configured: the extension then works locally only. */
export function clientFor(s: Settings, fetchImpl?: typeof fetch): TrackerClient | null {
  if (!s.trackerUrl) return null;
  return new TrackerClient({ baseUrl: s.trackerUrl, token: s.token || undefined, ...(fetchImpl ? { fetch: fetchImpl } : {}), timeoutMs: 20_000 });
}

export interface SaveOutcome {
  state: EntryState | "local";
  error?: string;
}

/** Durable local save, then one push attempt if a tracker is configured. */
export async function saveAndPush(box: Outbox, entry: Entry, s: Settings): Promise<SaveOutcome> {
  const first = await box.save(entry);
  const client = clientFor(s);
  if (!client) return { state: first === "queued" ? "local" : first };
  const report = await box.push(client);
  const state = await box.stateOf(entry.id);
  return { state: state === "unknown" ? first : state, ...(report.error ? { error: report.error } : {}) };
}

/** Push what is queued and pull the change feed; errors are reported, not thrown. */
export async function syncNow(box: Outbox, s: Settings): Promise<string | null> {
  const client = clientFor(s);
  if (!client) return null;
  try {
    const r = await box.push(client);
    if (r.stopped === null) await box.pull(client, { maxPages: 20 });
    return r.error ?? null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The newest entry this browser knows for a URL (saved here or pulled from the tracker). */
export async function existingFor(box: Outbox, url: string): Promise<LocalEntry | undefined> {
  const found = await box.findByUrl(url);
  const docs = found.filter((f) => f.entry.kind === "document");
  docs.sort((a, b) => (b.entry.updatedAt ?? "").localeCompare(a.entry.updatedAt ?? ""));
  return docs[0];
}
