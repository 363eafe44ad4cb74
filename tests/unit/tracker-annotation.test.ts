import { describe, expect, it } from "vitest";
import { annotationToEntry, entryToAnnotation } from "../../shared/entry/annotation";
import type { Entry } from "../../shared/entry/entry";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";

const passage: Entry = {
  id: "0190f3c2-7a1b-7c3d-8e4f-123456789abc",
  revision: 2,
  kind: "passage",
  title: "Remittances passage",
  source: {
    type: "web",
    url: "https://mol.tj/strategy",
    selector: { exact: "remittances of migrant workers", prefix: "the ", suffix: " abroad", start: 120, end: 150 },
  },
  tags: [
    { facet: "theme", id: "remittances", origin: "auto", score: 0.9 },
    { facet: "gcm", id: "gcm-20", origin: "human" },
  ],
  status: "confirmed",
  note: "Key passage",
  taxonomyVersion: TAXONOMY_VERSION,
  author: "rita",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-02T10:00:00.000Z",
};

describe("shared/entry/annotation", () => {
  it("maps a passage to a classifying Web Annotation with quote and position selectors", () => {
    const a = entryToAnnotation(passage);
    expect(a["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(a.id).toBe(`urn:uuid:${passage.id}`);
    expect(a.type).toBe("Annotation");
    expect(a.motivation).toBe("classifying");
    expect(a.created).toBe(passage.createdAt);
    expect(a.modified).toBe(passage.updatedAt);
    expect(a.creator).toBe("rita");
    expect(a.target).toEqual({
      source: "https://mol.tj/strategy",
      selector: [
        { type: "TextQuoteSelector", exact: "remittances of migrant workers", prefix: "the ", suffix: " abroad" },
        { type: "TextPositionSelector", start: 120, end: 150 },
      ],
    });
    expect(a.body[0]).toMatchObject({ id: "urn:mmt:category:theme:remittances", type: "TextualBody", purpose: "classifying", value: "Remittances" });
    expect(a.body[1]?.value).toMatch(/^GCM 20:/);
    expect(a.body[2]).toMatchObject({ purpose: "commenting", value: "Key passage" });
  });

  it("maps back to a valid passage entry with the same id, selector and tags", () => {
    const r = annotationToEntry(entryToAnnotation(passage));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry.id).toBe(passage.id);
    expect(r.entry.kind).toBe("passage");
    expect(r.entry.source).toEqual(passage.source);
    expect(r.entry.tags.map((t) => `${t.facet}:${t.id}`)).toEqual(["theme:remittances", "gcm:gcm-20"]);
    expect(r.entry.note).toBe("Key passage");
  });

  it("a file source round-trips through urn:sha256; a bad annotation is reported, not thrown", () => {
    const sha = "b".repeat(64);
    const e: Entry = { ...passage, source: { type: "file", sha256: sha, selector: { exact: "x" } } };
    const a = entryToAnnotation(e);
    expect(a.target.source).toBe(`urn:sha256:${sha}`);
    expect(a.target.selector).toEqual([{ type: "TextQuoteSelector", exact: "x" }]);
    const back = annotationToEntry(a);
    expect(back.ok && back.entry.source).toEqual({ type: "file", sha256: sha, selector: { exact: "x" } });
    const bad = annotationToEntry({ ...a, id: "http://example.org/anno/1" });
    expect(bad.ok).toBe(false);
  });
});
