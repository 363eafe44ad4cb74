// A one-anchor test lexicon for the learned layer's tests (learned.test.ts, learned-ngram.test.ts):
// "migrant*" opens the gate, the given theme terms weigh 1 each, and a theme needs 2, so a single
// hit is a candidate under the threshold and two are asserted.
import { buildEngine, type LexiconBundle } from "../../shared/tagger/compile";
import { type CandidateExample, CandidateRecorder, type TagModel } from "../../shared/tagger/learned";
import { score } from "../../shared/tagger/score";

export function learnedFixture(themeTerms: Record<string, string>) {
  const bundle: LexiconBundle = {
    anchors: { en: "migrant*" },
    weak: {},
    ambiguous: {},
    domainCues: {},
    negatives: {},
    facets: { theme: Object.fromEntries(Object.entries(themeTerms).map(([id, en]) => [id, { en }])) },
    countries: [],
    linksFrom: () => [],
  };
  const engine = buildEngine(bundle);
  const run = (text: string, model?: TagModel) => score(text, engine.matcher.scan(text), engine, { model });
  const themes = (text: string, model?: TagModel) =>
    run(text, model)
      .tags.filter((t) => t.facet === "theme")
      .map((t) => t.id)
      .sort();
  /** A training example: what the lexicon found on `text`, with the theme labels `gold`. */
  const example = (text: string, gold: string[]): CandidateExample => {
    const rec = new CandidateRecorder();
    run(text, rec);
    return {
      relevance: rec.relevance,
      candidates: rec.candidates,
      lexiconTags: rec.lexiconTags,
      gold: { theme: gold, sector: [], gcm: [] },
      text: rec.text ?? text,
      ranges: rec.ranges ?? [0, text.length],
    };
  };
  return { engine, run, themes, example };
}
