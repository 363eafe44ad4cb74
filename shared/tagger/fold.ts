import { FOLD_EXPANSIONS, FOLD_RUNS } from "./fold-tables.generated";

/**
 * Character folding shared by the lexicon compiler and the text scanner, so a term and the text
 * it should match are folded by the same rules. Flat tables (one lookup per char on the hot
 * path) rather than toLowerCase/normalize per word; the rules live in fold-rules.ts, and their
 * result is stored as runs in fold-tables.generated.ts (`npm run lexicon`), so start-up only
 * expands the runs instead of running Unicode look-ups for 17,000 chars.
 *
 * Rules: lower-case; diacritics dropped (NFKD, marks removed) so accents, decomposed accents
 * and Arabic harakat all vanish; Cyrillic transliterated to Latin with the Serbian table, so
 * Serbian Cyrillic and Latin meet on the same letters (Russian terms transliterate the same way
 * and still match Russian text); đ/ђ → dj; ligatures expanded; Arabic alef forms → ا, ى → ي,
 * ة → ه, tatweel dropped; Eastern Arabic digits → ASCII.
 */

/** Char classes: what a char is to the tokenizer. */
export const WORD = 0;
/** Whitespace: phrases continue across it. */
export const SPACE = 1;
/** Hyphen or apostrophe: phrases continue across it (main-d'œuvre, cross-border). */
export const JOINER = 2;
/** Sentence end: phrases stop; the sentence counter advances. */
export const STOP = 3;
/** Other punctuation: phrases stop. */
export const PUNCT = 4;

/** FOLD value for word chars that vanish (combining marks, tatweel, soft sign). */
export const DROP = 0xffff;
/** FOLD value for chars that fold to several chars; see EXPAND. */
export const MULTI = 0xfffe;

/** Run offsets (see fold-rules.ts foldRuns) for chars that fold to nothing / to several. */
export const DROP_RUN = -0x20000;
export const MULTI_RUN = -0x30000;

export const CLASS = new Uint8Array(0x10000);
export const FOLD = new Uint16Array(0x10000);
export const EXPAND = new Map<number, string>(FOLD_EXPANSIONS);

{
  let c = 0;
  for (let i = 0; i < FOLD_RUNS.length; i += 3) {
    const [len, cls, off] = [FOLD_RUNS[i], FOLD_RUNS[i + 1], FOLD_RUNS[i + 2]];
    for (const end = c + len; c < end; c++) {
      CLASS[c] = cls;
      if (cls === WORD) FOLD[c] = off === DROP_RUN ? DROP : off === MULTI_RUN ? MULTI : c + off;
    }
  }
}

/** CLASS and FOLD in one table for the scanner's hot loop (one load per char instead of two):
 *  a word char maps to its FOLD value (DROP, MULTI or a folded char, always ≥ 0x30), any other
 *  char to its class (SPACE, JOINER, STOP, PUNCT: all below 8). */
export const SCAN = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) SCAN[c] = CLASS[c] === WORD ? FOLD[c] : CLASS[c];
/** SCAN values from here up are word chars. */
export const SCAN_WORD = 8;

/** Folds a string by the same rules as the scanner (used for lexicon terms and tests). */
export function foldString(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const cls = CLASS[c];
    if (cls !== WORD) {
      out += cls === JOINER ? "-" : " ";
      continue;
    }
    const f = FOLD[c];
    if (f === DROP) continue;
    out += f === MULTI ? EXPAND.get(c)! : String.fromCharCode(f);
  }
  return out;
}

/** True for chars of the Arabic block (after folding), where attached proclitics apply. */
export function isArabicCode(c: number): boolean {
  return c >= 0x0620 && c <= 0x06ff;
}

/** A folded Arabic word without its article ال: the matcher treats both forms as one word. */
export function articleless(t: string): string {
  return t.length > 3 && t.charCodeAt(0) === 0x0627 && t.charCodeAt(1) === 0x0644 && isArabicCode(t.charCodeAt(2)) ? t.slice(2) : t;
}
