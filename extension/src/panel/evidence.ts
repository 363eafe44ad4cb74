/**
 * A tag result together with the sentence around each evidence span. The sentences are cut where
 * the text is, in the tagging worker, so that the panel page itself never loads the tagger (its
 * lexicons and snapshot are 1.5 MB of script).
 */
import type { Span } from "../../../shared/entry/entry";
import { evidenceSentence, type TagResult } from "../../../shared/tagger/index";

export interface Tagged {
  result: TagResult;
  /** sentences[i][j]: the sentence around result.tags[i].evidence[j]. */
  sentences: Span[][];
}

export function withSentences(text: string, result: TagResult): Tagged {
  return { result, sentences: result.tags.map((t) => t.evidence.map((s) => evidenceSentence(text, s))) };
}
