/** Shapes of the taxonomy data. The data itself lives in the sibling modules. */

/** Languages the lexicons are written in (ISO 639-1). Serbian is written in Latin script;
 *  the tagger folds Serbian Cyrillic onto the same letters, so one list serves both scripts. */
export const LEXICON_LANGS = ["en", "fr", "es", "ru", "ro", "sr", "ar", "ky", "bn"] as const;
export type LexLang = (typeof LEXICON_LANGS)[number];

/** UI label languages. */
export const LABEL_LANGS = ["en", "fr", "es", "ru"] as const;
export type LabelLang = (typeof LABEL_LANGS)[number];
export type Labels = Record<LabelLang, string>;

export const FACETS = ["theme", "sector", "instrument", "gcm", "sdg", "domain", "stage"] as const;
export type Facet = (typeof FACETS)[number];

export interface Category {
  facet: Facet;
  id: string;
  label: Labels;
  /** One or two sentences in English saying what the category covers. */
  definition: string;
}

/**
 * Lexicon text for one category: per language, terms separated by ";" (new lines are fine).
 *
 * Term syntax (see shared/tagger/compile.ts, which parses it):
 * - `labour migration`   a phrase; matched case-, accent- and script-insensitively on word
 *                         boundaries; any run of spaces, hyphens or apostrophes between words.
 * - `миграц*`            a word ending in `*` matches every word that starts with it (stems for
 *                         inflecting languages); any word of a phrase may be a stem.
 * - `~return`            a context term: counts only when a migration anchor is near.
 * - `!data migration`    a negative: where it matches, hits it overlaps are void, and for the
 *                         relevance gate it vetoes weak anchors in its sentence.
 * - `term&partners`      counts only in a sentence that also holds a word of the named cue set
 *                         (shared/taxonomy/lexicon/cues.ts): "cooperation" is international
 *                         cooperation only where States, countries or foreign partners are named.
 * - `term&abroad&movers`  counts only in a sentence that holds a word of every named set: "left
 *                         for" is emigration beside a place abroad and a people word, not a
 *                         shipment's or a delegation's departure.
 * - `term&movers&!passing` and not in a sentence that holds a word of a set named after `&!`
 *                         (a trip, a visit, a drill: people who "have left for Japan on a trade
 *                         mission" are not emigrating).
 * - `term^3`             an explicit weight (default: 1 for one word, 2 for a phrase).
 * Order when combined: `~term&set^2`.
 */
export type LexiconText = Partial<Record<LexLang, string>>;
export type FacetLexicon = Record<string, LexiconText>;
