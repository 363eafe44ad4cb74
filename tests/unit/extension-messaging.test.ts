import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { EntrySchema } from "../../shared/entry/entry";
import { buildSelector } from "../../shared/entry/anchor";
import { passageEntry, tagSelection } from "../../extension/src/background/selection";
import { loadSettings, saveSettings, validateTrackerUrl } from "../../extension/src/common/settings";
import { askContent, originPattern } from "../../extension/src/common/api";
import { TAGS_COMING_MS } from "../../extension/src/common/messages";
import { loadPage, looksLikePdfUrl, targetTab } from "../../extension/src/panel/load";
import { openOutbox, saveAndPush, existingFor } from "../../extension/src/common/sync";
import { DEFAULT_SETTINGS } from "../../extension/src/common/settings";
import { FakeBrowser } from "./extension-fake-browser";

const PAGE_TEXT = "Law on labour migration and remittances of migrant workers abroad.";

function htmlTab(fb: FakeBrowser, id = 7) {
  fb.addTab({
    id,
    url: "https://gov.example/law",
    title: "Law",
    scriptable: true,
    content: (m) => {
      if (m.type === "mmt:ping") return { ok: true };
      if (m.type === "mmt:extract") return { url: "https://gov.example/law", title: "Law", text: PAGE_TEXT, contentType: "text/html", extractor: "readability", lang: "en" };
      if (m.type === "mmt:selection") {
        const s = PAGE_TEXT.indexOf("remittances of migrant workers");
        return { url: "https://gov.example/law", title: "Law", selector: buildSelector(PAGE_TEXT, s, s + 30) };
      }
      throw new Error(`unexpected ${m.type}`);
    },
  });
  return fb;
}

const readPdf = async (data: ArrayBuffer) => ({ text: new TextDecoder().decode(data), pageStarts: [0], pages: 1, title: "From PDF" });

describe("panel ↔ content script messaging", () => {
  it("injects the content script once, then talks to it", async () => {
    const fb = htmlTab(new FakeBrowser());
    const first = await askContent<{ text: string }>(fb, 7, { type: "mmt:extract" });
    expect(first.text).toBe(PAGE_TEXT);
    expect(fb.injected.has(7)).toBe(true);
    await askContent(fb, 7, { type: "mmt:extract" });
    // The first ask finds no script and is sent again after the injection; the second goes straight through.
    expect(fb.sentToTab.map((s) => (s.msg as { type: string }).type)).toEqual(["mmt:extract", "mmt:extract", "mmt:extract"]);
  });

  it("injects first, without a failing ask, when the tab has just loaded a new document", async () => {
    const fb = htmlTab(new FakeBrowser());
    const steps: string[] = [];
    const tab = await targetTab(fb, "?tabId=7");
    const p = await loadPage(fb, tab!, { readPdf, newDocument: true });
    expect(p.kind).toBe("html");
    expect(fb.injected.has(7)).toBe(true);
    expect(fb.sentToTab).toHaveLength(1);
    // A wrong guess (the script is there after all) costs an injection, not a failure.
    await askContent(fb, 7, { type: "mmt:extract" }, (s) => steps.push(s), true);
    expect(fb.sentToTab).toHaveLength(2);
    expect(steps).toEqual(["injected"]);
  });

  it("loads an HTML page through the content script", async () => {
    const fb = htmlTab(new FakeBrowser());
    const tab = await targetTab(fb, "?tabId=7");
    const p = await loadPage(fb, tab!, { readPdf });
    expect(p.kind).toBe("html");
    if (p.kind === "html") expect(p.page.title).toBe("Law");
  });

  it("has the background read and tag the page before it asks for the text", async () => {
    const fb = htmlTab(new FakeBrowser());
    const order: string[] = [];
    fb.background = (m) => {
      order.push(`background ${(m as { type: string }).type} (${fb.sentToTab.length} asks of the page so far)`);
      return { ok: true };
    };
    const p = await loadPage(fb, (await targetTab(fb, "?tabId=7"))!, { readPdf });
    expect(p.kind).toBe("html");
    expect(fb.sentToBackground).toEqual([{ type: "mmt:prepare", tabId: 7 }]);
    expect(order).toEqual(["background mmt:prepare (0 asks of the page so far)"]);
    expect(fb.sentToTab.length).toBeGreaterThan(0);
  });

  it("reads the page itself when the background fails or does not answer in time", async () => {
    const failing = htmlTab(new FakeBrowser());
    failing.background = () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    };
    expect((await loadPage(failing, await failing.getTab(7), { readPdf })).kind).toBe("html");

    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const silent = htmlTab(new FakeBrowser());
      silent.background = () => new Promise(() => {});
      let done = false;
      const loading = loadPage(silent, await silent.getTab(7), { readPdf }).then((r) => {
        done = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(TAGS_COMING_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await loading).kind).toBe("html");
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not ask the background for a PDF, nor when told not to", async () => {
    const fb = htmlTab(new FakeBrowser()).addTab({ id: 9, url: "https://docs.example/strategy.pdf", title: "strategy.pdf" });
    await loadPage(fb, await fb.getTab(9), { readPdf });
    await loadPage(fb, await fb.getTab(7), { readPdf, viaBackground: false });
    expect(fb.sentToBackground).toEqual([]);
  });

  it("falls back to the active tab without ?tabId", async () => {
    const fb = htmlTab(new FakeBrowser());
    fb.activeId = 7;
    expect((await targetTab(fb, ""))?.id).toBe(7);
  });

  it("says a tab it may not script is unreadable", async () => {
    const fb = new FakeBrowser().addTab({ id: 3, title: "New tab" });
    const p = await loadPage(fb, await fb.getTab(3), { readPdf });
    expect(p.kind).toBe("unreadable");
  });

  it("asks for the origin of a PDF before fetching it, then reads it with page starts", async () => {
    const fb = new FakeBrowser().addTab({ id: 9, url: "https://docs.example/strategy.pdf", title: "strategy.pdf" });
    fb.files.set("https://docs.example/strategy.pdf", new TextEncoder().encode(PAGE_TEXT).buffer as ArrayBuffer);
    const tab = await fb.getTab(9);
    const before = await loadPage(fb, tab, { readPdf });
    expect(before).toMatchObject({ kind: "needs-permission", origin: "https://docs.example" });
    expect(fb.sentToTab).toHaveLength(0); // a .pdf URL is not scripted
    fb.grantOnRequest.add("https://docs.example");
    expect(await fb.requestOrigin("https://docs.example")).toBe(true);
    const after = await loadPage(fb, tab, { readPdf });
    expect(after.kind).toBe("pdf");
    if (after.kind === "pdf") {
      expect(after.pdf.text).toBe(PAGE_TEXT);
      expect(after.title).toBe("From PDF");
    }
  });

  it("treats a page whose content type is PDF as a PDF (Chrome's viewer on a URL without .pdf)", async () => {
    const fb = new FakeBrowser().addTab({
      id: 4,
      url: "https://docs.example/download?id=3",
      scriptable: true,
      content: () => ({ url: "https://docs.example/download?id=3", title: "", text: "", contentType: "application/pdf", extractor: "body" }),
    });
    fb.origins.add("https://docs.example");
    fb.files.set("https://docs.example/download?id=3", new TextEncoder().encode("pdf text").buffer as ArrayBuffer);
    const p = await loadPage(fb, await fb.getTab(4), { readPdf });
    expect(p.kind).toBe("pdf");
    expect(looksLikePdfUrl("https://a.b/x.PDF?download=1")).toBe(true);
    expect(looksLikePdfUrl("https://a.b/pdf/page")).toBe(false);
  });
});

describe("host permission patterns", () => {
  it("keep the port for Chrome and drop it for Firefox, whose match patterns cannot hold one", () => {
    expect(originPattern("http://127.0.0.1:8787")).toBe("http://127.0.0.1:8787/*");
    expect(originPattern("https://gov.example/", "chrome")).toBe("https://gov.example/*");
    expect(originPattern("http://127.0.0.1:8787", "firefox")).toBe("http://127.0.0.1/*");
    expect(originPattern("https://docs.example:8443/", "firefox")).toBe("https://docs.example/*");
    expect(originPattern("https://gov.example", "firefox")).toBe("https://gov.example/*");
    expect(originPattern("http://[::1]:8787", "firefox")).toBe("http://[::1]/*");
  });
});

describe("settings", () => {
  it("round-trips through extension storage and ignores bad stored values", async () => {
    const fb = new FakeBrowser();
    expect(await loadSettings(fb)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(fb, { trackerUrl: "https://t.example", token: "mmt_x", defaultCountry: "MDA", uiLang: "fr" });
    expect(await loadSettings(fb)).toEqual({ trackerUrl: "https://t.example", token: "mmt_x", defaultCountry: "MDA", uiLang: "fr" });
    fb.storage.uiLang = "de";
    fb.storage.defaultCountry = "moldova";
    expect(await loadSettings(fb)).toMatchObject({ uiLang: "en", defaultCountry: "" });
  });
  it("validates tracker URLs", () => {
    expect(validateTrackerUrl("")).toEqual({ ok: true, url: "" });
    expect(validateTrackerUrl(" https://t.example/ ")).toEqual({ ok: true, url: "https://t.example" });
    expect(validateTrackerUrl("ftp://t.example").ok).toBe(false);
    expect(validateTrackerUrl("https://user:secret@t.example").ok).toBe(false);
    expect(validateTrackerUrl("tracker").ok).toBe(false);
  });
});

describe("tag selection (context menu path)", () => {
  it("builds a valid passage entry with the TextQuote selector", () => {
    const s = PAGE_TEXT.indexOf("remittances");
    const e = passageEntry({ url: "https://gov.example/law", title: "Law", selector: buildSelector(PAGE_TEXT, s, s + 11) }, "01890a5d-ac96-7000-8000-000000000002", new Date("2026-11-29T04:00:00Z"), "MDA");
    expect(e && EntrySchema.safeParse(e).success).toBe(true);
    expect(e?.kind).toBe("passage");
    expect(e?.source.selector).toMatchObject({ exact: "remittances", prefix: PAGE_TEXT.slice(0, s), suffix: PAGE_TEXT.slice(s + 11) });
    expect(passageEntry({ url: "u", title: "t", selector: null }, "x", new Date())).toBeNull();
  });

  it("saves the selection to the outbox locally when no tracker is configured", async () => {
    const fb = htmlTab(new FakeBrowser());
    const box = await openOutbox();
    const r = await tagSelection(7, { api: fb, settings: DEFAULT_SETTINGS, save: (e) => saveAndPush(box, e, DEFAULT_SETTINGS) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.outcome.state).toBe("local");
    expect(r.entry.source.selector?.exact).toBe("remittances of migrant workers");
    expect((await box.get(r.entry.id))?.entry.kind).toBe("passage");
    expect((await box.findByUrl("https://gov.example/law?utm_source=mail")).length).toBeGreaterThan(0);
  });

  it("reports an empty selection and an unreadable tab", async () => {
    const fb = new FakeBrowser().addTab({ id: 1, url: "https://a.example/", scriptable: true, content: (m) => (m.type === "mmt:ping" ? {} : { url: "https://a.example/", title: "", selector: null }) });
    const save = async () => ({ state: "local" as const });
    expect(await tagSelection(1, { api: fb, settings: DEFAULT_SETTINGS, save })).toEqual({ ok: false, reason: "nothing is selected" });
    fb.addTab({ id: 2, url: "chrome://settings" });
    const r = await tagSelection(2, { api: fb, settings: DEFAULT_SETTINGS, save });
    expect(r.ok).toBe(false);
  });

  it("finds a saved document again by URL", async () => {
    const box = await openOutbox();
    await box.save({ id: "01890a5d-ac96-7000-8000-000000000009", revision: 0, kind: "document", title: "D", source: { type: "web", url: "https://d.example/doc#top" }, tags: [], status: "confirmed", taxonomyVersion: "x", updatedAt: "2026-11-29T00:00:00Z" });
    expect((await existingFor(box, "https://d.example/doc"))?.entry.title).toBe("D");
    expect(await existingFor(box, "https://d.example/other")).toBeUndefined();
  });
});
