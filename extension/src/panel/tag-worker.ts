/**
 * The tagger in a worker: it builds its matcher as soon as the panel opens, while the content
 * script is still reading the page in another process, and tags without freezing the panel.
 */
import { tag, warmUp } from "../../../shared/tagger/index";
import type { TagOptions, TagResult } from "../../../shared/tagger/types";

export interface TagRequest {
  id: number;
  text: string;
  options: Omit<TagOptions, "model">;
}
export type TagReply = { id: number; ok: true; result: TagResult; ms: number } | { id: number; ok: false; error: string };

warmUp();

self.onmessage = (ev: MessageEvent<TagRequest>) => {
  const { id, text, options } = ev.data;
  try {
    const t0 = performance.now();
    const result = tag(text, options);
    (self as unknown as Worker).postMessage({ id, ok: true, result, ms: performance.now() - t0 } satisfies TagReply);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies TagReply);
  }
};
