/**
 * Tagging for the panel: in a module worker started when the panel opens (see tag-worker.ts),
 * or, where a worker cannot start, on the panel's own thread. Same tag() either way.
 *
 * The panel page imports the tagger only in that fallback (a dynamic import): its lexicons and
 * snapshot are 1.5 MB of script, and loading them before the panel's first line ran cost
 * ~150 ms of every opening.
 */
import type { TagOptions } from "../../../shared/tagger/types";
import type { Tagged } from "./evidence";
import type { TagReply, TagRequest } from "./tag-worker";
import { fromEpoch, mark } from "./timing";

export type Tagger = (text: string, options: Omit<TagOptions, "model">) => Promise<Tagged>;

export function startTagger(): Tagger {
  let worker: Worker | null = null;
  try {
    mark("workerCreate");
    worker = new Worker(new URL("./tag-worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  const onThisThread: Tagger = async (text, options) => {
    const [{ tag }, { withSentences }] = await Promise.all([import("../../../shared/tagger/index"), import("./evidence")]);
    return withSentences(text, tag(text, options));
  };
  if (!worker) return onThisThread;
  const pending = new Map<number, { ok: (r: Tagged) => void; fail: (e: Error) => void }>();
  let next = 1;
  let broken = false;
  worker.onmessage = (ev: MessageEvent<TagReply>) => {
    const r = ev.data;
    if ("ready" in r) {
      mark("workerOrigin", fromEpoch(r.ready.origin));
      mark("workerStarted", fromEpoch(r.ready.started));
      mark("workerReady", fromEpoch(r.ready.built));
      mark("workerWarm", fromEpoch(r.ready.warmed));
      return;
    }
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (r.ok) {
      mark("tagReceived", fromEpoch(r.received));
      mark("tagDone", fromEpoch(r.done));
      mark("tagReplied");
      p.ok(r.tagged);
    } else p.fail(new Error(r.error));
  };
  worker.onerror = () => {
    broken = true;
    for (const p of pending.values()) p.fail(new Error("the tagging worker failed"));
    pending.clear();
  };
  const w = worker;
  return (text, options) => {
    if (broken) return onThisThread(text, options);
    const id = next++;
    return new Promise<Tagged>((ok, fail) => {
      pending.set(id, { ok, fail });
      w.postMessage({ id, text, options } satisfies TagRequest);
    }).catch(() => onThisThread(text, options));
  };
}
