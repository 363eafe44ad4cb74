import { describe, expect, it } from "vitest";
import { assemblePdfText, pageAt } from "../../../shared/extract/pdf-text";

describe("assemblePdfText", () => {
  it("concatenates items, breaks lines at hasEOL and separates pages", () => {
    const r = assemblePdfText([
      { items: [{ str: "Labour " }, { str: "migra" }, { str: "tion law", hasEOL: true }, { str: "Article 1" }] },
      { items: [{ str: "Remittances", hasEOL: true }] },
    ]);
    expect(r.text).toBe("Labour migration law\nArticle 1\n\nRemittances");
    expect(r.pageStarts).toEqual([0, r.text.indexOf("Remittances")]);
  });

  it("re-joins words hyphenated at a line end but keeps real hyphens", () => {
    const r = assemblePdfText([
      { items: [{ str: "migra-", hasEOL: true }, { str: "tion and self-", hasEOL: true }, { str: "Employed" }] },
    ]);
    expect(r.text).toBe("migration and self-\nEmployed");
  });

  it("keeps offsets right after de-hyphenation across pages", () => {
    const r = assemblePdfText([
      { items: [{ str: "work-", hasEOL: true }, { str: "ers abroad" }] },
      { items: [{ str: "diaspora bonds" }] },
    ]);
    const at = r.text.indexOf("diaspora");
    expect(pageAt(at, r.pageStarts)).toBe(2);
    expect(r.text.slice(r.pageStarts[1], r.pageStarts[1] + 8)).toBe("diaspora");
    expect(pageAt(r.text.indexOf("workers"), r.pageStarts)).toBe(1);
  });

  it("handles empty pages and no pages", () => {
    const r = assemblePdfText([{ items: [] }, { items: [{ str: "x" }] }, { items: [] }]);
    expect(r.pageStarts).toHaveLength(3);
    expect(pageAt(r.text.indexOf("x"), r.pageStarts)).toBe(2);
    expect(assemblePdfText([])).toEqual({ text: "", pageStarts: [] });
    expect(pageAt(5, [])).toBe(1);
  });
});

describe("pageAt", () => {
  it("finds the page of an offset by binary search", () => {
    const starts = [0, 10, 25, 40];
    expect(pageAt(0, starts)).toBe(1);
    expect(pageAt(9, starts)).toBe(1);
    expect(pageAt(10, starts)).toBe(2);
    expect(pageAt(39, starts)).toBe(3);
    expect(pageAt(1000, starts)).toBe(4);
  });
});
