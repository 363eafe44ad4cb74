/**
 * The extension in real Chromium (Debian's /usr/bin/chromium via playwright-core, new headless,
 * --load-extension): a local policy page and a local PDF on 127.0.0.1, a real tracker
 * (`mmt serve`) started here. Opens the side panel page for a tab (sidepanel.html?tabId=N: a
 * test cannot open the real side panel, which needs a user gesture), checks the tags, clicks an
 * evidence sentence, saves, and finds the entry in the tracker; tags a selection through the
 * function the context menu calls. Screenshots: tests/artifacts/extension-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { newToken, TrackerProcess, trackerAvailable } from "../integration/sync-harness";
import { LAYOUTS, realisticPage, TITLE } from "../fixtures/marked-pages";
import { buildTestExtension, CHROMIUM, CHROMIUM_ARGS, POLICY_TITLE, type StaticServer, serveFiles, servePolicySite } from "./extension-fixtures";
import { expectReviewedPolicy } from "./extension-checks";

const repo = resolve(import.meta.dirname, "..", "..");

/** What the test calls inside the extension's service worker (Chrome's own API there). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { set(items: object): Promise<void> } };
};
const artifacts = join(repo, "tests", "artifacts");

describe.skipIf(!existsSync(CHROMIUM) || !trackerAvailable)("extension in Chromium with a real tracker", () => {
  let tmp: string;
  let ext: string;
  let site: StaticServer;
  /** More sites, closed after the browser (a server closes only once its keep-alive sockets do). */
  const moreSites: StaticServer[] = [];
  let tracker: TrackerProcess;
  let ctx: BrowserContext;
  let extId: string;
  const token = newToken();

  const worker = async (): Promise<Worker> => {
    const [sw] = ctx.serviceWorkers();
    return sw ?? ctx.waitForEvent("serviceworker", { timeout: 20_000 });
  };

  const tabIdOf = async (url: string): Promise<number> => {
    const sw = await worker();
    const id = await sw.evaluate(async (u) => {
      // The newest tab with that URL: a tab a failed test left open must not stand in for it.
      const tabs = await chrome.tabs.query({});
      return tabs.filter((t) => t.url === u).pop()?.id ?? -1;
    }, url);
    expect(id).toBeGreaterThan(0);
    return id;
  };

  /** The tags a panel shows, once it shows any. */
  const tagsOf = async (p: Page) => {
    await p.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    return p.$$eval('[data-testid="tag"]', (els) => els.map((e) => e.getAttribute("data-tag")));
  };
  /** Whether a panel's text came from the content script's cache and its tags from mmt:remember. */
  const flags = (p: Page) => p.evaluate(() => ({ cached: document.documentElement.dataset.textCached, recalled: document.documentElement.dataset.tagsRecalled }));

  const openPanel = async (tabId: number): Promise<Page> => {
    const panel = await ctx.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  };

  const trackerGet = async (path: string) => {
    const res = await fetch(`${tracker.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "mmt-ext-e2e-"));
    mkdirSync(artifacts, { recursive: true });
    ext = join(tmp, "ext");
    buildTestExtension("chrome", ext);
    site = await servePolicySite();
    tracker = await TrackerProcess.start({ db: join(tmp, "tracker.sqlite"), adminToken: token });
    ctx = await chromium.launchPersistentContext(join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    extId = new URL((await worker()).url()).host;
    const sw = await worker();
    await sw.evaluate(async (s) => chrome.storage.local.set(s), { trackerUrl: tracker.url, token, defaultCountry: "", uiLang: "en" });
  }, 90_000);

  afterAll(async () => {
    await ctx?.close();
    await tracker?.stop();
    await site?.close();
    for (const s of moreSites) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("tags a policy page, highlights evidence, saves to the tracker", async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/policy.html`);
    const tabId = await tabIdOf(`${site.url}/policy.html`);
    const panel = await openPanel(tabId);

    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    const tags = await panel.$$eval('[data-testid="tag"]', (els) => els.map((e) => e.getAttribute("data-tag")));
    expect(tags).toContain("theme:labour-migration");
    expect(tags).toContain("theme:remittances");
    expect(await panel.inputValue('[data-testid="title"]')).toBe(POLICY_TITLE);
    // Menus and footers are not the text: Readability kept the article.
    expect(tags).not.toContain("sector:agriculture-rural");

    // Open the evidence of "Remittances" and click its first sentence.
    await panel.click('[data-tag="theme:remittances"] button.link');
    const sentence = await panel.textContent('[data-tag="theme:remittances"] [data-testid="evidence"]');
    expect(sentence).toMatch(/remittances/i);
    await panel.click('[data-tag="theme:remittances"] [data-testid="evidence"]');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("mmt-evidence"), null, { timeout: 10_000 });
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("mmt-evidence");
      const r = h ? [...h][0] : undefined;
      const rect = r?.getBoundingClientRect();
      return { text: r?.toString() ?? "", top: rect?.top ?? -1, vh: innerHeight, scrolled: scrollY };
    });
    expect(highlighted.text.replace(/\s+/g, " ")).toBe((sentence ?? "").replace(/\s+/g, " ").trim());
    expect(highlighted.scrolled).toBeGreaterThan(0);
    expect(highlighted.top).toBeGreaterThanOrEqual(0);
    expect(highlighted.top).toBeLessThan(highlighted.vh);
    // Page text never became markup anywhere.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(artifacts, "extension-page-highlight.png") });

    // Review: accept labour migration, add a tag through the picker, write a note.
    await panel.click('[data-tag="theme:labour-migration"] [data-testid="accept"]');
    await panel.fill('[data-testid="picker"]', "capacity");
    await panel.click('[data-testid="pick"]');
    expect(await panel.getAttribute('[data-tag="stage:capacity-building"]', "data-decision")).toBe("accepted");
    await panel.fill('[data-testid="note"]', "Checked against the official gazette.");
    await panel.selectOption('[data-testid="country"]', "MDA");
    await panel.screenshot({ path: join(artifacts, "extension-panel.png"), fullPage: true });

    await panel.click('[data-testid="save"]');
    await panel.waitForSelector('[data-testid="sync-state"][data-state="synced"]', { timeout: 20_000 });
    await panel.waitForSelector('[data-testid="in-tracker"]');
    await panel.screenshot({ path: join(artifacts, "extension-panel-saved.png"), fullPage: true });

    const found = (await trackerGet(`/api/v1/entries?url=${encodeURIComponent(`${site.url}/policy.html`)}`)) as { entries: Entry[] };
    expectReviewedPolicy(found, "Checked against the official gazette.");

    // Reopening the panel shows the page as already in the tracker, with the saved review.
    const again = await openPanel(tabId);
    await again.waitForSelector('[data-testid="in-tracker"]', { timeout: 20_000 });
    expect(await again.inputValue('[data-testid="note"]')).toBe("Checked against the official gazette.");
    await again.close();
    await panel.close();
    await page.close();
  }, 90_000);

  it("saves again as an update, and resolves a conflict with the tracker", async () => {
    const url = `${site.url}/policy.html`;
    const page = await ctx.newPage();
    await page.goto(url);
    const panel = await openPanel(await tabIdOf(url));
    await panel.waitForSelector('[data-testid="in-tracker"]', { timeout: 20_000 });
    // A second save of the same page updates the same entry.
    await panel.fill('[data-testid="note"]', "Second look: in force.");
    await panel.click('[data-testid="save"]');
    await panel.waitForSelector('[data-testid="sync-state"][data-state="synced"]', { timeout: 20_000 });
    const list = (await trackerGet(`/api/v1/entries?url=${encodeURIComponent(url)}&kind=document`)) as { entries: Entry[] };
    expect(list.entries).toHaveLength(1);
    const mine = list.entries[0];
    expect(mine.note).toBe("Second look: in force.");
    expect(mine.revision).toBe(2);

    // Someone else edits it in the tracker meanwhile.
    const res = await fetch(`${tracker.url}/api/v1/entries`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ entries: [{ ...mine, note: "Edited by a colleague." }] }),
    });
    expect(((await res.json()) as { results: { result: string }[] }).results[0].result).toBe("updated");

    await panel.fill('[data-testid="note"]', "My edit.");
    await panel.click('[data-testid="save"]');
    await panel.waitForSelector('[data-testid="sync-state"][data-state="conflict"]', { timeout: 20_000 });
    await panel.screenshot({ path: join(artifacts, "extension-panel-conflict.png"), fullPage: true });
    await panel.click('[data-testid="keep-mine"]');
    await panel.waitForSelector('[data-testid="sync-state"][data-state="synced"]', { timeout: 20_000 });
    const after = (await trackerGet(`/api/v1/entries/${mine.id}`)) as Entry;
    expect(after.note).toBe("My edit.");
    expect(after.revision).toBe(4);
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);

  it("opens again from the page's kept text and tags, and reads the page again once it changed", async () => {
    const url = `${site.url}/policy.html?reopen=1`;
    const page = await ctx.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);

    // No click: the panel asks the background to read and tag the page (mmt:prepare), and shows
    // the tags it left with the text.
    const first = await openPanel(tabId);
    const tags = await tagsOf(first);
    expect(await flags(first)).toEqual({ cached: "true", recalled: "true" });
    await first.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    await first.close();

    // Unchanged page: the text is not read again, the tags come back as they were, then the
    // worker tags the text again and finds the same.
    const second = await openPanel(tabId);
    expect(await tagsOf(second)).toEqual(tags);
    expect(await flags(second)).toEqual({ cached: "true", recalled: "true" });
    await second.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    // Our own highlight is not a change of the page.
    await second.click('[data-tag="theme:remittances"] button.link');
    await second.click('[data-tag="theme:remittances"] [data-testid="evidence"]');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("mmt-evidence"), null, { timeout: 10_000 });
    await second.close();
    const third = await openPanel(tabId);
    expect(await tagsOf(third)).toEqual(tags);
    expect(await flags(third)).toEqual({ cached: "true", recalled: "true" });
    await third.close();

    // The page changes: the background reads and tags it again, and the new paragraph's tag appears.
    expect(tags).not.toContain("theme:trafficking-smuggling");
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "The State shall prevent trafficking in human beings and the smuggling of migrants, and shall protect and assist the victims of trafficking.";
      document.querySelector("article")?.append(p);
    });
    const fourth = await openPanel(tabId);
    expect(await tagsOf(fourth)).toContain("theme:trafficking-smuggling");
    await fourth.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    await fourth.close();
    await page.close();
  }, 60_000);

  it("tags the page in the background on a click, and follows the panel's tab to its next page", async () => {
    const url = `${site.url}/policy.html?click=1`;
    const page = await ctx.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);

    // What the button's click does besides opening the panel: the background reads and tags the
    // page. The panel opened right after it shows the background's tags (it does not tag the
    // text itself first), and its own worker, re-checking them, finds the same.
    const sw = await worker();
    await sw.evaluate((id) => {
      void (globalThis as unknown as { __mmtTest: { prepareTab(id: number): Promise<unknown> } }).__mmtTest.prepareTab(id);
    }, tabId);
    const panel = await openPanel(tabId);
    const tags = await tagsOf(panel);
    expect(tags).toContain("theme:remittances");
    expect(await flags(panel)).toEqual({ cached: "true", recalled: "true" });
    await panel.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });

    // The tab goes on to another page: the open panel follows it, and has the background read
    // and tag that page as well.
    const next = `${site.url}/policy.html?click=2`;
    await page.goto(next);
    await panel.waitForSelector('html[data-view="2"][data-tags-shown-ms]', { timeout: 20_000 });
    expect(await tagsOf(panel)).toEqual(tags);
    expect(await flags(panel)).toEqual({ cached: "true", recalled: "true" });
    await panel.waitForSelector('html[data-view="2"][data-tags-rechecked="same"]', { timeout: 20_000 });
    expect(await panel.inputValue('[data-testid="title"]')).toBeTruthy();
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);

  it("reads a PDF tab with pdf.js and shows page numbers", async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/strategy.pdf`).catch(() => {}); // the viewer may abort the navigation event
    const tabId = await tabIdOf(`${site.url}/strategy.pdf`);
    const panel = await openPanel(tabId);
    await panel.waitForSelector('[data-testid="tag"]', { timeout: 30_000 });
    const tags = await panel.$$eval('[data-testid="tag"]', (els) => els.map((e) => e.getAttribute("data-tag")));
    expect(tags).toContain("theme:labour-migration");
    expect(await panel.inputValue('[data-testid="title"]')).toBe("National Strategy on Migration 2024-2030");
    expect(await panel.textContent("header")).toContain("PDF · 2 pages");
    await panel.click('[data-tag="theme:labour-migration"] button.link');
    const ev = await panel.$$eval('[data-tag="theme:labour-migration"] [data-testid="evidence"]', (els) => els.map((e) => e.textContent ?? ""));
    expect(ev.some((t) => t.startsWith("p. 2"))).toBe(true);
    await panel.screenshot({ path: join(artifacts, "extension-panel-pdf.png"), fullPage: true });
    await panel.close();
    await page.close();
  }, 90_000);

  it("options: test connection, a wrong token, and the panel in French", async () => {
    const opts = await ctx.newPage();
    await opts.goto(`chrome-extension://${extId}/options.html`);
    await opts.waitForFunction(() => (document.querySelector('[data-testid="tracker-url"]') as HTMLInputElement | null)?.value !== "");
    expect(await opts.inputValue('[data-testid="tracker-url"]')).toBe(tracker.url);
    await opts.click('[data-testid="test-connection"]');
    await opts.waitForSelector('[data-testid="options-status"]:has-text("the token works")', { timeout: 15_000 });

    await opts.fill('[data-testid="token"]', "mmt_wrong_token");
    await opts.click('[data-testid="test-connection"]');
    await opts.waitForSelector('[data-testid="options-status"].warn', { timeout: 15_000 });
    expect(await opts.textContent('[data-testid="options-status"]')).not.toContain("mmt_wrong_token");

    await opts.fill('[data-testid="token"]', token);
    await opts.screenshot({ path: join(artifacts, "extension-options.png") });
    // The page speaks the language chosen in it, at once.
    await opts.selectOption('[data-testid="ui-lang"]', "fr");
    expect(await opts.textContent('[data-testid="test-connection"]')).toBe("Tester la connexion");
    await opts.click('[data-testid="save-options"]');
    await opts.waitForSelector('[data-testid="options-status"]:has-text("Enregistré.")');
    await opts.screenshot({ path: join(artifacts, "extension-options-fr.png") });

    const page = await ctx.newPage();
    await page.goto(`${site.url}/policy.html`);
    const panel = await openPanel(await tabIdOf(`${site.url}/policy.html`));
    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    expect(await panel.textContent('[data-tag="theme:remittances"]')).toContain("Envois de fonds");
    expect(await panel.textContent('[data-testid="tags"] h2')).toBe("Étiquettes suggérées");
    await panel.screenshot({ path: join(artifacts, "extension-panel-fr.png") });
    const sw = await worker();
    await sw.evaluate(async () => chrome.storage.local.set({ uiLang: "en" }));
    await Promise.all([panel.close(), page.close(), opts.close()]);
  }, 60_000);

  it("tags a selection through the context-menu function and sends the passage", async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/policy.html`);
    const tabId = await tabIdOf(`${site.url}/policy.html`);
    const exact = "lower the cost of remittances sent home by migrant workers";
    await page.evaluate((q) => {
      const p = [...document.querySelectorAll("p")].find((x) => x.textContent?.includes(q));
      const node = p?.firstChild as Text;
      const s = node.data.indexOf(q);
      const r = document.createRange();
      r.setStart(node, s);
      r.setEnd(node, s + q.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
    }, exact);
    const sw = await worker();
    const r = (await sw.evaluate(
      (id) => (globalThis as unknown as { __mmtTest: { tagSelection(id: number): Promise<unknown> } }).__mmtTest.tagSelection(id),
      tabId,
    )) as { ok: boolean; entry: Entry; outcome: { state: string } };
    expect(r.ok).toBe(true);
    expect(r.entry.source.selector?.exact).toBe(exact);
    expect(r.entry.source.selector?.prefix).toMatch(/The Government shall $/);
    expect(r.entry.tags.map((t) => t.id)).toContain("remittances");
    expect(r.outcome.state).toBe("synced");
    const stored = (await trackerGet(`/api/v1/entries/${r.entry.id}`)) as Entry;
    expect(stored).toMatchObject({ kind: "passage", status: "suggested" });
    expect(stored.source.selector).toMatchObject({ exact });

    // A later visit: the panel lists the passage and re-anchors it in the page.
    await page.reload();
    await page.evaluate(() => scrollTo(0, 0));
    const panel = await openPanel(tabId);
    await panel.waitForSelector(`[data-testid="passage"][data-id="${r.entry.id}"]`, { timeout: 20_000 });
    await panel.click(`[data-testid="passage"][data-id="${r.entry.id}"] button`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("mmt-evidence"), null, { timeout: 10_000 });
    const text = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("mmt-evidence");
      return h ? [...h][0].toString() : "";
    });
    expect(text).toBe(exact);
    expect(await panel.$('[data-testid="orphan"]')).toBeNull();
    await panel.screenshot({ path: join(artifacts, "extension-panel-passage.png"), fullPage: true });
    await panel.close();
    await page.close();
  }, 60_000);

  it("reads big pages without Readability when they mark their main content or hold their prose in one element, and gets Readability's tags", async () => {
    // The same article with its furniture: in <main> (fast path), in plain divs (the prose's
    // region), and with its paragraphs as bare lines in divs (nothing to go by: Readability).
    const html = (main: (a: string) => string) => ({ type: "text/html; charset=utf-8", body: realisticPage({ main }) });
    const pages = await serveFiles({
      "/marked.html": html(LAYOUTS["main > article"].main),
      "/soup.html": html((a) => `<div class="container"><div class="col">${a}</div></div>`),
      "/lines.html": html((a) => `<div class="container"><div class="col">${a.replace(/<p>/g, "<div>").replace(/<\/p>/g, "<br></div>")}</div></div>`),
    });
    moreSites.push(pages);
    const seen: Record<string, { extractor?: string; tags: string[]; title: string }> = {};
    for (const name of ["marked", "soup", "lines"]) {
      const url = `${pages.url}/${name}.html`;
      const page = await ctx.newPage();
      await page.goto(url);
      const panel = await openPanel(await tabIdOf(url));
      await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
      const tags = await panel.$$eval('[data-testid="tag"]', (els) => els.map((e) => e.getAttribute("data-tag") ?? ""));
      seen[name] = {
        extractor: await panel.evaluate(() => document.documentElement.dataset.extractor),
        tags: tags.sort(),
        title: await panel.inputValue('[data-testid="title"]'),
      };
      if (name === "marked") {
        // Evidence from the fast path's text is found and highlighted in the page like any other.
        await panel.click('[data-tag="theme:remittances"] button.link');
        const sentence = await panel.textContent('[data-tag="theme:remittances"] [data-testid="evidence"]');
        await panel.click('[data-tag="theme:remittances"] [data-testid="evidence"]');
        await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("mmt-evidence"), null, { timeout: 10_000 });
        const highlighted = await page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("mmt-evidence");
          return h ? [...h][0].toString() : "";
        });
        expect(highlighted.replace(/\s+/g, " ")).toBe((sentence ?? "").replace(/\s+/g, " ").trim());
      }
      await panel.close();
      await page.close();
    }
    expect(seen.marked.extractor).toBe("marked");
    expect(seen.soup.extractor).toBe("prose");
    expect(seen.lines.extractor).toBe("readability");
    expect(seen.marked.tags).toContain("theme:labour-migration");
    expect(seen.soup.tags).toEqual(seen.marked.tags);
    expect(seen.lines.tags).toEqual(seen.marked.tags);
    for (const name of ["marked", "soup", "lines"]) expect(seen[name].title, name).toBe(TITLE);
  }, 60_000);
});
