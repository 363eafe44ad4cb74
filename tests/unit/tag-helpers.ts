// What the lexicon tests ask of tag(), in one place: whether a text passes the relevance gate,
// and the categories it gets in a facet.
import { tag, THRESHOLDS } from "../../shared/tagger/index";

export const relevant = (text: string): boolean => tag(text).relevance >= THRESHOLDS.relevance;

export const ids = (text: string, facet: string): string[] =>
  tag(text)
    .tags.filter((t) => t.facet === facet)
    .map((t) => t.id);

export const themes = (text: string): string[] => ids(text, "theme");
export const sectors = (text: string): string[] => ids(text, "sector");
