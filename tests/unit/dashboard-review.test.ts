import { describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { dispositionName, safeFileName } from "../../tracker/dashboard/src/api";
import { reviewKey, SHORTCUTS } from "../../tracker/dashboard/src/keys";
import { addTag, decide, diffEntries, editedTags, NO_EDITS, safeHttpUrl, sortTags, toggleRemoved } from "../../tracker/dashboard/src/review";

const entry: Entry = {
  id: "01930000-0000-7000-8000-000000000001",
  revision: 3,
  kind: "passage",
  title: "Law on labour migration",
  source: { type: "web", url: "https://example.org/law" },
  country: "MDA",
  tags: [
    { facet: "sector", id: "employment", origin: "auto", score: 0.5 },
    { facet: "theme", id: "remittances", origin: "auto", score: 0.4 },
    { facet: "theme", id: "labour-migration", origin: "auto", score: 0.9 },
  ],
  status: "suggested",
  taxonomyVersion: TAXONOMY_VERSION,
  author: "contrib",
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-02T00:00:00.000Z",
};

describe("review keyboard", () => {
  it("maps the shortcut keys to actions, either case", () => {
    expect(reviewKey({ key: "c" })).toEqual({ type: "confirm" });
    expect(reviewKey({ key: "C" })).toEqual({ type: "confirm" });
    expect(reviewKey({ key: "r" })).toEqual({ type: "reject" });
    expect(reviewKey({ key: "j" })).toEqual({ type: "next" });
    expect(reviewKey({ key: "ArrowRight" })).toEqual({ type: "next" });
    expect(reviewKey({ key: "k" })).toEqual({ type: "prev" });
    expect(reviewKey({ key: "ArrowLeft" })).toEqual({ type: "prev" });
    expect(reviewKey({ key: "a" })).toEqual({ type: "addTag" });
    expect(reviewKey({ key: "d" })).toEqual({ type: "open" });
    expect(reviewKey({ key: "?" })).toEqual({ type: "help" });
    expect(reviewKey({ key: "1" })).toEqual({ type: "toggleTag", index: 0 });
    expect(reviewKey({ key: "9" })).toEqual({ type: "toggleTag", index: 8 });
  });

  it("ignores other keys, modifier chords and typing in a field", () => {
    expect(reviewKey({ key: "0" })).toBeNull();
    expect(reviewKey({ key: "x" })).toBeNull();
    expect(reviewKey({ key: "Enter" })).toBeNull();
    expect(reviewKey({ key: "c", ctrlKey: true })).toBeNull();
    expect(reviewKey({ key: "r", metaKey: true })).toBeNull();
    expect(reviewKey({ key: "c", altKey: true })).toBeNull();
    expect(reviewKey({ key: "c", inField: true })).toBeNull();
  });

  it("lists on screen every key it handles", () => {
    const shown = SHORTCUTS.flatMap((s) => s.keys).filter((k) => k !== "…");
    for (const k of shown) {
      const key = k === "→" ? "ArrowRight" : k === "←" ? "ArrowLeft" : k;
      expect(reviewKey({ key }), k).not.toBeNull();
    }
  });
});

describe("review decisions", () => {
  it("confirm sends the same id and revision, the new status, and drops tracker-set fields", () => {
    const put = decide(entry, "confirmed");
    expect(put.id).toBe(entry.id);
    expect(put.revision).toBe(3);
    expect(put.status).toBe("confirmed");
    expect(put.tags).toEqual(entry.tags);
    expect(put).not.toHaveProperty("updatedAt");
    expect(put).not.toHaveProperty("createdAt");
    expect(put).not.toHaveProperty("author");
    expect(entry.status).toBe("suggested");
  });

  it("applies removed and added tags (added ones are human)", () => {
    let edits = toggleRemoved(NO_EDITS, "theme:remittances");
    edits = addTag(edits, entry, { facet: "theme", id: "diaspora" });
    edits = addTag(edits, entry, { facet: "theme", id: "diaspora" });
    edits = addTag(edits, entry, { facet: "theme", id: "labour-migration" });
    const tags = editedTags(entry, edits);
    expect(tags.map((t) => `${t.facet}:${t.id}`)).toEqual(["sector:employment", "theme:labour-migration", "theme:diaspora"]);
    expect(tags.find((t) => t.id === "diaspora")?.origin).toBe("human");
    expect(decide(entry, "confirmed", edits).tags).toEqual(tags);
    // re-adding a removed tag restores it; toggling an added tag takes it away
    expect(addTag(edits, entry, { facet: "theme", id: "remittances" }).removed).toEqual([]);
    expect(toggleRemoved(edits, "theme:diaspora").added).toEqual([]);
    expect(toggleRemoved(toggleRemoved(NO_EDITS, "x:y"), "x:y")).toEqual(NO_EDITS);
  });

  it("reject keeps the tags as they were", () => {
    const put = decide(entry, "rejected", toggleRemoved(NO_EDITS, "theme:remittances"));
    expect(put.status).toBe("rejected");
    expect(put.tags).toEqual(entry.tags);
  });

  it("orders tags by facet, then score", () => {
    expect(sortTags(entry.tags).map((t) => t.id)).toEqual(["labour-migration", "remittances", "employment"]);
  });

  it("lists the fields that differ between two versions", () => {
    const theirs: Entry = { ...entry, revision: 4, status: "rejected", author: "someone", note: "=cmd" };
    const d = diffEntries(decide(entry, "confirmed"), theirs);
    const fields = d.map((x) => x.field);
    expect(fields).toEqual(["status", "note", "revision"]);
    expect(fields).not.toContain("title");
    expect(d.find((x) => x.field === "status")).toEqual({ field: "status", mine: "confirmed", theirs: "rejected" });
  });
});

describe("links and downloads", () => {
  it("links only http(s) addresses", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it("reads the file name of a content-disposition header and makes it safe", () => {
    expect(dispositionName('attachment; filename="mm-tracker-2026-11-29.csv"')).toBe("mm-tracker-2026-11-29.csv");
    expect(dispositionName("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.jsonl")).toBe("résumé.jsonl");
    expect(dispositionName(null)).toBeNull();
    expect(safeFileName("../../etc/passwd", "x.csv")).toBe("_.._etc_passwd");
    expect(safeFileName("", "x.csv")).toBe("x.csv");
  });
});
