/**
 * Vite plugin for the builds that run the tagger in a browser (extension, add-in). It resolves
 * shared/tagger/default-engine.ts to default-engine.snapshot.ts, so that those bundles carry the
 * compiled lexicon snapshot but not the ~375 KB of lexicon texts, and a page that starts a
 * tagger does not hash those texts to trust the snapshot. The trust moves to the build: when a
 * build starts, the snapshot is checked against the texts, and a stale one fails the build.
 */
import { sep } from "node:path";
import type { Plugin } from "vite";
import { bundleHash } from "../shared/tagger/compile";
import { DEFAULT_BUNDLE } from "../shared/taxonomy/lexicon/index";
import { LEXICON_SNAPSHOT } from "../shared/taxonomy/lexicon/compiled.generated";

const DEFAULT_ENGINE = `${sep}shared${sep}tagger${sep}default-engine.ts`;

/** Why the compiled snapshot cannot stand for the lexicon texts, or null when it can. */
export function staleSnapshot(snapshotHash = LEXICON_SNAPSHOT.hash, textsHash = bundleHash(DEFAULT_BUNDLE)): string | null {
  return snapshotHash === textsHash
    ? null
    : `the compiled lexicon (shared/taxonomy/lexicon/compiled.generated.ts, ${snapshotHash}) does not match the lexicon texts (${textsHash}): run \`npm run lexicon\``;
}

export function snapshotTagger(): Plugin {
  return {
    name: "mmt-snapshot-tagger",
    enforce: "pre",
    buildStart() {
      const stale = staleSnapshot();
      if (stale) this.error(stale);
    },
    async resolveId(source, importer, options) {
      if (!importer || !source.includes("default-engine")) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && !r.external && r.id.endsWith(DEFAULT_ENGINE) ? `${r.id.slice(0, -3)}.snapshot.ts` : null;
    },
  };
}
