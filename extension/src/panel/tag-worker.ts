/**
 * The tagger in a worker: it builds its matcher as soon as the panel opens, while the content
 * script is still reading the page in another process, and tags without freezing the panel.
 * Times are epoch ms (timeOrigin + now), for the panel's timing marks.
 *
 * Every panel opening starts a fresh worker, so V8 would run the first real tag() on a 1 MB
 * page in its slow tiers (measured: 4-5× warm Node). The worker therefore tags a small sample
 * of its own a few times while it waits for the page, so that the matcher's hot loops are
 * already optimised when the text arrives (and stops warming up when it does). The sample mixes scripts (one-byte Latin, two-byte
 * Cyrillic and accented text) so the code is not optimised for one string shape only.
 */
import { tag, warmUp } from "../../../shared/tagger/index";
import type { TagOptions } from "../../../shared/tagger/types";
import { pageTagOptions } from "../common/page-tags";
import { type Tagged, withSentences } from "./evidence";

export interface TagRequest {
  id: number;
  text: string;
  options: Omit<TagOptions, "model">;
}
export type TagReply =
  | { id: number; ok: true; tagged: Tagged; received: number; done: number }
  | { id: number; ok: false; error: string }
  /** Sent once, unasked (id 0): the worker's module started, its engine was built, the sample tagged. */
  | { id: 0; ok: true; ready: { origin: number; started: number; built: number; warmed: number } };

// Our own sentences, written for this warm-up; what they are tagged with does not matter.
const SAMPLE = [
  "The national strategy on migration and development supports the return and reintegration of migrant workers, lowers the cost of remittances and protects the rights of refugees and asylum seekers.",
  "Le plan d'action prévoit la reconnaissance des qualifications des travailleurs migrants et la lutte contre la traite des êtres humains aux frontières.",
  "La ley regula la migración laboral, el retorno voluntario y la inclusión de las personas migrantes en el sistema de salud y de educación.",
  "Государственная программа поддерживает трудовых мигрантов, их реинтеграцию после возвращения и снижение стоимости денежных переводов.",
  "Strategia națională privind migrația sprijină diaspora, returnarea lucrătorilor migranți și recunoașterea calificărilor obținute în străinătate.",
].join("\n\n");
const WARM_ROUNDS = 12;

const now = () => performance.timeOrigin + performance.now();
const started = now();
warmUp();
const built = now();
// Long enough for the loops to count as hot (short texts alone would not get there).
const sample = Array.from({ length: 20 }, () => SAMPLE).join("\n\n");
let rounds = 0;
/** One round per task, so a page's text that arrives meanwhile waits one round at most. */
function warmRound(): void {
  if (rounds >= WARM_ROUNDS) return;
  withSentences(sample, tag(sample, pageTagOptions("Strategy")));
  if (++rounds === WARM_ROUNDS) (self as unknown as Worker).postMessage({ id: 0, ok: true, ready: { origin: performance.timeOrigin, started, built, warmed: now() } } satisfies TagReply);
  else setTimeout(warmRound, 0);
}
warmRound();

self.onmessage = (ev: MessageEvent<TagRequest>) => {
  const received = now();
  if (rounds < WARM_ROUNDS) {
    // The page is here: it matters more than the rest of the warm-up.
    rounds = WARM_ROUNDS;
    (self as unknown as Worker).postMessage({ id: 0, ok: true, ready: { origin: performance.timeOrigin, started, built, warmed: received } } satisfies TagReply);
  }
  const { id, text, options } = ev.data;
  try {
    const tagged = withSentences(text, tag(text, options));
    (self as unknown as Worker).postMessage({ id, ok: true, tagged, received, done: now() } satisfies TagReply);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies TagReply);
  }
};
