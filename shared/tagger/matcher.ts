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
import { articleless, CLASS, DROP, EXPAND, isArabicCode, MULTI, PUNCT, SCAN, SCAN_WORD, STOP, WORD } from "./fold";

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
const CACHE_SLOTS = 4096;
const CACHE_MASK = CACHE_SLOTS - 1;
const CACHE_WORD = 16;
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

/** Open-addressing map from a folded word (or stem) to its word id. Each slot's hash, id, offset
 *  and length sit side by side in one array, so a probe touches one cache line, not four. */
class WordTable {
  private slots: Int32Array;
  private chars: Uint16Array;
  private mask: number;

  constructor(entries: [string, number][]) {
    let size = 16;
    while (size < entries.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    for (let i = 0; i < size; i++) this.slots[i * 4 + 1] = -1;
    let total = 0;
    for (const [s] of entries) total += s.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [s, id] of entries) {
      const h = hashOf(s);
      let i = h & this.mask;
      while (this.slots[i * 4 + 1] !== -1) i = (i + 1) & this.mask;
      this.slots[i * 4] = h;
      this.slots[i * 4 + 1] = id;
      this.slots[i * 4 + 2] = at;
      this.slots[i * 4 + 3] = s.length;
      for (let k = 0; k < s.length; k++) this.chars[at++] = s.charCodeAt(k);
    }
  }

  get(buf: Uint16Array, from: number, len: number, h: number): number {
    const { slots, chars, mask } = this;
    let i = h & mask;
    for (;;) {
      const at = i << 2;
      const id = slots[at + 1];
      if (id === -1) return -1;
      if (slots[at] === h && slots[at + 3] === len) {
        const off = slots[at + 2];
        let k = 0;
        while (k < len && chars[off + k] === buf[from + k]) k++;
        if (k === len) return id;
      }
      i = (i + 1) & mask;
    }
  }
}

/**
 * Patterns as positions in a list of distinct words: pattern p is words
 * word[start[p] .. start[p + 1]), each an index into `text` / `stem`. The lexicon snapshot stores
 * this form, so a matcher is built from it without one object per pattern word.
 */
export interface WordPatterns {
  text: string[];
  /** 1 where text[i] is a stem (matches any word it begins). */
  stem: Uint8Array;
  start: Int32Array;
  word: Int32Array;
}

export function wordPatternsOf(patterns: PatternWord[][]): WordPatterns {
  const index = new Map<string, number>();
  const text: string[] = [];
  const stems: number[] = [];
  const start = new Int32Array(patterns.length + 1);
  const word: number[] = [];
  patterns.forEach((words, p) => {
    for (const w of words) {
      const key = w.stem ? `${w.text}*` : w.text;
      let i = index.get(key);
      if (i === undefined) {
        i = text.length;
        index.set(key, i);
        text.push(w.text);
        stems.push(w.stem ? 1 : 0);
      }
      word.push(i);
    }
    start[p + 1] = word.length;
  });
  return { text, stem: Uint8Array.from(stems), start, word: Int32Array.from(word) };
}

export class Matcher {
  readonly patternCount: number;
  private exact: WordTable;
  private stems: WordTable;
  /** Bit sets over 20 bits of a word's or a stem's hash: a cheap "maybe known" test, so the
   *  tables are probed only for the few words that may be in them. */
  private stemFilter: Uint32Array;
  private exactFilter: Uint32Array;
  /** Per bucket of a word's first four folded letters: a bit mask of the lengths (4..30, 31 =
   *  31 or more) of the stems that start with those letters. Read once per word, it leaves a
   *  register test per char instead of a filter probe per char. */
  private stemLens: Int32Array;
  private stemLensMask: number;
  /** Bit mask of the lengths (below 4) of short stems. */
  private shortStemLens: number;
  private minStem: number;
  /** Children of the root, by word id (most lookups start a phrase). */
  private rootChild: Int32Array;
  /** Other trie edges, open addressing, 4 ints per slot: node, word, child, unused. */
  private edges: Int32Array;
  private edgeMask: number;
  /** 1 for nodes with children: only those stay active waiting for the next word. */
  private hasChildren: Uint8Array;
  /** Bit set over the hash of every (node, word) edge below the root: most phrases in
   *  progress do not continue, and this answers "no" without touching the edge table. */
  private edgeFilter: Uint32Array;
  private edgeFilterMask: number;
  private termStart: Int32Array;
  private termList: Int32Array;
  /** Per pattern: a counter slot, or -1. Counted patterns (function words for language
   *  detection) are tallied instead of reported, which keeps the hit list short. */
  private countSlot: Int32Array;
  private slots: number;
  // Scratch buffers reused by every scan; scans are synchronous, so sharing is safe.
  private buf = new Uint16Array(MAX_WORD + 8);
  /** hashes[k]: hash of the current word's first k folded chars (stems are its prefixes),
   *  filled only when the word cache misses. */
  private hashes = new Int32Array(MAX_WORD + 8);
  private cands = new Int32Array(MAX_CANDIDATES);
  // The word cache: per slot a word of up to CACHE_WORD folded chars and its ids. It holds
  // only what the lexicon says of a word, so it stays valid across scans.
  private cacheHash = new Int32Array(CACHE_SLOTS);
  private cacheLen = new Int32Array(CACHE_SLOTS);
  private cacheCount = new Int32Array(CACHE_SLOTS);
  private cacheChars = new Uint16Array(CACHE_SLOTS * CACHE_WORD);
  private cacheIds = new Int32Array(CACHE_SLOTS * MAX_CANDIDATES);

  /** `patterns[i]` is the list of words of pattern i. Arabic words that start with the
   *  article ال also match without it. */
  constructor(input: PatternWord[][] | WordPatterns, countSlot?: Int32Array) {
    const wp = Array.isArray(input) ? wordPatternsOf(input) : input;
    const patternCount = wp.start.length - 1;
    this.patternCount = patternCount;
    this.countSlot = countSlot ?? new Int32Array(patternCount).fill(-1);
    let slots = 0;
    for (const c of this.countSlot) if (c + 1 > slots) slots = c + 1;
    this.slots = slots;
    const exactIds = new Map<string, number>();
    const stemIds = new Map<string, number>();
    let nextId = 0;
    // An Arabic word with the article and without it is one word to the trie.
    const idOf = (text: string, stem: boolean): number => {
      const map = stem ? stemIds : exactIds;
      const bare = articleless(text);
      if (bare !== text) {
        let id = map.get(bare);
        if (id === undefined) {
          id = nextId++;
          map.set(bare, id);
        }
        if (!map.has(text)) map.set(text, id);
        return id;
      }
      let id = map.get(text);
      if (id === undefined) {
        id = nextId++;
        map.set(text, id);
      }
      return id;
    };
    // Word ids of every pattern first: the trie's sizes are then known, and edges go straight
    // into their open-addressing table (a Map of edges, keyed by numbers beyond the small-integer
    // range, was a third of the matcher's build time).
    const vocabId = new Int32Array(wp.text.length);
    for (let v = 0; v < wp.text.length; v++) vocabId[v] = idOf(wp.text[v], wp.stem[v] === 1);
    const patternStartAt = wp.start;
    const totalWords = patternStartAt[patternCount];
    const wordIds = new Int32Array(totalWords);
    for (let k = 0; k < totalWords; k++) wordIds[k] = vocabId[wp.word[k]];
    this.rootChild = new Int32Array(nextId).fill(-1);
    let size = 16;
    while (size < totalWords * 2) size <<= 1;
    this.edgeMask = size - 1;
    this.edges = new Int32Array(size * 4).fill(-1);
    const hasChildren = new Uint8Array(totalWords + 1);
    const patternEnd = new Int32Array(patternCount).fill(-1);
    let nodes = 1;
    let innerEdges = 0;
    for (let p = 0; p < patternCount; p++) {
      let node = 0;
      for (let k = patternStartAt[p]; k < patternStartAt[p + 1]; k++) {
        const word = wordIds[k];
        hasChildren[node] = 1;
        if (node === 0) {
          if (this.rootChild[word] < 0) this.rootChild[word] = nodes++;
          node = this.rootChild[word];
          continue;
        }
        let i = edgeHash(node, word) & this.edgeMask;
        while (this.edges[i * 4] !== -1 && !(this.edges[i * 4] === node && this.edges[i * 4 + 1] === word)) i = (i + 1) & this.edgeMask;
        if (this.edges[i * 4] === -1) {
          this.edges[i * 4] = node;
          this.edges[i * 4 + 1] = word;
          this.edges[i * 4 + 2] = nodes++;
          innerEdges++;
        }
        node = this.edges[i * 4 + 2];
      }
      if (patternStartAt[p + 1] > patternStartAt[p]) patternEnd[p] = node;
    }
    this.hasChildren = hasChildren;
    const exactEntries = [...exactIds];
    const stemEntries = [...stemIds];
    this.exact = new WordTable(exactEntries);
    this.stems = new WordTable(stemEntries);
    this.stemFilter = new Uint32Array(FILTER_WORDS);
    this.exactFilter = new Uint32Array(FILTER_WORDS);
    this.minStem = MAX_WORD;
    this.shortStemLens = 0;
    const starts = new Map<number, number>();
    for (const [s] of stemEntries) {
      setBit(this.stemFilter, hashOf(s));
      if (s.length >= 4) {
        const h4 = hashOf(s.slice(0, 4));
        starts.set(h4, (starts.get(h4) ?? 0) | lenBit(s.length));
      } else this.shortStemLens |= 1 << s.length;
      if (s.length < this.minStem) this.minStem = s.length;
    }
    let lensSize = 1024;
    while (lensSize < starts.size * 8) lensSize <<= 1;
    this.stemLensMask = lensSize - 1;
    this.stemLens = new Int32Array(lensSize);
    for (const [h4, lens] of starts) this.stemLens[lensBucket(h4, this.stemLensMask)] |= lens;
    for (const [s] of exactEntries) setBit(this.exactFilter, hashOf(s));
    // About 16 bits per edge: a false "maybe" for one phrase step in a few thousand.
    let filterWords = 64;
    while (filterWords * 32 < innerEdges * 16) filterWords <<= 1;
    this.edgeFilter = new Uint32Array(filterWords);
    this.edgeFilterMask = filterWords - 1;
    for (let i = 0; i <= this.edgeMask; i++) {
      const node = this.edges[i * 4];
      if (node === -1) continue;
      const eh = edgeHash(node, this.edges[i * 4 + 1]);
      this.edgeFilter[(eh >>> 5) & this.edgeFilterMask] |= 1 << (eh & 31);
    }
    // Patterns ending at each node, by counting sort on their end node.
    this.termStart = new Int32Array(nodes + 1);
    for (const end of patternEnd) if (end >= 0) this.termStart[end + 1]++;
    for (let n = 0; n < nodes; n++) this.termStart[n + 1] += this.termStart[n];
    const fill = this.termStart.slice(0, nodes);
    this.termList = new Int32Array(this.termStart[nodes]);
    for (let p = 0; p < patternEnd.length; p++) if (patternEnd[p] >= 0) this.termList[fill[patternEnd[p]]++] = p;
  }

  private child(node: number, word: number): number {
    if (node === 0) return this.rootChild[word];
    const { edges, edgeMask } = this;
    const eh = edgeHash(node, word);
    if (((this.edgeFilter[(eh >>> 5) & this.edgeFilterMask] >>> (eh & 31)) & 1) === 0) return -1;
    let i = eh & edgeMask;
    for (;;) {
      const at = i << 2;
      const n = edges[at];
      if (n === -1) return -1;
      if (n === node && edges[at + 1] === word) return edges[at + 2];
      i = (i + 1) & edgeMask;
    }
  }

  /** All ids of the word in buf[0..len) (h: its hash): the stems it starts with, shortest first, then the exact word, then the Arabic
   *  forms without proclitics. Fills cands; returns how many. */
  private candidates(len: number, h: number): number {
    const { buf, cands, hashes, stemFilter, stems } = this;
    let ph = FNV_OFFSET;
    for (let k = 0; k < len; k++) {
      ph = Math.imul(ph ^ buf[k], FNV_PRIME);
      hashes[k + 1] = ph;
    }
    let nc = 0;
    if (len >= this.minStem) {
      const short = len < 4 ? len : 3;
      for (let k = 1; k <= short && nc < MAX_CANDIDATES; k++) {
        if (((this.shortStemLens >>> k) & 1) === 0 || !hasBit(stemFilter, hashes[k])) continue;
        const id = stems.get(buf, 0, k, hashes[k]);
        if (id >= 0) cands[nc++] = id;
      }
      const lens = len >= 4 ? this.stemLens[lensBucket(hashes[4], this.stemLensMask)] : 0;
      for (let k = 4; lens !== 0 && k <= len && nc < MAX_CANDIDATES; k++) {
        if ((lens & lenBit(k)) === 0 || !hasBit(stemFilter, hashes[k])) continue;
        const id = stems.get(buf, 0, k, hashes[k]);
        if (id >= 0) cands[nc++] = id;
      }
    }
    if (nc < MAX_CANDIDATES && hasBit(this.exactFilter, h)) {
      const id = this.exact.get(buf, 0, len, h);
      if (id >= 0) cands[nc++] = id;
    }
    if (isArabicCode(buf[0])) nc = this.lookupArabic(len, nc);
    return nc;
  }

  /** Adds `id` to cands[0..n) unless it is there already; returns the new count. */
  private addCandidate(id: number, n: number): number {
    const cands = this.cands;
    for (let k = 0; k < n; k++) if (cands[k] === id) return n;
    if (n < MAX_CANDIDATES) cands[n++] = id;
    return n;
  }

  /** Adds the ids of buf[from..len) — the exact word and every stem that is a prefix of it —
   *  to cands[n..], skipping ids already there; returns the new count. */
  private lookup(from: number, len: number, n: number): number {
    const buf = this.buf;
    let h = FNV_OFFSET;
    for (let k = from; k < len; k++) {
      h = Math.imul(h ^ buf[k], FNV_PRIME);
      if (k - from + 1 >= this.minStem && hasBit(this.stemFilter, h)) {
        const id = this.stems.get(buf, from, k - from + 1, h);
        if (id >= 0) n = this.addCandidate(id, n);
      }
    }
    const id = this.exact.get(buf, from, len - from, h);
    if (id >= 0) n = this.addCandidate(id, n);
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

  /** Scans text[0..limit) (the whole text by default). A prefix is scanned in place rather
   *  than sliced: the hot loop then always reads the same kind of string, and V8 compiles it
   *  for that kind only (a mix of sliced and flat strings made it ~30% slower). */
  scan(text: string, limit = text.length): Hits {
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
    // word's hash computed as its chars are folded; stems are probed only at the lengths the
    // word's first four letters allow (stemLens), so most chars cost no memory access beyond
    // the fold tables.
    const buf = this.buf;
    const cands = this.cands;
    const termStart = this.termStart;
    const termList = this.termList;
    const rootChild = this.rootChild;
    const hasChildren = this.hasChildren;
    const { cacheHash, cacheLen, cacheCount, cacheChars, cacheIds } = this;
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
    const n = Math.min(limit, text.length);

    // One step past the end, reading a space there, closes the last word.
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      const f = SCAN[c];
      if (f >= SCAN_WORD) {
        if (tokStart < 0) {
          tokStart = i;
          len = 0;
          h = FNV_OFFSET;
        }
        tokEnd = i + 1;
        if (f === DROP) continue;
        if (f === MULTI) {
          // A char that folds to several (œ → oe, я → ja): each folded char counts as one.
          const x = EXPAND.get(c)!;
          for (let k = 0; k < x.length && len < MAX_WORD; k++) {
            const fc = x.charCodeAt(k);
            buf[len++] = fc;
            h = Math.imul(h ^ fc, FNV_PRIME);
          }
          continue;
        }
        if (len === MAX_WORD) continue;
        buf[len++] = f;
        h = Math.imul(h ^ f, FNV_PRIME);
        continue;
      }

      // Set only where it matters: a full stop or comma right after a number ("10.7").
      let lastWasDigit = false;
      if (tokStart >= 0) {
        // A word ended: find its ids, then extend the phrases in progress.
        if ((c === 0x2e || c === 0x2c) && len > 0) lastWasDigit = buf[len - 1] >= 0x30 && buf[len - 1] <= 0x39;
        if (len > 0) {
          const first = text.charCodeAt(tokStart);
          if (first < 0x250) scripts[0]++;
          else if (first >= 0x400 && first < 0x530) scripts[1]++;
          else if (first >= 0x600 && first < 0x700) scripts[2]++;
          else if (first >= 0x980 && first < 0xa00) scripts[3]++;
          const w = words++;
          // The word's ids (exact word, stems it starts with, Arabic forms without proclitics)
          // depend on the word alone, and policy text repeats a small vocabulary: a small
          // cache of recent words answers most of them with one probe.
          // The ids are read from the cache slot in place (cid[cb..cb+nc)), or from cands for a
          // word too long to cache.
          let nc = 0;
          let cid = cands;
          let cb = 0;
          const slot = len <= CACHE_WORD ? (h ^ (h >>> 12)) & CACHE_MASK : -1;
          let hit = false;
          if (slot >= 0 && cacheHash[slot] === h && cacheLen[slot] === len) {
            const base = slot * CACHE_WORD;
            let k = 0;
            while (k < len && cacheChars[base + k] === buf[k]) k++;
            hit = k === len;
          }
          if (hit) nc = cacheCount[slot];
          else {
            nc = this.candidates(len, h);
            if (slot >= 0) {
              cacheHash[slot] = h;
              cacheLen[slot] = len;
              cacheCount[slot] = nc;
              const base = slot * CACHE_WORD;
              for (let k = 0; k < len; k++) cacheChars[base + k] = buf[k];
              const ids = slot * MAX_CANDIDATES;
              for (let j = 0; j < nc; j++) cacheIds[ids + j] = cands[j];
            }
          }
          if (slot >= 0) {
            cid = cacheIds;
            cb = slot * MAX_CANDIDATES;
          }
          if (nc === 0) nActive = 0;
          else {
            let nNext = 0;
            for (let a = -1; a < nActive; a++) {
              const from = a < 0 ? tokStart : activeFrom[a];
              for (let ci = 0; ci < nc; ci++) {
                const child = a < 0 ? rootChild[cid[cb + ci]] : this.child(active[a], cid[cb + ci]);
                if (child < 0) continue;
                if (nNext < MAX_ACTIVE && hasChildren[child] === 1) {
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
      if (f === STOP) {
        // "10.7": a full stop between a number and a word char joins, as in SDG targets.
        if (lastWasDigit && c === 0x2e && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD) continue;
        sentences++;
        nActive = 0;
      } else if (f === PUNCT) {
        if (c === 0x2c && lastWasDigit && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === WORD) continue;
        // A comma (Latin, Arabic, ideographic) does not end a phrase: lexicon phrases name lists
        // ("countries of origin, transit and destination", "safe, orderly and regular migration").
        if (c === 0x2c || c === 0x060c || c === 0x3001) continue;
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

function edgeHash(node: number, word: number): number {
  return Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(word + 7, 0x85ebca6b);
}

function setBit(filter: Uint32Array, h: number): void {
  filter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
}

function hasBit(filter: Uint32Array, h: number): boolean {
  return ((filter[(h >>> 5) & FILTER_MASK] >>> (h & 31)) & 1) === 1;
}

/** Bit of a stem length in a stemLens mask; lengths of 31 and more share bit 31. */
function lenBit(len: number): number {
  return 1 << Math.min(len, 31);
}

/** Bucket of a four-letter prefix hash in stemLens (high bits: the low ones index filters). */
function lensBucket(h4: number, mask: number): number {
  return (h4 ^ (h4 >>> 15)) & mask;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
