/**
 * A fast path for big pages that say where their main content is. Readability reads the whole
 * page several times over, in code that is still cold each time the content script is injected;
 * on a 1 MB page that is most of the panel's wait. When the page marks one main region — a single
 * <main> or [role=main], else a single <article> — that holds most of the page's text, this walks
 * that region once and leaves out what Readability would also leave out inside an article:
 * navigation, asides, footers, forms and controls, hidden parts, blocks whose class or id says
 * share / related / comments / cookie banner / …, and blocks that are mostly links. Anything that
 * does not qualify gets Readability as before (undefined here).
 *
 * A page that marks nothing gets the same walk over the element its paragraphs are in, when one
 * element clearly holds them (proseRegion); pages whose prose is split or scarce get Readability.
 *
 * Only pages with at least `minChars` of main text take this path: on smaller pages Readability
 * is quick, and keeping it there keeps its finer judgement where the speed does not matter.
 * Nothing is cloned and nothing in the page is changed: the region is read in place.
 */
import { collapse } from "./dom-text";

export interface MarkedText {
  text: string;
  title: string;
}

export interface MarkedOptions {
  /** Main text needed to take the fast path (chars, before tidying). */
  minChars?: number;
  /** Share of the page's text (outside scripts and styles) the main region must keep. */
  minShare?: number;
}

export const MARKED_MIN_CHARS = 20_000;
const MIN_SHARE = 0.5;
/** A block whose link text is more than this share of its text is a link list, not prose. */
const LINK_LIST = 0.5;
/** Links may make up this much of the kept main text at most (a page of links is not an article). */
const MAX_LINK_SHARE = 0.25;

const NOT_TEXT = "script, style, noscript, template";
const JUNK = [
  NOT_TEXT,
  "nav, aside, footer, form, button, select, textarea, input, dialog, menu, iframe, object, embed, svg, canvas",
  "[hidden], [aria-hidden=true]",
  '[role=navigation], [role=complementary], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=search], [role=contentinfo], [role=banner]',
].join(", ");
/** Blocks that can be a list of links (related articles, tag clouds, pagers). Not paragraphs:
 *  "See Article 5" is mostly link and still text, and Readability keeps such paragraphs too. */
const LINKY_BLOCK = new Set(["UL", "OL", "DL", "DIV", "SECTION", "TABLE", "TBODY"]);

/** Class / id words of page furniture (matched as whole words, camelCase split). */
const JUNK_WORDS = new Set(
  (
    "share sharing sharebar social related comment comments sidebar breadcrumb breadcrumbs menu navbar nav navigation " +
    "cookie cookies consent gdpr banner promo ad ads advert advertisement newsletter subscribe signup footer " +
    "pagination pager popup modal toolbar widget sponsored recommended skip"
  ).split(" "),
);
/** Words that say a block is the content itself; with one of these, a long block stays. */
const CONTENT_WORDS = new Set("content article main body text entry post story".split(" "));
const LONG_BLOCK = 500;

const FURNITURE = 1;
const CONTENT = 2;

/** Any furniture word inside, case aside: most class names and ids fail this one native test. */
const MAYBE_FURNITURE = new RegExp([...JUNK_WORDS].join("|"), "i");

/** FURNITURE and/or CONTENT, from the words of a class attribute or an id. */
function wordFlags(s: string): number {
  if (!MAYBE_FURNITURE.test(s)) return 0; // CONTENT only matters with FURNITURE
  let flags = 0;
  for (const w of s.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)) {
    const lower = w.toLowerCase();
    if (JUNK_WORDS.has(lower)) flags |= FURNITURE;
    else if (CONTENT_WORDS.has(lower)) flags |= CONTENT;
  }
  return flags;
}

function hiddenByStyle(el: Element): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute("style") ?? "");
}

/** Whether the words of `el`'s class and id (`flags`) make it furniture: a furniture word, unless
 *  a content word says otherwise on a long block. */
function furnitureByWords(doc: Document, el: Element, flags: number): boolean {
  return (flags & FURNITURE) !== 0 && !((flags & CONTENT) !== 0 && textLengthUpTo(doc, el, LONG_BLOCK) > LONG_BLOCK);
}

/** Whether `el` itself is furniture, by the same rules as the blocks inside a region. */
function isFurniture(doc: Document, el: Element): boolean {
  if (el.matches(JUNK) || hiddenByStyle(el)) return true;
  return furnitureByWords(doc, el, wordFlags(el.getAttribute("class") ?? "") | wordFlags(el.id));
}

/** Text length of `el`, counting up to `cap` only (a big block needs no exact count). */
function textLengthUpTo(doc: Document, el: Element, cap: number): number {
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t && n <= cap; t = walker.nextNode()) n += (t as Text).data.length;
  return n;
}

function textOutside(root: Element, selector: string): number {
  let n = root.textContent?.length ?? 0;
  for (const el of root.querySelectorAll(selector)) {
    // A match inside another was subtracted with it.
    if (!el.parentElement?.closest(selector)) n -= el.textContent?.length ?? 0;
  }
  return n;
}

/** The single region the page marks as its main content, if there is exactly one. */
export function markedRegion(doc: Document): Element | undefined {
  const outermost = (els: Element[], sel: string) => els.filter((e) => !e.parentElement?.closest(sel));
  const mains = outermost([...doc.querySelectorAll("main, [role=main]")], "main, [role=main]");
  if (mains.length > 1) return undefined;
  if (mains.length === 1) {
    // A <main> listing several articles is an index page, not one document.
    const inner = outermost([...mains[0].querySelectorAll("article")], "article");
    return inner.length > 1 ? undefined : mains[0];
  }
  const articles = outermost([...doc.querySelectorAll("article")], "article");
  return articles.length === 1 ? articles[0] : undefined;
}

const squash = (s: string) => collapse(s).toLowerCase();

export function markedMainText(doc: Document, opts: MarkedOptions = {}): MarkedText | undefined {
  const region = doc.body && markedRegion(doc);
  return region ? regionText(doc, region, new Set(), opts) : undefined;
}

/** Blocks of prose, whose text says where the article is on a page that marks nothing. */
const PROSE_BLOCKS = "p, pre";
/** A block shorter than this is a caption or a label, not prose (Readability's own cut-off). */
const MIN_PROSE_BLOCK = 25;
/** The region found must hold this share of the page's prose... */
const PROSE_SHARE = 0.8;
/** ...and no single child of it more than this (else the prose is split, e.g. two columns of
 *  articles, and which part is the document is Readability's finer call). */
const SPLIT_SHARE = 0.3;

/**
 * On a page that marks no main region (no <main>, [role=main] or <article>), the element that
 * holds the page's prose: going down from <body>, the child holding most of the paragraph text
 * as long as one holds ≥ 80 % of it, stopping where the text spreads over many children (the
 * article body). Readability finds its article by scoring paragraphs' parents in much the same
 * way, in several passes over a clone; one pass over the paragraphs in place is enough to find
 * the region on the pages where one element clearly holds the prose. Undefined when the page
 * marks a region (markedRegion decides there), has little prose, or has its prose split.
 */
export function proseRegion(doc: Document): { region: Element; prose: Map<Element, number> } | undefined {
  const body = doc.body;
  if (!body || doc.querySelector("main, [role=main], article")) return undefined;
  const prose = new Map<Element, number>();
  let total = 0;
  for (const block of body.querySelectorAll(PROSE_BLOCKS)) {
    const n = block.textContent?.length ?? 0;
    if (n < MIN_PROSE_BLOCK || block.parentElement?.closest(PROSE_BLOCKS)) continue;
    total += n;
    for (let el = block.parentElement; el && el !== body; el = el.parentElement) prose.set(el, (prose.get(el) ?? 0) + n);
  }
  if (total === 0) return undefined;
  let region: Element = body;
  for (;;) {
    let best: Element | undefined;
    let most = 0;
    for (const child of region.children) {
      const n = prose.get(child) ?? 0;
      if (n > most) [best, most] = [child, n];
    }
    if (best && most >= PROSE_SHARE * total) {
      // Most of the prose in comments or a hidden block: not an article this path can trust.
      if (isFurniture(doc, best)) return undefined;
      region = best;
    } else if (most > SPLIT_SHARE * total) return undefined;
    else return { region, prose };
  }
}

/** The main text of a page that marks no main region, from the region its prose is in. */
export function proseMainText(doc: Document, opts: MarkedOptions = {}): MarkedText | undefined {
  const found = proseRegion(doc);
  if (!found) return undefined;
  // Site headers hold links and a logo, not prose; inside a marked article a <header> holds the
  // title and byline, so only this path drops them.
  const headers = new Set<Element>();
  for (const h of found.region.querySelectorAll("header")) if (!found.prose.has(h)) headers.add(h);
  return regionText(doc, found.region, headers, opts);
}

/** The fast paths in order: the marked region, else the region of the prose. */
export function fastMainText(doc: Document, opts: MarkedOptions = {}): (MarkedText & { source: "marked" | "prose" }) | undefined {
  const marked = markedMainText(doc, opts);
  if (marked) return { ...marked, source: "marked" };
  const prose = proseMainText(doc, opts);
  return prose && { ...prose, source: "prose" };
}

/** The text of `region` without its furniture, or undefined when it does not qualify. */
function regionText(doc: Document, region: Element, junk: Set<Element>, opts: MarkedOptions): MarkedText | undefined {
  const minChars = opts.minChars ?? MARKED_MIN_CHARS;
  const body = doc.body;
  // Cheap refusals first: a region too small to be worth it, or holding too little of the page.
  const regionLength = region.textContent?.length ?? 0;
  if (regionLength < minChars) return undefined;
  const pageLength = textOutside(body, NOT_TEXT);
  const minShare = opts.minShare ?? MIN_SHARE;
  if (regionLength < minShare * pageLength) return undefined;

  for (const el of region.querySelectorAll(JUNK)) junk.add(el);
  for (const el of region.querySelectorAll("[style]")) if (hiddenByStyle(el)) junk.add(el);
  // Big documents repeat a few class names on thousands of elements: each is judged once.
  const classFlags = new Map<string, number>();
  for (const el of region.querySelectorAll("[class], [id]")) {
    const cls = el.getAttribute("class") ?? "";
    let flags = classFlags.get(cls);
    if (flags === undefined) {
      flags = wordFlags(cls);
      classFlags.set(cls, flags);
    }
    if (el.id) flags |= wordFlags(el.id);
    if (furnitureByWords(doc, el, flags)) junk.add(el);
  }
  // Link text per block, gathered from the links upwards (most blocks hold none).
  const linkText = new Map<Element, number>();
  const anchors = region.querySelectorAll("a");
  for (const a of anchors) {
    const n = a.textContent?.length ?? 0;
    if (!n) continue;
    for (let el = a.parentElement; el && el !== region; el = el.parentElement) linkText.set(el, (linkText.get(el) ?? 0) + n);
  }
  for (const [el, n] of linkText) {
    if (!LINKY_BLOCK.has(el.tagName)) continue;
    if (textLengthUpTo(doc, el, n / LINK_LIST) <= n / LINK_LIST) junk.add(el);
  }
  // The heading that repeats the page title is the title, not text (as in Readability's output).
  let title = collapse(doc.title);
  // On a page that marks nothing, the heading may sit above the region the prose is in.
  const h1 = region.querySelector("h1") ?? body.querySelector("h1");
  if (h1 && !junk.has(h1)) {
    const heading = squash(h1.textContent ?? "");
    if (heading && squash(title).startsWith(heading)) {
      title = collapse(h1.textContent ?? "");
      junk.add(h1);
    }
  }

  // Text in tree order without the junk. Only the blocks that hold junk are taken apart; every
  // other subtree is one native textContent read (a per-node walk in cold JS cost ~4x more).
  const holdsJunk = new Set<Node>();
  for (const el of junk) for (let p = el.parentNode; p && !holdsJunk.has(p); p = p.parentNode) holdsJunk.add(p);
  const parts: string[] = [];
  const read = (node: Node): void => {
    if (node.nodeType !== 1 && node.nodeType !== 3) return; // comments are not text
    if (!holdsJunk.has(node)) {
      parts.push(node.textContent ?? "");
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) if (!junk.has(c as Element)) read(c);
  };
  if (!junk.has(region)) read(region);
  const text = parts.join("");
  const kept = text.length;
  let links = 0;
  for (const a of anchors) {
    let inJunk = false;
    for (let el: Element | null = a; el && el !== region && !inJunk; el = el.parentElement) inJunk = junk.has(el);
    if (!inJunk) links += a.textContent?.length ?? 0;
  }
  if (kept < minChars || kept < minShare * pageLength || links > MAX_LINK_SHARE * kept) return undefined;
  return { text, title };
}
