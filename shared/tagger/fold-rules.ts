/**
 * How every BMP char folds, computed from the JavaScript engine's Unicode data (regexes,
 * toLowerCase, NFKD): the rules of fold.ts. Running them for ~17,000 chars takes ~50 ms, which
 * every process and worker paid at start-up, so `npm run lexicon` stores their result as runs
 * (fold-tables.generated.ts) and fold.ts only expands those; the tests check that the stored
 * runs still equal what these rules compute.
 */
import { DROP, DROP_RUN, JOINER, MULTI, MULTI_RUN, PUNCT, SPACE, STOP, WORD } from "./fold";

export interface FoldTables {
  cls: Uint8Array;
  fold: Uint16Array;
  expand: Map<number, string>;
}

export function computeFoldTables(): FoldTables {
  const CLASS = new Uint8Array(0x10000);
  const FOLD = new Uint16Array(0x10000);
  const EXPAND = new Map<number, string>();
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

  return { cls: CLASS, fold: FOLD, expand: EXPAND };
}

/** Runs of chars with the same class and the same fold offset (folded - code), as flat
 *  [length, class, offset] triples; chars that fold to nothing or to several chars carry
 *  DROP_RUN / MULTI_RUN as their offset (offsets themselves stay within ±0xffff). */
export function foldRuns(t: FoldTables): number[] {
  const out: number[] = [];
  const key = (c: number): [number, number] => {
    const cls = t.cls[c];
    if (cls !== WORD) return [cls, 0];
    const f = t.fold[c];
    return [cls, f === DROP ? DROP_RUN : f === MULTI ? MULTI_RUN : f - c];
  };
  let [cls, off] = key(0);
  let len = 1;
  for (let c = 1; c < 0x10000; c++) {
    const [k, o] = key(c);
    if (k === cls && o === off) {
      len++;
      continue;
    }
    out.push(len, cls, off);
    cls = k;
    off = o;
    len = 1;
  }
  out.push(len, cls, off);
  return out;
}
