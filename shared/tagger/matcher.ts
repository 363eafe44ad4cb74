/**
 * The phrase matcher: one pass over the ORIGINAL text that folds each char through the tables
 * of fold.ts, hashes each word as it goes (no string or object per word), looks words up in an
 * open-addressing vocabulary, and walks a trie of word ids for multi-word phrases. Offsets of
 * every hit are original UTF-16 offsets, so evidence needs no offset map.
 *
 * Why not a RegExp alternation: JavaScript's \b is ASCII-only, `iu` on thousands of
 * alternatives is ~60× slower, and an alternation returns only leftmost-longest hits, losing
 * nested phrases ("migration" inside "labour migration"). See bench/tagger.bench.ts.
 */
import { articleless, CLASS, DROP, EXPAND, FOLD, isArabicCode, MULTI, PUNCT, STOP, WORD } from "./fold";

export interface PatternWord {
  /** Folded text of the word. */
  text: string;
  /** Matches any word starting with `text`. */
  stem: boolean;
}

/** Hits found by one scan, as parallel arrays (no object per hit). */
export interface Hits {
  count: number;
  pattern: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Index of the sentence the hit ends in (sentences split on . ! ? ; and the like). */
  sentence: Int32Array;
  /** Index of the hit's last word among all words of the text. */
  word: Int32Array;
  /** Words and sentences in the whole text. */
  words: number;
  sentences: number;
  /** Words whose first char is Latin, Cyrillic, Arabic, Bengali (in that order). */
  scripts: Int32Array;
  /** Occurrences per counter slot of the patterns that are only counted (see Matcher). */
  counts: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const MAX_WORD = 256;
const MAX_ACTIVE = 64;
const MAX_CANDIDATES = 8;
const FILTER_WORDS = 1 << 15;
const FILTER_MASK = FILTER_WORDS - 1;

const AR_WAW = 0x0648;
const AR_FA = 0x0641;
const AR_BA = 0x0628;
const AR_KAF = 0x0643;
const AR_LAM = 0x0644;
const AR_ALEF = 0x0627;

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Open-addressing map from a folded word (or stem) to its word id. */
class WordTable {
  private hashes: Int32Array;
  private ids: Int32Array;
  private offsets: Int32Array;
  private lengths: Int32Array;
  private chars: Uint16Array;
  private mask: number;

  constructor(entries: [string, number][]) {
    let size = 16;
    while (size < entries.length * 2) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size).fill(-1);
    this.offsets = new Int32Array(size);
    this.lengths = new Int32Array(size);
    let total = 0;
    for (const [s] of entries) total += s.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [s, id] of entries) {
      const h = hashOf(s);
      let i = h & this.mask;
      while (this.ids[i] !== -1) i = (i + 1) & this.mask;
      this.hashes[i] = h;
      this.ids[i] = id;
      this.offsets[i] = at;
      this.lengths[i] = s.length;
      for (let k = 0; k < s.length; k++) this.chars[at++] = s.charCodeAt(k);
    }
  }

  get(buf: Uint16Array, from: number, len: number, h: number): number {
    const { hashes, ids, offsets, lengths, chars, mask } = this;
    let i = h & mask;
    for (;;) {
      const id = ids[i];
      if (id === -1) return -1;
      if (hashes[i] === h && lengths[i] === len) {
        const off = offsets[i];
        let k = 0;
        while (k < len && chars[off + k] === buf[from + k]) k++;
        if (k === len) return id;
      }
      i = (i + 1) & mask;
    }
  }
}

export class Matcher {
  readonly patternCount: number;
  private exact: WordTable;
  private stems: WordTable;
  /** Bit sets over 20 bits of a word's or a stem's hash: a cheap "maybe known" test, so the
   *  tables are probed only for the few words that may be in them. */
  private stemFilter: Uint32Array;
  private exactFilter: Uint32Array;
  /** Hashes of the first four letters of every stem of four letters or more: a word whose
   *  first four letters are not among them cannot carry such a stem, and skips the per-char
   *  stem test (three-letter stems are tested at the third letter). */
  private stemStart: Uint32Array;
  /** Words that begin some pattern. Outside a phrase, a word not in it (a function word that
   *  only occurs inside phrases: of, de, и) needs no table probe at all. */
  private startFilter: Uint32Array;
  private minStem: number;
  private tNode: Int32Array;
  private tWord: Int32Array;
  private tChild: Int32Array;
  private tMask: number;
  private termStart: Int32Array;
  private termList: Int32Array;
  /** Per pattern: a counter slot, or -1. Counted patterns (function words for language
   *  detection) are tallied instead of reported, which keeps the hit list short. */
  private countSlot: Int32Array;
  private slots: number;
  // Scratch buffers reused by every scan; scans are synchronous, so sharing is safe.
  private buf = new Uint16Array(MAX_WORD + 8);
  private cands = new Int32Array(MAX_CANDIDATES);

  /** `patterns[i]` is the list of words of pattern i. Arabic words that start with the
   *  article ال also match without it. */
  constructor(patterns: PatternWord[][], countSlot?: Int32Array) {
    this.patternCount = patterns.length;
    this.countSlot = countSlot ?? new Int32Array(patterns.length).fill(-1);
    let slots = 0;
    for (const c of this.countSlot) if (c + 1 > slots) slots = c + 1;
    this.slots = slots;
    const exactIds = new Map<string, number>();
    const stemIds = new Map<string, number>();
    let nextId = 0;
    // An Arabic word with the article and without it is one word to the trie.
    const idOf = (w: PatternWord): number => {
      const map = w.stem ? stemIds : exactIds;
      const bare = articleless(w.text);
      if (bare !== w.text) {
        let id = map.get(bare);
        if (id === undefined) {
          id = nextId++;
          map.set(bare, id);
        }
        if (!map.has(w.text)) map.set(w.text, id);
        return id;
      }
      let id = map.get(w.text);
      if (id === undefined) {
        id = nextId++;
        map.set(w.text, id);
      }
      return id;
    };
    // Trie over word ids: one numeric-keyed Map of edges (a Map per node costs a lot of
    // memory and garbage), then flattened into hash arrays.
    const edges = new Map<number, number>();
    const edgeNode: number[] = [];
    const edgeWord: number[] = [];
    const patternEnd = new Int32Array(patterns.length).fill(-1);
    let nodes = 1;
    for (let p = 0; p < patterns.length; p++) {
      const words = patterns[p];
      let node = 0;
      for (const w of words) {
        const id = idOf(w);
        const key = node * 0x200000 + id;
        let child = edges.get(key);
        if (child === undefined) {
          child = nodes++;
          edges.set(key, child);
          edgeNode.push(node);
          edgeWord.push(id);
        }
        node = child;
      }
      if (words.length > 0) patternEnd[p] = node;
    }
    const exactEntries = [...exactIds];
    const stemEntries = [...stemIds];
    this.exact = new WordTable(exactEntries);
    this.stems = new WordTable(stemEntries);
    this.stemFilter = new Uint32Array(FILTER_WORDS);
    this.exactFilter = new Uint32Array(FILTER_WORDS);
    this.stemStart = new Uint32Array(FILTER_WORDS);
    this.minStem = MAX_WORD;
    for (const [s] of stemEntries) {
      const h = hashOf(s);
      this.stemFilter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
      if (s.length >= 4) {
        const h4 = hashOf(s.slice(0, 4));
        this.stemStart[(h4 >>> 5) & FILTER_MASK] |= 1 << (h4 & 31);
      }
      if (s.length < this.minStem) this.minStem = s.length;
    }
    const startIds = new Set<number>();
    for (let e = 0; e < edgeNode.length; e++) if (edgeNode[e] === 0) startIds.add(edgeWord[e]);
    this.startFilter = new Uint32Array(FILTER_WORDS);
    for (const [s, id] of exactEntries) {
      const h = hashOf(s);
      this.exactFilter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
      if (startIds.has(id)) this.startFilter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
    }
    let size = 16;
    while (size < edges.size * 2) size <<= 1;
    this.tMask = size - 1;
    this.tNode = new Int32Array(size).fill(-1);
    this.tWord = new Int32Array(size);
    this.tChild = new Int32Array(size);
    let e = 0;
    for (const child of edges.values()) {
      const node = edgeNode[e];
      const word = edgeWord[e++];
      let i = this.edgeHash(node, word) & this.tMask;
      while (this.tNode[i] !== -1) i = (i + 1) & this.tMask;
      this.tNode[i] = node;
      this.tWord[i] = word;
      this.tChild[i] = child;
    }
    // Patterns ending at each node, by counting sort on their end node.
    this.termStart = new Int32Array(nodes + 1);
    for (const end of patternEnd) if (end >= 0) this.termStart[end + 1]++;
    for (let n = 0; n < nodes; n++) this.termStart[n + 1] += this.termStart[n];
    const fill = this.termStart.slice(0, nodes);
    this.termList = new Int32Array(this.termStart[nodes]);
    for (let p = 0; p < patternEnd.length; p++) if (patternEnd[p] >= 0) this.termList[fill[patternEnd[p]]++] = p;
  }

  private edgeHash(node: number, word: number): number {
    return Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(word + 7, 0x85ebca6b);
  }

  private child(node: number, word: number): number {
    const { tNode, tWord, tChild, tMask } = this;
    let i = this.edgeHash(node, word) & tMask;
    for (;;) {
      const n = tNode[i];
      if (n === -1) return -1;
      if (n === node && tWord[i] === word) return tChild[i];
      i = (i + 1) & tMask;
    }
  }

  /** Adds the ids of buf[from..len) — the exact word and every stem that is a prefix of it —
   *  to cands[n..], skipping ids already there; returns the new count. */
  private lookup(from: number, len: number, n: number): number {
    const { buf, cands } = this;
    let h = FNV_OFFSET;
    const add = (id: number): void => {
      for (let k = 0; k < n; k++) if (cands[k] === id) return;
      if (n < MAX_CANDIDATES) cands[n++] = id;
    };
    for (let k = from; k < len; k++) {
      h = Math.imul(h ^ buf[k], FNV_PRIME);
      if (k - from + 1 >= this.minStem && ((this.stemFilter[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1) {
        const id = this.stems.get(buf, from, k - from + 1, h);
        if (id >= 0) add(id);
      }
    }
    const id = this.exact.get(buf, from, len - from, h);
    if (id >= 0) add(id);
    return n;
  }

  /** Arabic words carry attached proclitics (و ف, then ب ك ل, then the article ال / لل): the
   *  word is also looked up without each of them, so "والمهاجرين" reaches مهاجر* even when
   *  "المهاجرين" is itself a known word. */
  private lookupArabic(len: number, n: number): number {
    const buf = this.buf;
    let k = 0;
    if ((buf[k] === AR_WAW || buf[k] === AR_FA) && len - k > 3) {
      k++;
      n = this.lookup(k, len, n);
    }
    let lam = false;
    if ((buf[k] === AR_BA || buf[k] === AR_KAF || buf[k] === AR_LAM) && len - k > 3) {
      lam = buf[k] === AR_LAM;
      k++;
      n = this.lookup(k, len, n);
    }
    if (buf[k] === AR_ALEF && buf[k + 1] === AR_LAM && len - k > 4) n = this.lookup(k + 2, len, n);
    else if (lam && buf[k] === AR_LAM && len - k > 3) n = this.lookup(k + 1, len, n);
    return n;
  }

  scan(text: string): Hits {
    let cap = 256;
    let pattern = new Int32Array(cap);
    let start = new Int32Array(cap);
    let end = new Int32Array(cap);
    let sentence = new Int32Array(cap);
    let word = new Int32Array(cap);
    let count = 0;
    const scripts = new Int32Array(4);
    const counts = new Int32Array(this.slots);
    const countSlot = this.countSlot;

    // Hot loop: locals only (no closure over mutable state), one table lookup per char, the
    // word's hash computed as its chars are folded, stems checked through a one-byte filter.
    const buf = this.buf;
    const cands = this.cands;
    const termStart = this.termStart;
    const termList = this.termList;
    const stemFilter = this.stemFilter;
    const exactFilter = this.exactFilter;
    const startFilter = this.startFilter;
    const stemStart = this.stemStart;
    let stemmable = false;
    const stems = this.stems;
    const exact = this.exact;
    const minStem = this.minStem;
    const active = new Int32Array(MAX_ACTIVE);
    const activeFrom = new Int32Array(MAX_ACTIVE);
    const next = new Int32Array(MAX_ACTIVE);
    const nextFrom = new Int32Array(MAX_ACTIVE);
    let nActive = 0;
    let words = 0;
    let sentences = 0;
    let tokStart = -1;
    let tokEnd = 0;
    let len = 0;
    let h = FNV_OFFSET;
    let nc = 0;
    const n = text.length;

    // One step past the end, reading a space there, closes the last word.
    const text2 = text.length > 0 && CLASS[text.charCodeAt(n - 1)] === WORD ? `${text} ` : text;
    const n2 = text2.length;
    for (let i = 0; i < n2; i++) {
      const c = text2.charCodeAt(i);
      const cls = CLASS[c];
      if (cls === WORD) {
        if (tokStart < 0) {
          tokStart = i;
          len = 0;
          h = FNV_OFFSET;
          nc = 0;
          stemmable = false;
        }
        tokEnd = i + 1;
        const f = FOLD[c];
        if (f === DROP) continue;
        if (f === MULTI) {
          const x = EXPAND.get(c)!;
          for (let k = 0; k < x.length && len < MAX_WORD; k++) {
            const fc = x.charCodeAt(k);
            buf[len++] = fc;
            h = Math.imul(h ^ fc, FNV_PRIME);
          }
        } else if (len < MAX_WORD) {
          buf[len++] = f;
          h = Math.imul(h ^ f, FNV_PRIME);
        } else continue;
        if (len === 4) stemmable = ((stemStart[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1;
        if ((stemmable || len === 3) && len >= minStem && ((stemFilter[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1 && nc < MAX_CANDIDATES) {
          const id = stems.get(buf, 0, len, h);
          if (id >= 0) cands[nc++] = id;
        }
        continue;
      }

      let lastWasDigit = false;
      if (tokStart >= 0) {
        // A word ended: find its ids, then extend the phrases in progress.
        lastWasDigit = len > 0 && buf[len - 1] >= 0x30 && buf[len - 1] <= 0x39;
        if (len > 0) {
          const first = text.charCodeAt(tokStart);
          if (first < 0x250) scripts[0]++;
          else if (first >= 0x400 && first < 0x530) scripts[1]++;
          else if (first >= 0x600 && first < 0x700) scripts[2]++;
          else if (first >= 0x980 && first < 0xa00) scripts[3]++;
          const w = words++;
          if (
            nc < MAX_CANDIDATES &&
            ((exactFilter[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1 &&
            (nActive > 0 || ((startFilter[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1)
          ) {
            const id = exact.get(buf, 0, len, h);
            if (id >= 0) cands[nc++] = id;
          }
          if (isArabicCode(buf[0])) nc = this.lookupArabic(len, nc);
          if (nc === 0) nActive = 0;
          else {
            let nNext = 0;
            for (let a = -1; a < nActive; a++) {
              const node = a < 0 ? 0 : active[a];
              const from = a < 0 ? tokStart : activeFrom[a];
              for (let ci = 0; ci < nc; ci++) {
                const child = this.child(node, cands[ci]);
                if (child < 0) continue;
                if (nNext < MAX_ACTIVE) {
                  next[nNext] = child;
                  nextFrom[nNext++] = from;
                }
                for (let t = termStart[child]; t < termStart[child + 1]; t++) {
                  const p = termList[t];
                  const slot = countSlot[p];
                  if (slot >= 0) {
                    counts[slot]++;
                    continue;
                  }
                  if (count === cap) {
                    cap *= 2;
                    pattern = grow(pattern, cap);
                    start = grow(start, cap);
                    end = grow(end, cap);
                    sentence = grow(sentence, cap);
                    word = grow(word, cap);
                  }
                  pattern[count] = p;
                  start[count] = from;
                  end[count] = tokEnd;
                  sentence[count] = sentences;
                  word[count++] = w;
                }
              }
            }
            for (let k = 0; k < nNext; k++) {
              active[k] = next[k];
              activeFrom[k] = nextFrom[k];
            }
            nActive = nNext;
          }
        }
        tokStart = -1;
      }
      if (cls === STOP) {
        // "10.7": a full stop between a number and a word char joins, as in SDG targets.
        if (lastWasDigit && c === 0x2e && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD) continue;
        sentences++;
        nActive = 0;
      } else if (cls === PUNCT) {
        if (c === 0x2c && lastWasDigit && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD) continue;
        nActive = 0;
      } else if (c === 0x0a && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) {
        // A blank line ends a paragraph and so a sentence, even without a full stop (titles).
        sentences++;
        nActive = 0;
      }
    }
    return {
      count,
      pattern,
      start,
      end,
      sentence,
      word,
      words,
      sentences: sentences + 1,
      scripts,
      counts,
    };
  }
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
