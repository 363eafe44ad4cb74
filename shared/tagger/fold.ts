/**
 * Character folding shared by the lexicon compiler and the text scanner, so a term and the text
 * it should match are folded by the same rules. Built once as flat tables (one lookup per char
 * on the hot path) rather than calling toLowerCase/normalize per word.
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

export const CLASS = new Uint8Array(0x10000);
export const FOLD = new Uint16Array(0x10000);
export const EXPAND = new Map<number, string>();

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ё: "e", ж: "z", з: "z", и: "i",
  й: "j", ј: "j", к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r",
  с: "s", т: "t", ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s", щ: "sc",
  ъ: "", ы: "y", ь: "", э: "e", ю: "ju", я: "ja", і: "i", ї: "ji", є: "je", ґ: "g", ў: "u",
  ң: "n", ө: "o", ү: "u", ә: "a", ғ: "g", қ: "k", ұ: "u", һ: "h",
};

const SPECIAL: Record<string, string> = {
  ...CYRILLIC,
  đ: "dj", ð: "d", ø: "o", ł: "l", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th",
  ﬁ: "fi", ﬂ: "fl", ﬀ: "ff", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st",
  أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه", ـ: "",
};

const JOINERS = "-\u2010\u2011\u2013'\u2019\u02bc\u2018`\u00b4";
const STOPS = ".!?;\u061f\u06d4\u0964\u2026\u3002";
const DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff";

const isWordRe = /[\p{L}\p{N}\p{M}]/u;
const isSpaceRe = /\s/u;
const isMarkRe = /\p{M}/u;

function setFold(code: number, folded: string): void {
  CLASS[code] = WORD;
  if (folded.length === 0) FOLD[code] = DROP;
  else if (folded.length === 1) FOLD[code] = folded.charCodeAt(0);
  else {
    FOLD[code] = MULTI;
    EXPAND.set(code, folded);
  }
}

function initChar(code: number): void {
  const ch = String.fromCharCode(code);
  const special = SPECIAL[ch] ?? SPECIAL[ch.toLowerCase()];
  if (special !== undefined) {
    setFold(code, special);
    return;
  }
  if (DROPPED.includes(ch)) {
    setFold(code, "");
    return;
  }
  if (JOINERS.includes(ch)) {
    CLASS[code] = JOINER;
    return;
  }
  if (STOPS.includes(ch)) {
    CLASS[code] = STOP;
    return;
  }
  if (code >= 0x0660 && code <= 0x0669) {
    setFold(code, String(code - 0x0660));
    return;
  }
  if (code >= 0x06f0 && code <= 0x06f9) {
    setFold(code, String(code - 0x06f0));
    return;
  }
  if (isWordRe.test(ch)) {
    if (isMarkRe.test(ch)) {
      setFold(code, "");
      return;
    }
    const lower = ch.toLowerCase();
    const base = lower.normalize("NFKD").replace(/\p{M}/gu, "");
    // Keep compatibility expansions only when they stay letters/digits (½ would become 1⁄2).
    if (base.length > 0 && /^[\p{L}\p{N}]+$/u.test(base)) {
      setFold(code, SPECIAL[base] ?? base);
      return;
    }
    setFold(code, lower.length === 1 ? lower : ch);
    return;
  }
  CLASS[code] = isSpaceRe.test(ch) ? SPACE : PUNCT;
}

// Big blocks of caseless letters (CJK, Hangul, Yi) and surrogates pass through as word chars
// without the per-char Unicode look-ups, which keeps start-up short. Private use is punctuation.
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa48f) || (c >= 0xac00 && c <= 0xdfff)) {
    CLASS[c] = WORD;
    FOLD[c] = c;
  } else if (c >= 0xe000 && c <= 0xf8ff) CLASS[c] = PUNCT;
  else initChar(c);
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
