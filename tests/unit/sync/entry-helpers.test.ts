import { describe, expect, it } from "vitest";
import { isEntryIdV7, newEntryId } from "../../../shared/entry/ids";
import { EntryIdSchema } from "../../../shared/entry/entry";
import { canonicalUrl, isTrackingParam, sameDocumentUrl } from "../../../shared/entry/url";

describe("newEntryId", () => {
  it("makes lower-case UUIDv7 ids that the Entry schema accepts", () => {
    const id = newEntryId();
    expect(EntryIdSchema.safeParse(id).success).toBe(true);
    expect(id[14]).toBe("7");
    expect(isEntryIdV7(id)).toBe(true);
  });

  it("makes distinct, time-ordered ids", () => {
    const ids = Array.from({ length: 2000 }, () => newEntryId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("tells a v7 id from other UUIDs", () => {
    expect(isEntryIdV7("0b1d6f3e-8c2a-4c1e-9f00-1234567890ab")).toBe(false);
    expect(isEntryIdV7("not-a-uuid")).toBe(false);
    expect(isEntryIdV7(newEntryId().toUpperCase())).toBe(false);
  });
});

describe("canonicalUrl", () => {
  const cases: [string, string][] = [
    ["HTTPS://Example.GOV.md/Strategy", "https://example.gov.md/Strategy"],
    ["https://example.org/a/b/#section-3", "https://example.org/a/b"],
    ["http://example.org:80/x", "http://example.org/x"],
    ["https://example.org:443/x", "https://example.org/x"],
    ["https://example.org:8443/x/", "https://example.org:8443/x"],
    ["https://example.org", "https://example.org/"],
    ["https://example.org/", "https://example.org/"],
    ["https://example.org/?", "https://example.org/"],
    ["https://example.org/doc?utm_source=tw&utm_Medium=x&fbclid=abc&gclid=1", "https://example.org/doc"],
    ["https://example.org/doc?b=2&utm_campaign=z&a=1", "https://example.org/doc?a=1&b=2"],
    ["https://example.org/doc?id=7&id=3&a=x", "https://example.org/doc?a=x&id=7&id=3"],
    ["https://user:secret@example.org/p", "https://example.org/p"],
    ["  https://example.org/p  ", "https://example.org/p"],
    ["file:///home/me/Law.pdf#page=3", "file:///home/me/Law.pdf"],
    ["not a url", "not a url"],
  ];
  for (const [input, want] of cases) {
    it(`${input.trim()} → ${want}`, () => {
      expect(canonicalUrl(input)).toBe(want);
    });
  }

  it("is idempotent", () => {
    for (const [input] of cases) {
      const once = canonicalUrl(input);
      expect(canonicalUrl(once)).toBe(once);
    }
  });

  it("keeps the path's case and other parameters' values", () => {
    expect(canonicalUrl("https://mlsp.gov.md/Files/Plan%202026.pdf?Lang=RO")).toBe(
      "https://mlsp.gov.md/Files/Plan%202026.pdf?Lang=RO",
    );
  });

  it("recognises the same document under different spellings", () => {
    expect(sameDocumentUrl("https://a.org/x/?utm_source=n#top", "HTTPS://A.ORG:443/x")).toBe(true);
    expect(sameDocumentUrl("https://a.org/x?id=1", "https://a.org/x?id=2")).toBe(false);
  });

  it("knows the tracking parameters", () => {
    expect(isTrackingParam("utm_content")).toBe(true);
    expect(isTrackingParam("FBCLID")).toBe(true);
    expect(isTrackingParam("id")).toBe(false);
    expect(isTrackingParam("utmost")).toBe(false);
  });
});
