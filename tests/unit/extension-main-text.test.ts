/**
 * The content script's fast path for big pages that mark their main content
 * (extension/src/content/main-text.ts), against Readability on the same pages
 * (tests/fixtures/marked-pages.ts: furniture inside and outside <main> whose topics would show as
 * extra tags if it leaked). Readability runs on linkedom here, as the fast path does.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { fastMainText, MARKED_MIN_CHARS, markedMainText, markedRegion, proseMainText, proseRegion } from "../../extension/src/content/main-text";
import { tag } from "../../shared/tagger/index";
import { policyHtml } from "../e2e/extension-fixtures";
import { ARTICLE_PROSE, JUNK_MARKERS, LAYOUTS, prose, realisticPage, TITLE } from "../fixtures/marked-pages";

function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function readability(doc: Document): { text: string; title: string } {
  const a = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (!a?.textContent) throw new Error("Readability found no article");
  return { text: a.textContent, title: a.title || doc.title };
}

/** What the panel shows from a text: tag ids per facet, country, document type, year. */
function tagsOf(text: string, title: string) {
  const r = tag(text, { title, maxEvidence: 8 });
  return { tags: r.tags.map((t) => `${t.facet}:${t.id}`).sort(), country: r.country, instrument: r.instrument, year: r.year };
}

describe("markedMainText on pages that mark their main content", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(`${name}: leaves the furniture out and gives Readability's tags`, () => {
      const doc = docOf(realisticPage(layout));
      const fast = markedMainText(doc);
      expect(fast, "fast path taken").toBeDefined();
      if (!fast) return;
      for (const junk of JUNK_MARKERS) expect(fast.text, junk).not.toContain(junk);
      expect(fast.text).toContain("productive use of remittances");
      expect(fast.text).toContain("Remittances received, 2015-2023."); // figure caption
      expect(fast.text).toContain("45,120"); // data table
      expect(fast.text).toContain("Support the reintegration of returning migrants."); // a list of prose, not links
      expect(fast.title).toBe(TITLE);
      expect(fast.text).not.toContain(TITLE); // the heading that repeats the title

      const slow = readability(doc);
      // Readability keeps the related-articles list here (its link density is judged against the
      // whole article); the fast path drops it. Either way the tags are the same.
      expect(tagsOf(fast.text, fast.title)).toEqual(tagsOf(slow.text, slow.title));
    });
  }

  it("would show the furniture's tags if it were kept (the comparison can fail)", () => {
    const doc = docOf(realisticPage(LAYOUTS["main > article"]));
    const fast = markedMainText(doc);
    const all = doc.body.textContent ?? "";
    expect(tagsOf(all, TITLE).tags).not.toEqual(tagsOf(fast?.text ?? "", TITLE).tags);
  });

  it("gives exactly Readability's text on the benchmark's page shape (one <article>, 1 MB of paragraphs)", () => {
    const paras: string[] = [];
    for (let i = 0, n = 0; n < 200_000; i++) {
      const p = `${ARTICLE_PROSE[i % ARTICLE_PROSE.length]} (Article ${i}.)`;
      paras.push(p);
      n += p.length;
    }
    const doc = docOf(policyHtml(paras));
    const fast = markedMainText(doc);
    const slow = readability(doc);
    expect(fast?.text).toBe(slow.text);
    expect(fast?.title).toBe(slow.title);
  });

  it("reads the page in place and changes nothing in it", () => {
    const html = realisticPage(LAYOUTS["main > article"]);
    const doc = docOf(html);
    const before = doc.documentElement.outerHTML;
    expect(markedMainText(doc)).toBeDefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("keeps a long content block whose class also names furniture, and a prose paragraph with a few links", () => {
    const body = `<main><div class="content-with-sidebar">${prose(25_000)}</div>
<p>Under <a href="/law/12">Law No. 12 of 2019</a>, recruitment agencies shall be licensed and the licence shall be withdrawn when an agency charges fees to migrant workers.</p></main>`;
    const fast = markedMainText(docOf(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`));
    expect(fast?.text).toContain("productive use of remittances");
    expect(fast?.text).toContain("Law No. 12 of 2019, recruitment agencies shall be licensed");
  });

  it("judges furniture by whole words of class and id, camelCase too, on pages whose every block has both", () => {
    let n = 0;
    const paras = prose(25_000).replace(/<p>/g, () => `<p class="oj-normal" id="p${n++}">`);
    const body = `<div role="main"><div class="articleShareBar">Share this page on social media: asylum news</div>
<div id="cookieNotice">Cookies help us. Trafficking report.</div><div class="download-header">Download the strategy</div>${paras}</div>`;
    const fast = markedMainText(docOf(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`));
    expect(fast?.text).toContain("productive use of remittances");
    expect(fast?.text).not.toContain("Share this page");
    expect(fast?.text).not.toContain("Cookies help us");
    // "ad" is a furniture word, but only as a whole word: not inside "download" or "header".
    expect(fast?.text).toContain("Download the strategy");
  });
});

describe("markedMainText refuses (Readability decides) when", () => {
  const page = (body: string) => docOf(`<!doctype html><html><head><title>${TITLE}</title></head><body>${body}</body></html>`);

  it("the page marks no main region (div soup)", () => {
    const html = realisticPage({ main: (a) => `<div class="container"><div class="col">${a}</div></div>` });
    expect(markedRegion(docOf(html))).toBeUndefined();
    expect(markedMainText(docOf(html))).toBeUndefined();
  });

  it("there are several articles (an index page) or several main regions", () => {
    const two = `<article>${prose(15_000)}</article><article>${prose(15_000)}</article>`;
    expect(markedMainText(page(two))).toBeUndefined();
    expect(markedMainText(page(`<main>${two}</main>`))).toBeUndefined();
    expect(markedMainText(page(`<main>${prose(15_000)}</main><div role="main">${prose(15_000)}</div>`))).toBeUndefined();
  });

  it("the page is small (Readability is quick there)", () => {
    const doc = docOf(realisticPage(LAYOUTS["main > article"], MARKED_MIN_CHARS / 2));
    expect(markedRegion(doc)).toBeDefined();
    expect(markedMainText(doc)).toBeUndefined();
    expect(markedMainText(doc, { minChars: 1000 })).toBeDefined();
  });

  it("the main region holds less than half of the page's text", () => {
    expect(markedMainText(page(`<main>${prose(25_000)}</main><div class="more">${prose(40_000)}</div>`))).toBeUndefined();
  });

  it("the main region is mostly links, or mostly furniture", () => {
    const linky = Array.from({ length: 600 }, (_, i) => `<a href="/r/${i}">Regulation on labour migration number ${i}</a> `).join("");
    expect(markedMainText(page(`<main>${linky}<p>${prose(5_000)}</p></main>`))).toBeUndefined();
    expect(markedMainText(page(`<main><div class="comments">${prose(25_000)}</div><p>Short text.</p></main>`))).toBeUndefined();
  });
});

describe("proseMainText on pages that mark no main region", () => {
  const page = (body: string) => docOf(`<!doctype html><html><head><title>${TITLE}</title></head><body>${body}</body></html>`);
  const SOUP = (a: string) => `<div class="container"><div class="col">${a}</div></div>`;

  it("finds the element the prose is in, leaves the furniture out and gives Readability's tags", () => {
    const doc = docOf(realisticPage({ main: SOUP }));
    expect(markedRegion(doc)).toBeUndefined();
    expect(proseRegion(doc)?.region.className).toBe("col");
    const fast = fastMainText(doc);
    expect(fast?.source).toBe("prose");
    if (!fast) return;
    for (const junk of JUNK_MARKERS) expect(fast.text, junk).not.toContain(junk);
    expect(fast.text).toContain("Remittances received, 2015-2023.");
    expect(fast.text).toContain("Support the reintegration of returning migrants.");
    expect(fast.title).toBe(TITLE);
    const slow = readability(doc);
    expect(tagsOf(fast.text, fast.title)).toEqual(tagsOf(slow.text, slow.title));
  });

  it("takes the body when the paragraphs are its own children (the benchmark's page without <article>), without the site's menu", () => {
    const paras: string[] = [];
    for (let i = 0, n = 0; n < 200_000; i++) {
      const p = `${ARTICLE_PROSE[i % ARTICLE_PROSE.length]} (Article ${i}.)`;
      paras.push(p);
      n += p.length;
    }
    const doc = docOf(policyHtml(paras).replace(/<\/?article>/g, ""));
    expect(proseRegion(doc)?.region.tagName).toBe("BODY");
    const fast = proseMainText(doc);
    const slow = readability(doc);
    expect(fast?.text).toContain(paras[paras.length - 1]);
    // Readability keeps the <nav> line here (its article is the whole body); the site's menu is furniture.
    expect(slow.text).toContain("Weather and football results");
    expect(fast?.text).not.toContain("Weather and football results");
    expect(fast?.text).not.toContain("Cookie settings");
    expect(tagsOf(fast?.text ?? "", fast?.title ?? "")).toEqual(tagsOf(slow.text, slow.title));
  });

  it("takes the heading above the region as the title, and drops a site header that holds no prose", () => {
    const doc = page(`<header class="site"><a href="/">Ministry of Labour</a> Emergency asylum hotline</header>
<h1>${TITLE}</h1><div id="body-text">${prose(25_000)}</div><div class="sidebar">${prose(1_000)}</div>`);
    const fast = proseMainText(doc);
    expect(fast?.title).toBe(TITLE);
    expect(fast?.text).toContain("productive use of remittances");
    expect(fast?.text).not.toContain("asylum hotline");
    expect(proseRegion(doc)?.region.id).toBe("body-text");
  });

  it("leaves pages that mark a region to markedMainText", () => {
    const doc = docOf(realisticPage(LAYOUTS["main > article"]));
    expect(proseRegion(doc)).toBeUndefined();
    expect(fastMainText(doc)?.source).toBe("marked");
  });

  it("refuses (Readability decides) when the prose is split, scarce, small or mostly furniture", () => {
    // Two columns of prose: which one is the document is not clear.
    expect(proseMainText(page(`<div class="a">${prose(15_000)}</div><div class="b">${prose(12_000)}</div>`))).toBeUndefined();
    // Text in bare divs and line breaks, no paragraphs: nothing to go by.
    const lines = Array.from({ length: 300 }, (_, i) => `${ARTICLE_PROSE[i % ARTICLE_PROSE.length]}<br>`).join("");
    expect(proseMainText(page(`<div>${lines}</div>`))).toBeUndefined();
    // A small page: Readability is quick there.
    expect(proseMainText(page(`<div>${prose(MARKED_MIN_CHARS / 2)}</div>`))).toBeUndefined();
    // The prose is all in a comments block.
    expect(proseMainText(page(`<div id="comments">${prose(25_000)}</div>`))).toBeUndefined();
    // The region holds less than half of the page's text.
    expect(proseMainText(page(`<div>${prose(25_000)}</div><table><tr><td>${"Figures by region and year. ".repeat(1_200)}</td></tr></table>`))).toBeUndefined();
  });
});
