/**
 * The content script, injected on demand (scripting.executeScript, under activeTab or a granted
 * origin) into the tab the panel is reading. It answers the panel's messages:
 *   mmt:extract   → the main text (Readability on a clone of the page), title, lang; kept until
 *                   the page changes, so opening the panel again skips Readability
 *   mmt:remember  → keep the panel's tags with that text (given back with the next mmt:extract);
 *                   while the background is tagging it (mmt:extract with `tagging`), a panel's
 *                   ask waits for those tags instead of taking the text to tag it again
 *   mmt:highlight → find an evidence sentence, paint it (CSS Custom Highlight API, or <mark>
 *                   elements whose content stays the page's own text nodes) and scroll to it
 *   mmt:selection → TextQuote/TextPosition selector of the selection (context menu)
 * Page text is only read; nothing from the page is ever parsed as HTML here.
 */
import { Readability } from "@mozilla/readability";
import { browser } from "../platform/browser";
import { type ContentRequest, type ExtractTiming, isContentRequest, type PageText, TAGS_COMING_MS } from "../common/messages";
import type { Selector } from "../../../shared/entry/entry";
import { fastMainText } from "./main-text";
import { collapse, findQuote, findSelector, readDomText, rangeOf, selectionSelector, tidyText } from "./dom-text";

const FLAG = "__mmtContentLoaded";
const HIGHLIGHT = "mmt-evidence";
const now = () => performance.timeOrigin + performance.now();
const injectedAt = now();

function extract(): PageText {
  const timing: ExtractTiming = { injected: injectedAt, start: now(), cloned: 0, parsed: 0, cleaned: 0 };
  let text = "";
  let title = document.title;
  let extractor: PageText["extractor"] = "body";
  try {
    const fast = fastMainText(document);
    timing.marked = timing.cloned = now();
    if (fast) {
      ({ text, title } = fast);
      extractor = fast.source;
    } else {
      const clone = document.cloneNode(true) as Document;
      timing.cloned = now();
      // Only the text is used: no HTML serialisation of the article, no class clean-up.
      const article = new Readability(clone, { charThreshold: 200, serializer: () => "", keepClasses: true }).parse();
      if (article?.textContent && article.textContent.trim().length > 200) {
        text = article.textContent;
        title = article.title || title;
        extractor = "readability";
      }
    }
  } catch {
    // fall through to the body text
  }
  timing.parsed = now();
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between blocks
  if (!text) text = document.body?.innerText ?? document.documentElement.textContent ?? "";
  text = tidyText(text);
  timing.cleaned = now();
  return {
    url: location.href,
    title: collapse(title),
    text,
    lang: document.documentElement.lang || undefined,
    contentType: document.contentType,
    extractor,
    timing,
  };
}

/**
 * The last extraction, while the page is unchanged. Readability on a large page takes hundreds
 * of ms of the page's own thread, and the panel asks again each time it opens or comes back to
 * the tab. A MutationObserver drops the text at the page's first change to its text, structure
 * or visibility attributes, then stops watching until the next extraction (no cost meanwhile).
 * Our own highlights are not changes: their mutation records are taken and dropped (forget()).
 */
let cache: { page: PageText; remembered?: unknown; coming?: Promise<void>; arrived?: () => void } | null = null;
let lastTextId = 0;
const observer = new MutationObserver(() => drop());

function drop(): void {
  cache?.arrived?.();
  cache = null;
  observer.disconnect();
}

function cachedExtract(): PageText {
  if (cache && cache.page.url === location.href) {
    const t = now();
    const timing = { injected: injectedAt, start: t, marked: t, cloned: t, parsed: t, cleaned: t };
    return { ...cache.page, cached: true, remembered: cache.remembered, timing };
  }
  const page = { ...extract(), textId: ++lastTextId };
  cache = { page };
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["hidden", "aria-hidden", "style"] });
  return page;
}

/** After our own DOM writes (highlight style, <mark> wrappers): they do not change the page. */
function forget(): void {
  observer.takeRecords();
}

let marks: HTMLElement[] = [];

function clear(): void {
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  css?.highlights?.delete(HIGHLIGHT);
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
  marks = [];
  forget();
}

function ensureStyle(): void {
  if (document.getElementById("mmt-style")) return;
  const style = document.createElement("style");
  style.id = "mmt-style";
  // Our own constant CSS; no page text.
  style.textContent = `::highlight(${HIGHLIGHT}){background:#ffe066;color:inherit}mark.mmt-evidence{background:#ffe066;color:inherit}`;
  (document.head ?? document.documentElement).appendChild(style);
}

function highlight(quote: string, hint?: number, selector?: Selector): { found: boolean; text?: string } {
  clear();
  const dt = readDomText(document);
  const at = selector ? findSelector(dt, selector) : findQuote(dt, quote, hint);
  if (!at) return { found: false };
  const range = rangeOf(document, dt, at.start, at.end);
  if (!range) return { found: false };
  ensureStyle();
  const g = globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => unknown };
  if (g.CSS?.highlights && g.Highlight) {
    g.CSS.highlights.set(HIGHLIGHT, new g.Highlight(range));
  } else {
    // Fallback: wrap each text node of the range in a <mark> (the page's own nodes move inside).
    for (const seg of dt.segments) {
      if (!range.intersectsNode(seg.node)) continue;
      const node = seg.node;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from) continue;
      const tail = node.splitText(from);
      tail.splitText(to - from);
      const mark = document.createElement("mark");
      mark.className = "mmt-evidence";
      tail.parentNode?.insertBefore(mark, tail);
      mark.appendChild(tail);
      marks.push(mark);
    }
  }
  forget();
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
  return { found: true, text: dt.text.slice(at.start, at.end) };
}

function answer(page: PageText, want: "always" | "unless-remembered" | "none"): PageText {
  if (want === "always" || (want === "unless-remembered" && page.remembered === undefined)) return page;
  return { ...page, text: "", textOmitted: true, textLength: page.text.length };
}

/** The background is tagging the kept text: asks "unless remembered" wait for its tags, until they
 *  arrive, the text is dropped, or TAGS_COMING_MS pass. */
function tagsComing(kept: NonNullable<typeof cache>): void {
  if (kept.coming) return;
  kept.coming = new Promise<void>((resolve) => {
    const timer = setTimeout(done, TAGS_COMING_MS);
    function done(): void {
      clearTimeout(timer);
      kept.coming = undefined;
      kept.arrived = undefined;
      resolve();
    }
    kept.arrived = done;
  });
}

function handle(msg: ContentRequest): unknown {
  switch (msg.type) {
    case "mmt:ping":
      return { ok: true };
    case "mmt:extract": {
      const page = cachedExtract();
      const want = msg.text ?? "always";
      // Tags someone else is already making for this text: this ask waits for them (the
      // background's own ask, which starts the wait, does not wait on itself).
      const held = page.remembered === undefined ? cache?.coming : undefined;
      if (msg.tagging && cache && page.remembered === undefined) tagsComing(cache);
      if (want === "unless-remembered" && held) {
        // If the page changed meanwhile, its new text is read.
        return held.then(() => {
          const kept = cache;
          return answer(kept && kept.page.textId === page.textId ? { ...page, remembered: kept.remembered } : cachedExtract(), want);
        });
      }
      return answer(page, want);
    }
    case "mmt:remember":
      if (cache && cache.page.textId === msg.textId) {
        cache.remembered = msg.value;
        cache.arrived?.();
      }
      return { ok: cache?.remembered === msg.value };
    case "mmt:highlight":
      return highlight(msg.quote, msg.hint, msg.selector);
    case "mmt:clear":
      clear();
      return { ok: true };
    case "mmt:selection": {
      const dt = readDomText(document);
      return {
        url: location.href,
        title: collapse(document.title),
        lang: document.documentElement.lang || undefined,
        selector: selectionSelector(dt, window.getSelection()),
      };
    }
  }
}

const g = globalThis as Record<string, unknown>;
if (!g[FLAG]) {
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isContentRequest(msg)) return undefined;
    return Promise.resolve(handle(msg));
  });
}
