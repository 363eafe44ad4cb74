/** The tagger's public result shapes (DESIGN.md, "The tagger"). */
import type { TagModel } from "./learned";

/** A stretch of the ORIGINAL text, in UTF-16 offsets [start, end). */
export interface Span {
  start: number;
  end: number;
  quote: string;
  /** 1-based page, filled by callers that know page breaks (PDF extraction). */
  page?: number;
}

export interface Tag {
  facet: string;
  id: string;
  /** 0..1; ranks tags within a facet. */
  score: number;
  evidence: Span[];
}

export interface TagResult {
  /** 0..1: how much this text is about human migration policy. */
  relevance: number;
  /** ISO 639-1 of the dominant language, or null when there is too little text. */
  language: string | null;
  /** ISO 3166-1 alpha-3, most prominent first. */
  country: string[];
  /** Document type id, when the text says what it is. */
  instrument: string | null;
  year: number | null;
  /** Every asserted tag, grouped by facet, best first within a facet. */
  tags: Tag[];
}

export interface TagOptions {
  /** Title of the document, weighed more for instrument and year. */
  title?: string;
  /** Keep at most this many tags per facet (default: no cap). */
  maxPerFacet?: number;
  /** Most evidence spans kept per tag (default 5). */
  maxEvidence?: number;
  /** A learned layer trained by `mmt train` (a CompiledModel): re-decides the lexicon's candidates. */
  model?: TagModel;
}
