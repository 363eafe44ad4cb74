/**
 * default-engine.ts for builds whose snapshot was checked against the lexicon texts when they
 * were built (scripts/vite-tagger.ts fails a build with a stale one): the engine straight from
 * the snapshot, with no lexicon text in the bundle.
 */
import { categoryLinks } from "../taxonomy/lexicon/links";
import { LEXICON_SNAPSHOT } from "../taxonomy/lexicon/compiled.generated";
import { type Engine, engineFromSnapshot } from "./compile";

export function loadDefaultEngine(): { engine: Engine; fromSnapshot: boolean } {
  return { engine: engineFromSnapshot(LEXICON_SNAPSHOT, categoryLinks), fromSnapshot: true };
}
