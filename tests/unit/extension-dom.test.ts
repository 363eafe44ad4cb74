import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSelector } from "../../shared/entry/anchor";
import { collapse, findQuote, findSelector, locate, offsetOf, readDomText, tidyText } from "../../extension/src/content/dom-text";

const HTML = `<!doctype html><html><body>
<nav>Home | News | Contact</nav>
<script>var x = "labour migration";</script>
<article><h1>Law   on <b>labour</b> migration</h1>
<p>The State  regulates the recruitment
 of migrant workers abroad.</p>
<p>Remittances are <i>encouraged</i>.</p></article>
<footer>© Ministry</footer></body></html>`;

function doc() {
  return parseHTML(HTML).document as unknown as Document;
}

describe("page text map", () => {
  it("collapses whitespace across nodes and skips scripts", () => {
    const dt = readDomText(doc());
    expect(dt.text).toContain("Law on labour migration");
    expect(dt.text).toContain("The State regulates the recruitment of migrant workers abroad.");
    expect(dt.text).not.toContain("var x");
    expect(dt.text).not.toMatch(/\s{2}/);
  });

  it("maps collapsed offsets back to text nodes and raw offsets", () => {
    const d = doc();
    const dt = readDomText(d);
    const at = dt.text.indexOf("recruitment");
    const loc = locate(dt, at);
    expect(loc?.node.data.slice(loc.offset, loc.offset + 11)).toBe("recruitment");
    // "of" follows a raw newline + space that collapsed to one space.
    const of = dt.text.indexOf("of migrant");
    const l2 = locate(dt, of);
    expect(l2?.node.data.slice(l2.offset, l2.offset + 2)).toBe("of");
    expect(offsetOf(dt, l2!.node, l2!.offset)).toBe(of);
  });

  it("finds an evidence sentence from Readability text, even with different spacing", () => {
    const dt = readDomText(doc());
    const q = "The State regulates the recruitment\n\nof migrant workers abroad.";
    const f = findQuote(dt, q, 0.5);
    expect(f && dt.text.slice(f.start, f.end)).toBe(collapse(q));
    expect(findQuote(dt, "Nothing like this is on the page at all, not even close.")).toBeNull();
  });

  it("re-anchors a saved passage after the page changed above it, or calls it an orphan", () => {
    const dt = readDomText(doc());
    const s = dt.text.indexOf("recruitment of migrant");
    const sel = buildSelector(dt.text, s, s + 22);
    expect(findSelector(dt, sel)).toEqual({ start: s, end: s + 22 });
    const changed = parseHTML(HTML.replace("<article>", "<article><p>A new preamble was added in 2024 to this page.</p>")).document as unknown as Document;
    const dt2 = readDomText(changed);
    const at = findSelector(dt2, sel);
    expect(at && dt2.text.slice(at.start, at.end)).toBe("recruitment of migrant");
    const gone = parseHTML("<html><body><p>Fisheries and forests only.</p></body></html>").document as unknown as Document;
    expect(findSelector(readDomText(gone), sel)).toBeNull();
  });

  it("tidies extracted text: one space for space runs, one blank line between blocks", () => {
    const raw = "\n   Title\u00a0of the\tlaw  \n \n\r\n  Article 1.\t\tMigrant workers \u00a0abroad.\n\n\n  Article 2. Single spaces stay.  ";
    expect(tidyText(raw)).toBe("Title of the law \n\nArticle 1. Migrant workers abroad.\n\nArticle 2. Single spaces stay.");
    // A lone line break inside a block is kept; only blank-line runs are squeezed.
    expect(tidyText("one\n two \t\n\nthree")).toBe("one\n two \n\nthree");
  });
});
