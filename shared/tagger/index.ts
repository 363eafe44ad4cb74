// Placeholder until the matcher lands (same session): the public surface of the tagger.
import type { TagOptions, TagResult } from "./types";

export type { Span, Tag, TagOptions, TagResult } from "./types";

export function tag(_text: string, _options: TagOptions = {}): TagResult {
  return { relevance: 0, language: null, country: [], instrument: null, year: null, tags: [] };
}
