/**
 * The live page as one string, and back: every visible-ish text node under <body>, whitespace
 * collapsed to single spaces (so it lines up with Readability's text and with quotes), with a
 * map from offsets in that string to (text node, offset) for building DOM Ranges.
 *
 * Used to find evidence sentences and selections in the page with shared/entry/anchor.ts.
 * It reads the DOM only; it never writes page text anywhere.
 */
import { anchor, buildSelector, type Selector } from "../../../shared/entry/anchor";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SVG", "CANVAS", "IFRAME"]);
const WS = /\s/;

interface Segment {
  node: Text;
  /** Offset in the collapsed text of this node's first kept char. */
  start: number;
  end: number;
  /** Whether the collapsed text ended with a space just before this node. */
  afterSpace: boolean;
}

export interface DomText {
  text: string;
  segments: Segment[];
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Extracted text tidied for tagging: runs of spaces, tabs and no-break spaces become one space,
 * blank-line runs become one blank line. Single spaces are left alone rather than replaced by
 * themselves: on a 1 MB page that made the clean-up ~4× slower (every word boundary a match).
 */
export function tidyText(s: string): string {
  return s
    .replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, " ")
    .replace(/\n\s*\n\s*/g, "\n\n")
    .trim();
}

export function readDomText(doc: Document): DomText {
  const root = doc.body ?? doc.documentElement;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let afterSpace = true; // leading whitespace is dropped
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (skipped(node)) continue;
    const data = node.data;
    let out = "";
    const before = afterSpace;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (WS.test(ch)) {
        if (!afterSpace) {
          out += " ";
          afterSpace = true;
        }
      } else {
        out += ch;
        afterSpace = false;
      }
    }
    if (!out) continue;
    segments.push({ node, start: length, end: length + out.length, afterSpace: before });
    parts.push(out);
    length += out.length;
  }
  return { text: parts.join(""), segments };
}

function skipped(node: Text): boolean {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (SKIP.has(p.tagName.toUpperCase())) return true;
    if (p.hidden) return true;
  }
  return false;
}

/** The (node, raw offset) of a collapsed-text offset. */
export function locate(dt: DomText, offset: number): { node: Text; offset: number } | null {
  const segs = dt.segments;
  if (!segs.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  const want = offset - seg.start;
  // Walk the node's raw data with the same collapsing to find the raw offset.
  let k = 0;
  let afterSpace = seg.afterSpace;
  const data = seg.node.data;
  for (let i = 0; i < data.length; i++) {
    const ws = WS.test(data[i]);
    const kept = ws ? !afterSpace : true;
    if (kept) {
      if (k === want) return { node: seg.node, offset: i };
      k++;
    }
    afterSpace = ws;
  }
  return { node: seg.node, offset: data.length };
}

/** The collapsed-text offset of a DOM boundary point (for selections). */
export function offsetOf(dt: DomText, container: Node, rawOffset: number): number {
  let node: Node | null = container;
  let off = rawOffset;
  if (container.nodeType !== 3) {
    // An element boundary: the next text node at or after child[rawOffset].
    const child = container.childNodes[rawOffset] ?? null;
    node = child;
    off = 0;
    if (!child) {
      // After the last child: the end of the element's last segment.
      const within = dt.segments.filter((s) => container.contains(s.node));
      return within.length ? within[within.length - 1].end : 0;
    }
    if (child.nodeType !== 3) {
      const first = dt.segments.find((s) => child.contains(s.node) || (child.compareDocumentPosition(s.node) & 4) !== 0);
      return first ? first.start : dt.text.length;
    }
  }
  const seg = dt.segments.find((s) => s.node === node);
  if (!seg) {
    const next = dt.segments.find((s) => node && (node.compareDocumentPosition(s.node) & 4) !== 0);
    return next ? next.start : dt.text.length;
  }
  let k = 0;
  let afterSpace = seg.afterSpace;
  const data = seg.node.data;
  for (let i = 0; i < Math.min(off, data.length); i++) {
    const ws = WS.test(data[i]);
    if (ws ? !afterSpace : true) k++;
    afterSpace = ws;
  }
  return Math.min(seg.start + k, seg.end);
}

/** A DOM Range over collapsed-text [start, end). */
export function rangeOf(doc: Document, dt: DomText, start: number, end: number): Range | null {
  const a = locate(dt, start);
  const b = locate(dt, Math.max(start, end - 1));
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, Math.min(b.offset + 1, b.node.data.length));
  return r;
}

/** Find a quote (evidence sentence) in the page; hint is where it should be, 0..1. */
export function findQuote(dt: DomText, quote: string, hint?: number): { start: number; end: number } | null {
  const exact = collapse(quote);
  if (!exact) return null;
  const a = anchor(dt.text, { exact }, hint === undefined ? {} : { hint: Math.round(hint * dt.text.length) });
  return a && a.score > 0.5 ? { start: a.start, end: a.end } : null;
}

/** Re-anchor a saved passage (TextQuote + TextPosition, in this same collapsed text); null = orphan. */
export function findSelector(dt: DomText, sel: Selector): { start: number; end: number } | null {
  const a = anchor(dt.text, sel);
  return a && a.score > 0.5 ? { start: a.start, end: a.end } : null;
}

/** The TextQuote + TextPosition selector of the current selection, in collapsed page text. */
export function selectionSelector(dt: DomText, sel: Selection | null): Selector | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  let start = offsetOf(dt, r.startContainer, r.startOffset);
  let end = offsetOf(dt, r.endContainer, r.endOffset);
  while (start < end && dt.text[start] === " ") start++;
  while (end > start && dt.text[end - 1] === " ") end--;
  if (end <= start) return null;
  return buildSelector(dt.text, start, end);
}
