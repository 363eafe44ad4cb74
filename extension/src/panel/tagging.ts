/**
 * Tagging for the panel: in a module worker started when the panel opens (see tag-worker.ts),
 * or, where a worker cannot start, on the panel's own thread. Same tag() either way.
 */
import { tag } from "../../../shared/tagger/index";
import type { TagOptions, TagResult } from "../../../shared/tagger/types";
import type { TagReply, TagRequest } from "./tag-worker";

export type Tagger = (text: string, options: Omit<TagOptions, "model">) => Promise<TagResult>;

export function startTagger(): Tagger {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./tag-worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  if (!worker) return async (text, options) => tag(text, options);
  const pending = new Map<number, { ok: (r: TagResult) => void; fail: (e: Error) => void }>();
  let next = 1;
  let broken = false;
  worker.onmessage = (ev: MessageEvent<TagReply>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.ok) p.ok(ev.data.result);
    else p.fail(new Error(ev.data.error));
  };
  worker.onerror = () => {
    broken = true;
    for (const p of pending.values()) p.fail(new Error("the tagging worker failed"));
    pending.clear();
  };
  const w = worker;
  return (text, options) => {
    if (broken) return Promise.resolve(tag(text, options));
    const id = next++;
    return new Promise<TagResult>((ok, fail) => {
      pending.set(id, { ok, fail });
      w.postMessage({ id, text, options } satisfies TagRequest);
    }).catch(() => tag(text, options));
  };
}
