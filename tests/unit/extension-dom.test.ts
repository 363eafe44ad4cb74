import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { collapse, findQuote, locate, offsetOf, readDomText } from "../../extension/src/content/dom-text";

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
});
