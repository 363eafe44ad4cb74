/**
 * "Push to tracker" orchestration: rows -> entries (adapter) -> outbox -> tracker -> Tracker
 * status column. The outbox is behind the small PushSink interface so the flow is tested
 * with a fake sink and runs with shared/sync's IndexedDB outbox in the add-in.
 */
import type { Entry } from "../../shared/entry/entry";
import { statusCell } from "../core/rows";

/** What became of one entry after a push attempt. */
export interface PushOutcome {
  id: string;
  state: "synced" | "conflict" | "invalid" | "queued";
  /** synced: the stored revision; conflict: the tracker's current revision. */
  revision?: number;
  /** invalid: why; queued: why it is still waiting (offline, token...). */
  detail?: string;
}

export interface PushSink {
  /** Saves the entries durably (the outbox) before anything is sent. */
  save(entries: readonly Entry[]): Promise<void>;
  /** Sends what is waiting; resolves with the outcome of each given id. */
  push(ids: readonly string[]): Promise<PushOutcome[]>;
}

/** The Tracker status cell text of an outcome. */
export function outcomeCell(o: PushOutcome): string {
  switch (o.state) {
    case "synced":
      return statusCell("synced", o.revision);
    case "conflict":
      return statusCell("conflict", o.revision);
    case "invalid":
      return statusCell("invalid", undefined, o.detail ?? "refused by the tracker");
    default:
      return o.detail ? statusCell("queued", undefined, o.detail) : statusCell("queued");
  }
}

export interface PushSummary {
  rows: number;
  synced: number;
  conflict: number;
  invalid: number;
  queued: number;
  skipped: number;
  warnings: { row: number; message: string }[];
}

export function summarise(outcomes: readonly PushOutcome[]): Omit<PushSummary, "rows" | "skipped" | "warnings"> {
  const s = { synced: 0, conflict: 0, invalid: 0, queued: 0 };
  for (const o of outcomes) s[o.state]++;
  return s;
}
