import { describe, expect, it } from "vitest";
import { anchor, buildSelector, findApprox, levenshtein } from "../../shared/entry/anchor";

const DOC =
  "Chapter 1. General provisions. The State supports labour migration and the return of migrant workers. " +
  "Chapter 2. Remittances. The Government shall lower the cost of remittances sent by migrant workers abroad. " +
  "Chapter 3. Diaspora. Diaspora organisations are partners of the State in development.";

describe("buildSelector", () => {
  it("keeps the exact quote, 32 chars of context and the position", () => {
    const start = DOC.indexOf("lower the cost");
    const end = start + "lower the cost of remittances".length;
    const sel = buildSelector(DOC, start, end);
    expect(sel.exact).toBe("lower the cost of remittances");
    expect(sel.prefix).toBe(DOC.slice(start - 32, start));
    expect(sel.suffix).toBe(DOC.slice(end, end + 32));
    expect(sel.start).toBe(start);
    expect(sel.end).toBe(end);
  });
  it("omits empty context at the edges and refuses empty selections", () => {
    const sel = buildSelector("abc def", 0, 3);
    expect(sel.prefix).toBeUndefined();
    expect(sel.suffix).toBe(" def");
    expect(() => buildSelector("abc", 2, 2)).toThrow(RangeError);
    expect(() => buildSelector("abc", 1, 9)).toThrow(RangeError);
  });
});

describe("anchor", () => {
  it("uses the position when the quote is still there", () => {
    const s = DOC.indexOf("Diaspora organisations");
    const sel = buildSelector(DOC, s, s + 22);
    expect(anchor(DOC, sel)).toMatchObject({ start: s, end: s + 22, method: "position", score: 1 });
  });

  it("finds the quote again after text was inserted before it", () => {
    const s = DOC.indexOf("lower the cost");
    const sel = buildSelector(DOC, s, s + 29);
    const edited = `Preamble added in the 2024 amendment. ${DOC}`;
    const a = anchor(edited, sel);
    expect(a?.method).toBe("quote");
    expect(edited.slice(a?.start, a?.end)).toBe("lower the cost of remittances");
  });

  it("chooses between repeated quotes by prefix and suffix", () => {
    const text = "Article 4. migrant workers abroad are protected. Article 9. migrant workers abroad may vote.";
    const second = text.lastIndexOf("migrant workers abroad");
    const sel = buildSelector(text, second, second + 22);
    const moved = `Intro. ${text}`;
    const a = anchor(moved, { ...sel, start: 0, end: 22 });
    expect(a?.start).toBe(moved.lastIndexOf("migrant workers abroad"));
  });

  it("uses nearness to the old position when context cannot decide", () => {
    const text = "x remittances y. ".repeat(10);
    const at = text.indexOf("remittances", 100);
    const a = anchor(text, { exact: "remittances" }, { hint: at + 1 });
    expect(a?.start).toBe(at);
  });

  it("tolerates small edits of the quote itself", () => {
    const s = DOC.indexOf("The Government shall lower");
    const sel = buildSelector(DOC, s, s + 60);
    const edited = DOC.replace("The Government shall lower", "The Government will lower");
    const a = anchor(edited, sel);
    expect(a).not.toBeNull();
    expect(a?.errors).toBeGreaterThan(0);
    expect(a?.start).toBe(edited.indexOf("The Government will lower"));
    expect(edited.slice(a?.start, a?.end).endsWith(DOC.slice(s + 26, s + 60))).toBe(true);
  });

  it("returns null (orphan) when the passage is gone", () => {
    const s = DOC.indexOf("Diaspora organisations");
    const sel = buildSelector(DOC, s, s + 60);
    expect(anchor("A completely different text about fisheries and forests.", sel)).toBeNull();
  });

  it("does not keep a stale position whose text changed", () => {
    const sel = { exact: "return", start: 0, end: 6 };
    const a = anchor("The return of migrants.", sel);
    expect(a).toMatchObject({ start: 4, end: 10, method: "quote" });
  });

  it("anchors in a 1 MB text", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(18_000);
    const text = `${filler}The reintegration of returnees is funded by the State budget. ${filler}`;
    const quote = "reintegration of returnees is funded";
    const a = anchor(text, { exact: "reintegration of returnees is fundde" });
    expect(a?.start).toBe(text.indexOf(quote));
  });
});

describe("helpers", () => {
  it("levenshtein", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("same", "same")).toBe(0);
  });
  it("findApprox reports exact matches with 0 errors and near ones with their edits", () => {
    expect(findApprox("a migrant b migrant", "migrant", 1)).toEqual([
      { start: 2, end: 9, errors: 0 },
      { start: 12, end: 19, errors: 0 },
    ]);
    const near = findApprox("the migrnat workers returned", "migrant workers", 2);
    expect(near).toEqual([{ start: 4, end: 19, errors: 2 }]);
    // Quotes under 8 characters are only found exactly (their pieces would seed everywhere).
    expect(findApprox("the migrnat returned", "migrant", 2)).toEqual([]);
  });
});
