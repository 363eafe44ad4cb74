/**
 * The offline outbox: every save is first a durable IndexedDB write, then pushed to the tracker
 * in batches. See docs/sync.md for the protocol, the states and what the person sees.
 *
 * Stores (one database, default name "mmt-sync"):
 * - outbox: one record per entry id with a pending write (a second save overwrites the first);
 *   state queued / conflict / invalid / auth-stopped, retry schedule, in-flight lease.
 * - cache:  entries the tracker has (acknowledged pushes and the pulled change feed), for
 *   "this page / row is already in the tracker".
 * - meta:   the change-feed cursor and the "needs a token" stop.
 *
 * IndexedDB transactions commit as soon as control returns to the event loop with nothing
 * pending, so no transaction here ever spans a fetch: claim a batch (tx 1), send it (no tx),
 * apply the results (tx 2).
 */
import { type DBSchema, type IDBPDatabase, wrap } from "idb";
import { type Entry, parseEntry } from "../entry/entry";
import { newEntryId } from "../entry/ids";
import { canonicalUrl } from "../entry/url";
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from "./backoff";
import type { PutResult, TrackerClient } from "./client";
import { AuthError, HttpError, NetworkError } from "./errors";

/** Where an entry stands, as the person sees it. */
export type EntryState = "queued" | "synced" | "conflict" | "invalid" | "auth-stopped";
type PendingState = Exclude<EntryState, "synced">;

interface Lookup {
  /** canonicalUrl(source.url) */
  url?: string;
  sha256?: string;
  /** workbook + "\u0000" + rowKey */
  row?: string;
}

interface InFlight {
  owner: string;
  until: number;
  version: number;
}

export interface OutboxRecord extends Lookup {
  id: string;
  entry: Entry;
  state: PendingState;
  /** Local write counter of this id: every save bumps it, so a push can tell a newer save. */
  version: number;
  attempts: number;
  nextAttemptAt: number;
  savedAt: number;
  lastError?: string;
  /** With invalid: why, for a person. */
  reason?: string;
  /** With conflict: the tracker's current entry; null when it was deleted on the tracker. */
  current?: Entry | null;
  inflight?: InFlight;
}

export interface CacheRecord extends Lookup {
  id: string;
  entry: Entry;
  revision: number;
}

interface AuthStop {
  status: number | undefined;
  message: string;
  at: number;
}

interface SyncDB extends DBSchema {
  outbox: {
    key: string;
    value: OutboxRecord;
    indexes: { byState: string; byDue: [string, number]; byUrl: string; bySha256: string; byRow: string };
  };
  cache: {
    key: string;
    value: CacheRecord;
    indexes: { byUrl: string; bySha256: string; byRow: string };
  };
  meta: { key: string; value: unknown };
}

const DB_VERSION = 1;
const META_CURSOR = "changesCursor";
const META_AUTH = "authStop";
/** Keep a PUT body well under the tracker's 5 MB limit. */
const MAX_BATCH_BYTES = 4_000_000;
const MAX_BATCH_ENTRIES = 1000;

/** An entry with where it stands locally. */
export interface LocalEntry {
  entry: Entry;
  state: EntryState;
  reason?: string;
  current?: Entry | null;
  lastError?: string;
  attempts?: number;
}

export interface OutboxCounts {
  queued: number;
  /** Queued entries being sent right now (by this or another tab). */
  inFlight: number;
  conflict: number;
  invalid: number;
  authStopped: number;
  /** Entries the tracker has and that have no pending local change. */
  synced: number;
}

export interface PushReport {
  batches: number;
  sent: number;
  created: number;
  updated: number;
  unchanged: number;
  conflict: number;
  invalid: number;
  /** Why the push stopped before the queue was empty, if it did. */
  stopped: "auth" | "network" | null;
  /** The error behind `stopped`, for a person (never contains the token). */
  error?: string;
  /** With stopped = "network": do not try again before this time (ms since epoch). */
  retryAt?: number;
  /** The earliest time a queued entry is due (ms since epoch), or null when none is queued. */
  nextDueAt: number | null;
  /** Ids the tracker acknowledged in this push (created, updated or unchanged). */
  acknowledged: string[];
}

export interface PullReport {
  pages: number;
  applied: number;
  deleted: number;
  cursor: string | undefined;
}

export interface SyncStatus {
  counts: OutboxCounts;
  /** The tracker refused the token: ask the person for a new one, then call resumeAuth(). */
  needsToken: boolean;
  /** The last error, for a person. */
  lastError: string | null;
  lastPush: PushReport | null;
  lastSyncAt: number | null;
}

export interface SyncHandle {
  /** Run a cycle now instead of waiting (after a save, when the browser says it is online). */
  kick(): void;
  /** Stop the loop; resolves when the current cycle has finished. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export interface OutboxOptions {
  /** Database name (default "mmt-sync"); one per tracker if a client talks to several. */
  name?: string;
  /** The IDBFactory (default globalThis.indexedDB). */
  indexedDB?: IDBFactory;
  /** The key-range constructor (default globalThis.IDBKeyRange). */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Clock, ms since epoch (default Date.now). */
  now?: () => number;
  /** Uniform [0, 1) (default Math.random); drives the backoff jitter. */
  random?: () => number;
  backoff?: BackoffPolicy;
  /** How long a claimed batch stays reserved for its sender (default 90 s > the fetch timeout). */
  leaseMs?: number;
}

export interface PushOptions {
  /** Entries per PUT (default 200, at most 1000); bodies are also kept under 4 MB. */
  batchSize?: number;
  /** Stop after this many batches (default: until the queue has nothing due). */
  maxBatches?: number;
}

export interface StartSyncOptions extends PushOptions {
  /** Called after every cycle with the state of the outbox. */
  onChange?: (status: SyncStatus) => void;
  /** Longest pause between cycles when nothing is due (default 30 s). */
  intervalMs?: number;
  /** Also pull the change feed each cycle (default true). */
  pull?: boolean;
}

function lookupOf(entry: Entry): Lookup {
  const s = entry?.source;
  const out: Lookup = {};
  if (!s) return out;
  if (typeof s.url === "string" && s.url) out.url = canonicalUrl(s.url);
  if (typeof s.sha256 === "string" && s.sha256) out.sha256 = s.sha256.toLowerCase();
  if (typeof s.workbook === "string" && typeof s.rowKey === "string") out.row = rowRef(s.workbook, s.rowKey);
  return out;
}

function rowRef(workbook: string, rowKey: string): string {
  return `${workbook}\u0000${rowKey}`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function randomOwner(): string {
  return newEntryId();
}

export class Outbox {
  readonly #db: IDBPDatabase<SyncDB>;
  readonly #range: typeof IDBKeyRange;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #backoff: BackoffPolicy;
  readonly #leaseMs: number;
  /** Identifies this instance's in-flight claims (one per tab / worker). */
  readonly owner = randomOwner();
  readonly #kicks = new Set<() => void>();
  #lastError: string | null = null;
  #lastPush: PushReport | null = null;
  #lastSyncAt: number | null = null;
  /** Consecutive failed sends: grows the wait even when each batch holds fresh entries. */
  #failStreak = 0;

  private constructor(db: IDBPDatabase<SyncDB>, opts: OutboxOptions) {
    this.#db = db;
    const range = opts.IDBKeyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
    if (!range) throw new Error("no IDBKeyRange available: pass one in OutboxOptions.IDBKeyRange");
    this.#range = range;
    this.#now = opts.now ?? Date.now;
    this.#random = opts.random ?? Math.random;
    this.#backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.#leaseMs = opts.leaseMs ?? 90_000;
  }

  /** Open (and create or upgrade) the outbox database. */
  static async open(opts: OutboxOptions = {}): Promise<Outbox> {
    const factory = opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) throw new Error("no IndexedDB available: pass one in OutboxOptions.indexedDB");
    const request = factory.open(opts.name ?? "mmt-sync", DB_VERSION);
    request.addEventListener("upgradeneeded", (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<SyncDB>;
      if (event.oldVersion < 1) {
        const outbox = db.createObjectStore("outbox", { keyPath: "id" });
        outbox.createIndex("byState", "state");
        outbox.createIndex("byDue", ["state", "nextAttemptAt"]);
        outbox.createIndex("byUrl", "url");
        outbox.createIndex("bySha256", "sha256");
        outbox.createIndex("byRow", "row");
        const cache = db.createObjectStore("cache", { keyPath: "id" });
        cache.createIndex("byUrl", "url");
        cache.createIndex("bySha256", "sha256");
        cache.createIndex("byRow", "row");
        db.createObjectStore("meta");
      }
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<SyncDB>;
    // Another tab opening a newer version must not be blocked by us.
    db.addEventListener("versionchange", () => db.close());
    return new Outbox(db, opts);
  }

  close(): void {
    this.#db.close();
  }

  // ------------------------------------------------------------------------------- saving

  /**
   * Durable local write: resolves once the IndexedDB transaction has committed. The entry is
   * queued for the tracker (or kept as invalid, with the reason, if it fails the schema).
   */
  async save(entry: Entry): Promise<EntryState> {
    const [state] = await this.saveMany([entry]);
    return state as EntryState;
  }

  /** Save many entries in one transaction (an add-in pushing a table, a bulk import). */
  async saveMany(entries: readonly Entry[]): Promise<EntryState[]> {
    for (const e of entries) {
      if (typeof e?.id !== "string" || e.id === "") throw new TypeError("an entry needs an id to be saved");
    }
    const now = this.#now();
    const tx = this.#db.transaction(["outbox", "meta"], "readwrite");
    const outbox = tx.objectStore("outbox");
    const stopped = (await tx.objectStore("meta").get(META_AUTH)) !== undefined;
    // Read every existing record first, then write: requests in one transaction are pipelined
    // (no await between them), which keeps a 10,000-entry save quick.
    const existingAll = await Promise.all(entries.map((e) => outbox.get(e.id)));
    const states: EntryState[] = [];
    const writes: Promise<unknown>[] = [];
    entries.forEach((input, i) => {
      const existing = existingAll[i];
      const parsed = parseEntry(input);
      const entry = parsed.ok ? parsed.entry : input;
      const state: PendingState = !parsed.ok ? "invalid" : stopped ? "auth-stopped" : "queued";
      const rec: OutboxRecord = {
        id: input.id,
        entry,
        state,
        version: (existing?.version ?? 0) + 1,
        attempts: 0,
        nextAttemptAt: 0,
        savedAt: now,
        ...lookupOf(entry),
      };
      if (!parsed.ok) rec.reason = `not sent: ${parsed.reason}`;
      // Keep another sender's claim: its answer must find this newer version and leave it queued.
      if (existing?.inflight) rec.inflight = existing.inflight;
      writes.push(outbox.put(rec));
      states.push(state);
    });
    await Promise.all([...writes, tx.done]);
    this.#kickAll();
    return states;
  }

  // -------------------------------------------------------------------------------- pushing

  /**
   * Send what is due, batch after batch, until nothing is due, the network fails (the batch is
   * rescheduled with backoff) or the tracker refuses the token (everything waits for a token).
   */
  async push(client: TrackerClient, opts: PushOptions = {}): Promise<PushReport> {
    let size = Math.min(MAX_BATCH_ENTRIES, Math.max(1, Math.floor(opts.batchSize ?? 200)));
    const maxBatches = opts.maxBatches ?? Number.POSITIVE_INFINITY;
    const report: PushReport = {
      batches: 0,
      sent: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      conflict: 0,
      invalid: 0,
      stopped: null,
      nextDueAt: null,
      acknowledged: [],
    };
    while (report.batches < maxBatches) {
      const claim = await this.#claim(size);
      if (claim === "auth-stopped") {
        report.stopped = "auth";
        report.error = (await this.authStop())?.message;
        break;
      }
      if (claim.length === 0) break;
      report.batches++;
      let results: PutResult[];
      try {
        results = await client.putEntries(claim.map((r) => r.entry));
      } catch (e) {
        if (e instanceof AuthError) {
          await this.#stopForAuth(claim, e);
          report.stopped = "auth";
          report.error = e.message;
          this.#lastError = e.message;
          break;
        }
        if (e instanceof HttpError) {
          // The whole body was refused (too large, malformed for this server): halve the batch
          // until the entry at fault is alone, then keep it as invalid with the tracker's reason.
          if (claim.length > 1) {
            await this.#release(claim);
            size = Math.ceil(claim.length / 2);
            report.batches--;
            continue;
          }
          await this.#markInvalid(claim, e.message);
          report.invalid++;
          continue;
        }
        const retryAt = await this.#reschedule(claim, e);
        report.stopped = "network";
        report.error = errMessage(e);
        report.retryAt = retryAt;
        this.#lastError = report.error;
        break;
      }
      report.sent += claim.length;
      this.#failStreak = 0;
      await this.#apply(claim, results, report);
      this.#lastError = null;
    }
    report.nextDueAt = await this.#nextDue();
    this.#lastPush = report;
    return report;
  }

  /** Reserve up to `size` due entries for this sender, in one transaction. */
  async #claim(size: number): Promise<OutboxRecord[] | "auth-stopped"> {
    const now = this.#now();
    const tx = this.#db.transaction(["outbox", "meta"], "readwrite");
    if ((await tx.objectStore("meta").get(META_AUTH)) !== undefined) {
      await tx.done;
      return "auth-stopped";
    }
    const out: OutboxRecord[] = [];
    let bytes = 0;
    let full = false;
    const range = this.#range.bound(["queued", Number.NEGATIVE_INFINITY], ["queued", now]);
    const index = tx.objectStore("outbox").index("byDue");
    const writes: Promise<unknown>[] = [];
    const take = (rec: OutboxRecord): boolean => {
      if (rec.inflight && rec.inflight.until > now) return true;
      const len = utf8Length(JSON.stringify(rec.entry)) + 1;
      if (out.length > 0 && bytes + len > MAX_BATCH_BYTES) {
        full = true;
        return false;
      }
      bytes += len;
      rec.inflight = { owner: this.owner, until: now + this.#leaseMs, version: rec.version };
      writes.push(tx.objectStore("outbox").put(rec));
      out.push(rec);
      return out.length < size;
    };
    // Fast path: one read of the first due records; most are free to take.
    const want = size * 2;
    const first = await index.getAll(range, want);
    for (const rec of first) if (!take(rec)) break;
    if (!full && out.length < size && first.length === want) {
      // Many due records are claimed by another sender: walk past them with a cursor.
      const seen = new Set(first.map((r) => r.id));
      let cursor = await index.openCursor(range);
      while (cursor && out.length < size && !full) {
        if (!seen.has(cursor.primaryKey) && !take(cursor.value)) break;
        cursor = await cursor.continue();
      }
    }
    await Promise.all([...writes, tx.done]);
    return out;
  }

  /** Is `rec` (read now) still the one this sender claimed? */
  #mine(rec: OutboxRecord | undefined, sent: OutboxRecord): boolean {
    return rec?.inflight?.owner === this.owner && rec.inflight.version === sent.version;
  }

  async #apply(sent: OutboxRecord[], results: PutResult[], report: PushReport): Promise<void> {
    const tx = this.#db.transaction(["outbox", "cache"], "readwrite");
    const outbox = tx.objectStore("outbox");
    const cache = tx.objectStore("cache");
    // Read all, then write without awaiting each request (pipelined in the transaction).
    const [curAll, cachedAll] = await Promise.all([
      Promise.all(sent.map((s) => outbox.get(s.id))),
      Promise.all(sent.map((s) => cache.get(s.id))),
    ]);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < sent.length; i++) {
      const s = sent[i] as OutboxRecord;
      const r = results[i] as PutResult;
      const cur = curAll[i];
      const cached = cachedAll[i];
      const newer = cur !== undefined && cur.version !== s.version;
      if (r.result === "created" || r.result === "updated" || r.result === "unchanged") {
        report[r.result]++;
        report.acknowledged.push(s.id);
        const revision = r.revision ?? s.entry.revision;
        if (!cached || cached.revision <= revision) {
          const entry = { ...s.entry, revision };
          writes.push(cache.put({ id: s.id, entry, revision, ...lookupOf(entry) }));
        }
        if (!cur) continue;
        if (newer) {
          // Saved again while this version was on the wire: the newer save was made on top of
          // it, so it now edits the revision the tracker just gave.
          if (cur.entry.revision === s.entry.revision) cur.entry = { ...cur.entry, revision };
          if (cur.inflight?.owner === this.owner) cur.inflight = undefined;
          writes.push(outbox.put(cur));
        } else {
          // the very version the tracker acknowledged, whoever holds the claim now
          writes.push(outbox.delete(s.id));
        }
        continue;
      }
      if (r.result === "conflict") {
        report.conflict++;
        // what the tracker holds now is news for the cache too
        if (r.current) {
          const entry = r.current;
          if (!cached || cached.revision <= entry.revision) {
            writes.push(cache.put({ id: s.id, entry, revision: entry.revision, ...lookupOf(entry) }));
          }
        } else {
          writes.push(cache.delete(s.id));
        }
      } else {
        report.invalid++;
      }
      if (!cur) continue;
      if (newer) {
        // The person's newer save goes next and gets its own answer.
        if (cur.inflight?.owner === this.owner) cur.inflight = undefined;
        writes.push(outbox.put(cur));
        continue;
      }
      cur.inflight = undefined;
      cur.attempts = 0;
      cur.nextAttemptAt = 0;
      cur.lastError = undefined;
      if (r.result === "conflict") {
        cur.state = "conflict";
        cur.current = r.current ?? null;
      } else {
        cur.state = "invalid";
        cur.reason = r.reason ?? "the tracker refused this entry";
      }
      writes.push(outbox.put(cur));
    }
    await Promise.all([...writes, tx.done]);
  }

  /** Failed to send (network, 5xx): back off each record of the batch; returns the retry time. */
  async #reschedule(sent: OutboxRecord[], e: unknown): Promise<number> {
    const now = this.#now();
    const retryAfter = e instanceof NetworkError ? e.retryAfterMs : undefined;
    const message = errMessage(e);
    const streak = ++this.#failStreak;
    let retryAt = now;
    const tx = this.#db.transaction("outbox", "readwrite");
    for (const s of sent) {
      const cur = await tx.store.get(s.id);
      if (!cur) continue;
      const attempts = s.attempts + 1;
      const wait = retryAfter ?? backoffDelay(Math.max(attempts, streak), this.#backoff, this.#random);
      retryAt = Math.max(retryAt, now + wait);
      if (this.#mine(cur, s)) {
        cur.attempts = attempts;
        cur.nextAttemptAt = now + wait;
        cur.lastError = message;
        cur.inflight = undefined;
        await tx.store.put(cur);
      } else if (cur.inflight?.owner === this.owner) {
        // saved again meanwhile: keep the new save's schedule, drop our claim
        cur.inflight = undefined;
        await tx.store.put(cur);
      }
    }
    await tx.done;
    return retryAt;
  }

  /** Give a claimed batch back untouched. */
  async #release(sent: OutboxRecord[]): Promise<void> {
    const tx = this.#db.transaction("outbox", "readwrite");
    for (const s of sent) {
      const cur = await tx.store.get(s.id);
      if (cur?.inflight?.owner === this.owner) {
        cur.inflight = undefined;
        await tx.store.put(cur);
      }
    }
    await tx.done;
  }

  async #markInvalid(sent: OutboxRecord[], reason: string): Promise<void> {
    const tx = this.#db.transaction("outbox", "readwrite");
    for (const s of sent) {
      const cur = await tx.store.get(s.id);
      if (!cur) continue;
      if (this.#mine(cur, s)) {
        cur.state = "invalid";
        cur.reason = reason;
      }
      if (cur.inflight?.owner === this.owner) cur.inflight = undefined;
      await tx.store.put(cur);
    }
    await tx.done;
  }

  async #stopForAuth(sent: OutboxRecord[], e: AuthError): Promise<void> {
    const tx = this.#db.transaction(["outbox", "meta"], "readwrite");
    const stop: AuthStop = { status: e.status, message: e.message, at: this.#now() };
    await tx.objectStore("meta").put(stop, META_AUTH);
    const outbox = tx.objectStore("outbox");
    const mine = new Set(sent.map((s) => s.id));
    let cursor = await outbox.index("byState").openCursor("queued");
    while (cursor) {
      const rec = cursor.value;
      rec.state = "auth-stopped";
      if (mine.has(rec.id) && rec.inflight?.owner === this.owner) rec.inflight = undefined;
      await cursor.update(rec);
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async #nextDue(): Promise<number | null> {
    const range = this.#range.bound(["queued", Number.NEGATIVE_INFINITY], ["queued", Number.POSITIVE_INFINITY]);
    const tx = this.#db.transaction("outbox", "readonly");
    let cursor = await tx.store.index("byDue").openCursor(range);
    let due: number | null = null;
    while (cursor) {
      const rec = cursor.value;
      // a record claimed by someone is due again when its lease ends
      const t = rec.inflight && rec.inflight.until > this.#now() ? rec.inflight.until : rec.nextAttemptAt;
      due = due === null ? t : Math.min(due, t);
      if (!rec.inflight) break; // the index is ordered by nextAttemptAt: nothing later is earlier
      cursor = await cursor.continue();
    }
    await tx.done;
    return due;
  }

  // ---------------------------------------------------------------------- token, conflicts

  /** Why pushing stopped for a token, or undefined when it did not. */
  async authStop(): Promise<AuthStop | undefined> {
    return (await this.#db.get("meta", META_AUTH)) as AuthStop | undefined;
  }

  /** After the person set a new token: queue everything that waited for it. */
  async resumeAuth(): Promise<number> {
    const tx = this.#db.transaction(["outbox", "meta"], "readwrite");
    await tx.objectStore("meta").delete(META_AUTH);
    let n = 0;
    let cursor = await tx.objectStore("outbox").index("byState").openCursor("auth-stopped");
    while (cursor) {
      const rec = cursor.value;
      rec.state = "queued";
      rec.attempts = 0;
      rec.nextAttemptAt = 0;
      await cursor.update(rec);
      n++;
      cursor = await cursor.continue();
    }
    await tx.done;
    this.#kickAll();
    return n;
  }

  /**
   * The person's answer to a conflict. "keep-mine": send my version again on top of the
   * tracker's current revision (if the tracker deleted it, my version becomes a new entry with
   * a new id). "take-theirs": drop my version and keep the tracker's.
   */
  async resolveConflict(id: string, choice: "keep-mine" | "take-theirs"): Promise<void> {
    const tx = this.#db.transaction(["outbox", "cache"], "readwrite");
    const outbox = tx.objectStore("outbox");
    const rec = await outbox.get(id);
    if (rec?.state !== "conflict") {
      await tx.done;
      throw new Error(`entry ${id} is not in conflict`);
    }
    if (choice === "take-theirs") {
      await outbox.delete(id);
      if (rec.current) {
        const entry = rec.current;
        await tx.objectStore("cache").put({ id, entry, revision: entry.revision, ...lookupOf(entry) });
      } else {
        await tx.objectStore("cache").delete(id);
      }
    } else if (rec.current) {
      rec.entry = { ...rec.entry, revision: rec.current.revision };
      rec.state = "queued";
      rec.current = undefined;
      rec.attempts = 0;
      rec.nextAttemptAt = 0;
      rec.version++;
      await outbox.put(rec);
    } else {
      await outbox.delete(id);
      await tx.objectStore("cache").delete(id);
      const entry: Entry = { ...rec.entry, id: newEntryId(), revision: 0 };
      await outbox.put({
        id: entry.id,
        entry,
        state: "queued",
        version: 1,
        attempts: 0,
        nextAttemptAt: 0,
        savedAt: this.#now(),
        ...lookupOf(entry),
      });
    }
    await tx.done;
    this.#kickAll();
  }

  /** Forget a pending local change (an invalid entry the person gives up on). */
  async discard(id: string): Promise<boolean> {
    const tx = this.#db.transaction("outbox", "readwrite");
    const had = (await tx.store.get(id)) !== undefined;
    if (had) await tx.store.delete(id);
    await tx.done;
    return had;
  }

  // -------------------------------------------------------------------------------- pulling

  /**
   * Follow the tracker's change feed into the cache until caught up. The cursor is stored in
   * the same transaction as the changes it brought, so a crash never skips or repeats a page
   * half-applied. Tombstones remove the entry from the cache.
   */
  async pull(client: TrackerClient, opts: { limit?: number; maxPages?: number } = {}): Promise<PullReport> {
    const report: PullReport = { pages: 0, applied: 0, deleted: 0, cursor: undefined };
    const maxPages = opts.maxPages ?? Number.POSITIVE_INFINITY;
    report.cursor = (await this.#db.get("meta", META_CURSOR)) as string | undefined;
    while (report.pages < maxPages) {
      const page = await client.changes(report.cursor, opts.limit);
      report.pages++;
      const tx = this.#db.transaction(["cache", "meta"], "readwrite");
      const cache = tx.objectStore("cache");
      for (const c of page.changes) {
        if (c.deleted) {
          await cache.delete(c.id);
          report.deleted++;
          continue;
        }
        if (!c.entry) continue;
        const cached = await cache.get(c.id);
        if (!cached || cached.revision <= c.revision) {
          const entry = { ...c.entry, revision: c.revision };
          await cache.put({ id: c.id, entry, revision: c.revision, ...lookupOf(entry) });
          report.applied++;
        }
      }
      await tx.objectStore("meta").put(page.next, META_CURSOR);
      await tx.done;
      const moved = page.next !== report.cursor;
      report.cursor = page.next;
      if (page.changes.length === 0 || !moved) break;
    }
    this.#lastSyncAt = this.#now();
    return report;
  }

  // -------------------------------------------------------------------------------- lookups

  /** Where an entry stands: a pending local change wins over the cached tracker copy. */
  async stateOf(id: string): Promise<EntryState | "unknown"> {
    const rec = await this.#db.get("outbox", id);
    if (rec) return rec.state;
    return (await this.#db.getKey("cache", id)) !== undefined ? "synced" : "unknown";
  }

  /** The local view of one entry, or undefined. */
  async get(id: string): Promise<LocalEntry | undefined> {
    const rec = await this.#db.get("outbox", id);
    if (rec) return localOf(rec);
    const c = await this.#db.get("cache", id);
    return c ? { entry: c.entry, state: "synced" } : undefined;
  }

  /** Entries of this page (any spelling of its URL), pending ones first. */
  async findByUrl(url: string): Promise<LocalEntry[]> {
    return this.#find("byUrl", canonicalUrl(url));
  }

  /** Entries of this file, by its SHA-256. */
  async findBySha256(hash: string): Promise<LocalEntry[]> {
    return this.#find("bySha256", hash.toLowerCase());
  }

  /** The entry of a spreadsheet row, if any. */
  async findRow(workbook: string, rowKey: string): Promise<LocalEntry | undefined> {
    return (await this.#find("byRow", rowRef(workbook, rowKey)))[0];
  }

  async #find(index: "byUrl" | "bySha256" | "byRow", key: string): Promise<LocalEntry[]> {
    const tx = this.#db.transaction(["outbox", "cache"], "readonly");
    const pending = await tx.objectStore("outbox").index(index).getAll(key);
    const cached = await tx.objectStore("cache").index(index).getAll(key);
    await tx.done;
    const seen = new Set(pending.map((r) => r.id));
    return [
      ...pending.map(localOf),
      ...cached.filter((c) => !seen.has(c.id)).map((c): LocalEntry => ({ entry: c.entry, state: "synced" })),
    ];
  }

  /** Pending local changes in one state (e.g. the conflicts to show the person). */
  async list(state: PendingState): Promise<LocalEntry[]> {
    return (await this.#db.getAllFromIndex("outbox", "byState", state)).map(localOf);
  }

  async counts(): Promise<OutboxCounts> {
    const tx = this.#db.transaction(["outbox", "cache"], "readonly");
    const outbox = tx.objectStore("outbox");
    const byState = outbox.index("byState");
    const now = this.#now();
    const [queued, conflict, invalid, authStopped, cacheCount] = await Promise.all([
      byState.count("queued"),
      byState.count("conflict"),
      byState.count("invalid"),
      byState.count("auth-stopped"),
      tx.objectStore("cache").count(),
    ]);
    const cache = tx.objectStore("cache");
    const [queuedRecs, outboxKeys] = await Promise.all([byState.getAll("queued"), outbox.getAllKeys()]);
    const inFlight = queuedRecs.filter((r) => r.inflight && r.inflight.until > now).length;
    // pending changes of entries the tracker already has are not "synced" (requests pipelined)
    const inCache = await Promise.all(outboxKeys.map((k) => cache.getKey(k)));
    const pendingCached = inCache.filter((k) => k !== undefined).length;
    await tx.done;
    return { queued, inFlight, conflict, invalid, authStopped, synced: cacheCount - pendingCached };
  }

  async status(): Promise<SyncStatus> {
    return {
      counts: await this.counts(),
      needsToken: (await this.authStop()) !== undefined,
      lastError: this.#lastError,
      lastPush: this.#lastPush,
      lastSyncAt: this.#lastSyncAt,
    };
  }

  // ----------------------------------------------------------------------------- the loop

  /**
   * Push (and pull) in a loop: right away, again when something is due, after `kick()` or a
   * save in this instance, and at least every `intervalMs`. Several tabs may each run one: a
   * batch is claimed in IndexedDB before it is sent, so no entry is sent twice at once.
   */
  startSync(client: TrackerClient, opts: StartSyncOptions = {}): SyncHandle {
    const interval = opts.intervalMs ?? 30_000;
    const doPull = opts.pull ?? true;
    let stopped = false;
    let wake: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let kicked = false;
    const kick = () => {
      kicked = true;
      wake?.();
    };
    this.#kicks.add(kick);

    const cycle = async (): Promise<number> => {
      let wait = interval;
      try {
        const report = await this.push(client, opts);
        if (doPull && report.stopped === null) {
          try {
            await this.pull(client);
          } catch (e) {
            this.#lastError = errMessage(e);
            if (e instanceof AuthError && e.status === 401) {
              await this.#stopForAuth([], e);
            }
          }
        }
        const now = this.#now();
        if (report.stopped === "network" && report.retryAt !== undefined) {
          wait = Math.max(0, report.retryAt - now);
        } else if (report.stopped === null && report.nextDueAt !== null) {
          wait = Math.min(interval, Math.max(0, report.nextDueAt - now));
        }
      } catch (e) {
        // IndexedDB failed (storage cleared, quota): report it and try again later.
        this.#lastError = errMessage(e);
      }
      if (opts.onChange) {
        try {
          opts.onChange(await this.status());
        } catch {
          // a listener's failure must not stop the loop
        }
      }
      return wait;
    };

    const done = (async () => {
      while (!stopped) {
        kicked = false;
        const wait = await cycle();
        if (stopped) break;
        if (kicked) continue;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, wait);
        });
        wake = null;
        clearTimeout(timer);
      }
    })();

    return {
      kick,
      stop: async () => {
        stopped = true;
        this.#kicks.delete(kick);
        wake?.();
        await done;
      },
      get running() {
        return !stopped;
      },
    };
  }

  #kickAll(): void {
    for (const k of this.#kicks) k();
  }
}

function localOf(rec: OutboxRecord): LocalEntry {
  const out: LocalEntry = { entry: rec.entry, state: rec.state, attempts: rec.attempts };
  if (rec.reason !== undefined) out.reason = rec.reason;
  if (rec.current !== undefined) out.current = rec.current;
  if (rec.lastError !== undefined) out.lastError = rec.lastError;
  return out;
}

