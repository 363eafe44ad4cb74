/**
 * The engine of the bundled taxonomy: from the compiled snapshot while it matches the lexicon
 * texts (npm run lexicon keeps it so), else from the texts themselves, so an edited lexicon
 * takes effect even before it is compiled.
 *
 * Browser builds swap this module for default-engine.snapshot.ts (scripts/vite-tagger.ts), which
 * checks the snapshot once at build time: a page then neither loads the ~375 KB of lexicon
 * texts nor hashes them each time it starts a tagger.
 */
import { DEFAULT_BUNDLE } from "../taxonomy/lexicon";
import { LEXICON_SNAPSHOT } from "../taxonomy/lexicon/compiled.generated";
import { buildEngine, bundleHash, type Engine, engineFromSnapshot } from "./compile";

export function loadDefaultEngine(): { engine: Engine; fromSnapshot: boolean } {
  const fromSnapshot = LEXICON_SNAPSHOT.hash === bundleHash(DEFAULT_BUNDLE);
  const engine = fromSnapshot ? engineFromSnapshot(LEXICON_SNAPSHOT, DEFAULT_BUNDLE.linksFrom) : buildEngine(DEFAULT_BUNDLE);
  return { engine, fromSnapshot };
}
