/**
 * The extension in real Firefox (Debian's firefox-esr, headless, driven by puppeteer-core over
 * WebDriver BiDi; the Firefox test build installed as a temporary add-on): the same local
 * policy page, PDF and real tracker (`mmt serve`) as the Chromium test. Opens the sidebar's page
 * for a tab as a tab of its own (sidepanel.html?tabId=N: a test cannot open the real sidebar,
 * which needs a user gesture), checks the tags, clicks an evidence sentence, saves, and finds the
 * entry in the tracker; opens again from the page's kept text; reads the PDF; uses the options
 * page; tags a selection with the panel's button.
 * Screenshots: tests/artifacts/extension-firefox-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { newToken, TrackerProcess, trackerAvailable } from "../integration/sync-harness";
import { buildTestExtension, POLICY_TITLE, type StaticServer, servePolicySite } from "./extension-fixtures";
import { expectReviewedPolicy } from "./extension-checks";
import { FIREFOX, launchFirefox, openExtensionPage } from "./firefox";

const repo = resolve(import.meta.dirname, "..", "..");
const artifacts = join(repo, "tests", "artifacts");

/** What the test calls inside an extension page (Firefox's own promise-based API there). */
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { set(items: object): Promise<void> } };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  /** The event page's window (Firefox's background is a page, not a service worker). */
  runtime: { getBackgroundPage(): Promise<{ __mmtTest: { prepareTab(id: number): Promise<unknown> } }> };
};
type Highlights = { highlights: Map<string, Set<Range>> };

describe.skipIf(!existsSync(FIREFOX) || !trackerAvailable)("extension in Firefox ESR with a real tracker", () => {
  let tmp: string;
  let site: StaticServer;
  let tracker: TrackerProcess;
  let ff: Browser;
  let base: string;
  /** An extension page kept open to call the extension's APIs from (the options page). */
  let hub: Page;
  const token = newToken();

  const tabIdOf = async (url: string): Promise<number> => {
    const id = await hub.evaluate(async (u) => {
      // The newest tab with that URL: a tab a failed test left open must not stand in for it.
      const tabs = await browser.tabs.query({});
      return tabs.filter((t) => t.url === u).pop()?.id ?? -1;
    }, url);
    expect(id).toBeGreaterThan(0);
    return id;
  };

  const openPanel = async (tabId: number): Promise<Page> => {
    const panel = await openExtensionPage(ff, `${base}/sidepanel.html?tabId=${tabId}`);
    await panel.setViewport({ width: 400, height: 900 });
    return panel;
  };

  const openSitePage = async (path: string): Promise<{ page: Page; tabId: number }> => {
    const page = await ff.newPage();
    await page.goto(`${site.url}${path}`);
    return { page, tabId: await tabIdOf(`${site.url}${path}`) };
  };

  const tagsOf = (panel: Page) => panel.$$eval('[data-testid="tag"]', (els) => els.map((e) => e.getAttribute("data-tag")));

  const trackerGet = async (path: string) => {
    const res = await fetch(`${tracker.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "mmt-ext-ff-e2e-"));
    mkdirSync(artifacts, { recursive: true });
    const ext = join(tmp, "ext");
    buildTestExtension("firefox", ext);
    site = await servePolicySite();
    tracker = await TrackerProcess.start({ db: join(tmp, "tracker.sqlite"), adminToken: token });
    ({ browser: ff, base } = await launchFirefox(ext, join(tmp, "profile")));
    hub = await openExtensionPage(ff, `${base}/options.html`);
    // The test build's host permission, granted at install as the Chromium build's is.
    expect(await hub.evaluate(() => browser.permissions.contains({ origins: ["http://127.0.0.1/*"] }))).toBe(true);
    await hub.evaluate(async (s) => browser.storage.local.set(s), { trackerUrl: tracker.url, token, defaultCountry: "", uiLang: "en" });
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
    await tracker?.stop();
    await site?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("tags a policy page, highlights evidence, saves to the tracker", async () => {
    const { page, tabId } = await openSitePage("/policy.html");
    const panel = await openPanel(tabId);

    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    const tags = await tagsOf(panel);
    expect(tags).toContain("theme:labour-migration");
    expect(tags).toContain("theme:remittances");
    expect(await panel.$eval('[data-testid="title"]', (e) => (e as HTMLInputElement).value)).toBe(POLICY_TITLE);
    // Menus and footers are not the text: Readability kept the article.
    expect(tags).not.toContain("sector:agriculture-rural");

    // Open the evidence of "Remittances" and click its first sentence: the page scrolls to it
    // and highlights it, although it is a background tab now.
    await panel.click('[data-tag="theme:remittances"] button.link');
    const ev = await panel.waitForSelector('[data-tag="theme:remittances"] [data-testid="evidence"]');
    const sentence = (await ev?.evaluate((e) => e.textContent)) ?? "";
    expect(sentence).toMatch(/remittances/i);
    await ev?.click();
    await page.waitForFunction(() => (CSS as unknown as Highlights).highlights.has("mmt-evidence"), { timeout: 10_000 });
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as Highlights).highlights.get("mmt-evidence");
      const r = h ? [...h][0] : undefined;
      const rect = r?.getBoundingClientRect();
      return { text: r?.toString() ?? "", top: rect?.top ?? -1, vh: innerHeight, scrolled: scrollY };
    });
    expect(highlighted.text.replace(/\s+/g, " ")).toBe(sentence.replace(/\s+/g, " ").trim());
    expect(highlighted.scrolled).toBeGreaterThan(0);
    expect(highlighted.top).toBeGreaterThanOrEqual(0);
    expect(highlighted.top).toBeLessThan(highlighted.vh);
    // Page text never became markup anywhere.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.bringToFront();
    await page.screenshot({ path: join(artifacts, "extension-firefox-page-highlight.png") });

    // Review: accept labour migration, add a tag through the picker, write a note.
    await panel.click('[data-tag="theme:labour-migration"] [data-testid="accept"]');
    await panel.type('[data-testid="picker"]', "capacity");
    await panel.click('[data-testid="pick"]');
    expect(await panel.$eval('[data-tag="stage:capacity-building"]', (e) => e.getAttribute("data-decision"))).toBe("accepted");
    await panel.type('[data-testid="note"]', "Checked in Firefox.");
    await panel.select('[data-testid="country"]', "MDA");
    await panel.screenshot({ path: join(artifacts, "extension-firefox-panel.png"), fullPage: true });

    await panel.click('[data-testid="save"]');
    await panel.waitForSelector('[data-testid="sync-state"][data-state="synced"]', { timeout: 20_000 });
    await panel.waitForSelector('[data-testid="in-tracker"]');
    await panel.screenshot({ path: join(artifacts, "extension-firefox-panel-saved.png"), fullPage: true });

    const found = (await trackerGet(`/api/v1/entries?url=${encodeURIComponent(`${site.url}/policy.html`)}`)) as { entries: Entry[] };
    expectReviewedPolicy(found, "Checked in Firefox.");

    // Reopening the panel shows the page as already in the tracker, with the saved review.
    const again = await openPanel(tabId);
    await again.waitForSelector('[data-testid="in-tracker"]', { timeout: 20_000 });
    expect(await again.$eval('[data-testid="note"]', (n) => (n as HTMLTextAreaElement).value)).toBe("Checked in Firefox.");
    await Promise.all([again.close(), panel.close(), page.close()]);
  }, 60_000);

  it("opens again from the page's kept text and tags, and reads the page again once it changed", async () => {
    const { page, tabId } = await openSitePage("/policy.html?reopen=1");
    const flags = (p: Page) => p.evaluate(() => ({ cached: document.documentElement.dataset.textCached, recalled: document.documentElement.dataset.tagsRecalled }));
    const opened = async () => {
      const p = await openPanel(tabId);
      await p.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
      return p;
    };

    // No click: the panel asks the event page to read and tag the page (mmt:prepare), and shows
    // the tags it left with the text.
    const first = await opened();
    const tags = await tagsOf(first);
    expect(await flags(first)).toEqual({ cached: "true", recalled: "true" });
    await first.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    await first.close();

    // Unchanged page: the content script kept the text and the tags; the worker then tags the
    // text again and finds the same.
    const second = await opened();
    expect(await tagsOf(second)).toEqual(tags);
    expect(await flags(second)).toEqual({ cached: "true", recalled: "true" });
    await second.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    await second.close();

    // The page changes: the event page reads and tags it again, and the new paragraph's tag appears.
    expect(tags).not.toContain("theme:trafficking-smuggling");
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "The State shall prevent trafficking in human beings and the smuggling of migrants, and shall protect and assist the victims of trafficking.";
      document.querySelector("article")?.append(p);
    });
    const third = await opened();
    expect(await tagsOf(third)).toContain("theme:trafficking-smuggling");
    await third.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });
    await Promise.all([third.close(), page.close()]);
  }, 60_000);

  it("tags the page in the background on a click, and follows the panel's tab to its next page", async () => {
    const { page, tabId } = await openSitePage("/policy.html?click=1");
    // What the button's click does besides toggling the sidebar; the event page is reachable
    // from an extension page (the test build exposes prepareTab there).
    await hub.evaluate(async (id) => {
      const bg = await browser.runtime.getBackgroundPage();
      void bg.__mmtTest.prepareTab(id);
    }, tabId);
    const panel = await openPanel(tabId);
    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    const tags = await tagsOf(panel);
    expect(tags).toContain("theme:remittances");
    expect(await panel.evaluate(() => document.documentElement.dataset.tagsRecalled)).toBe("true");
    await panel.waitForSelector('html[data-tags-rechecked="same"]', { timeout: 20_000 });

    await page.goto(`${site.url}/policy.html?click=2`);
    await panel.waitForSelector('html[data-view="2"][data-tags-shown-ms]', { timeout: 20_000 });
    expect(await tagsOf(panel)).toEqual(tags);
    // Read and tagged by the event page too.
    expect(await panel.evaluate(() => document.documentElement.dataset.tagsRecalled)).toBe("true");
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);

  it("reads a PDF tab in Firefox's viewer with pdf.js and shows page numbers", async () => {
    const { page, tabId } = await openSitePage("/strategy.pdf");
    const panel = await openPanel(tabId);
    // The test build holds http://127.0.0.1/*, so the PDF's origin (with its port) is granted:
    // no "Allow reading PDFs from…" button.
    await panel.waitForFunction(() => document.querySelector('[data-testid="tag"]') || document.body.textContent?.includes("Allow reading PDFs"), { timeout: 30_000 });
    expect(await panel.evaluate(() => document.body.textContent)).not.toContain("Allow reading PDFs");
    expect(await tagsOf(panel)).toContain("theme:labour-migration");
    expect(await panel.$eval('[data-testid="title"]', (e) => (e as HTMLInputElement).value)).toBe("National Strategy on Migration 2024-2030");
    expect(await panel.$eval("header", (e) => e.textContent)).toContain("PDF · 2 pages");
    await panel.click('[data-tag="theme:labour-migration"] button.link');
    const ev = await panel.$$eval('[data-tag="theme:labour-migration"] [data-testid="evidence"]', (els) => els.map((e) => e.textContent ?? ""));
    expect(ev.some((t) => t.startsWith("p. 2"))).toBe(true);
    await panel.screenshot({ path: join(artifacts, "extension-firefox-panel-pdf.png"), fullPage: true });
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);

  it("options: test connection, a wrong token, save (the tracker's origin has a port), and the panel in French", async () => {
    const opts = await openExtensionPage(ff, `${base}/options.html`);
    await opts.waitForFunction(() => (document.querySelector('[data-testid="tracker-url"]') as HTMLInputElement | null)?.value !== "");
    expect(await opts.$eval('[data-testid="tracker-url"]', (e) => (e as HTMLInputElement).value)).toBe(tracker.url);
    const status = () => opts.$eval('[data-testid="options-status"]', (e) => ({ text: e.textContent ?? "", warn: e.classList.contains("warn") }));
    await opts.click('[data-testid="test-connection"]');
    await opts.waitForFunction(() => document.querySelector('[data-testid="options-status"]')?.textContent?.includes("the token works"), { timeout: 15_000 });

    await opts.locator('[data-testid="token"]').fill("mmt_wrong_token");
    await opts.click('[data-testid="test-connection"]');
    await opts.waitForSelector('[data-testid="options-status"].warn', { timeout: 15_000 });
    expect((await status()).text).not.toContain("mmt_wrong_token");

    // Save asks for the tracker's origin, http://127.0.0.1:<port>. Firefox's match patterns have
    // no port: asking for "http://127.0.0.1:<port>/*" would not find the granted host.
    await opts.locator('[data-testid="token"]').fill(token);
    await opts.select('[data-testid="ui-lang"]', "fr");
    await opts.click('[data-testid="save-options"]');
    await opts.waitForFunction(() => document.querySelector('[data-testid="options-status"]')?.textContent?.startsWith("Enregistré"), { timeout: 10_000 });
    await opts.screenshot({ path: join(artifacts, "extension-firefox-options.png") });

    const { page, tabId } = await openSitePage("/policy.html?lang=fr");
    const panel = await openPanel(tabId);
    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    expect(await panel.$eval('[data-tag="theme:remittances"]', (e) => e.textContent)).toContain("Envois de fonds");
    expect(await panel.$eval('[data-testid="tags"] h2', (e) => e.textContent)).toBe("Étiquettes suggérées");
    await hub.evaluate(async () => browser.storage.local.set({ uiLang: "en" }));
    await Promise.all([panel.close(), page.close(), opts.close()]);
  }, 60_000);

  it("tags a selection with the panel's button and sends the passage", async () => {
    const { page, tabId } = await openSitePage("/policy.html?selection=1");
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
    const panel = await openPanel(tabId);
    await panel.waitForSelector('[data-testid="tag"]', { timeout: 20_000 });
    await panel.click('[data-testid="tag-selection"]');

    const url = `${site.url}/policy.html?selection=1`;
    let passages: Entry[] = [];
    for (let i = 0; i < 100 && passages.length === 0; i++) {
      passages = ((await trackerGet(`/api/v1/entries?url=${encodeURIComponent(url)}&kind=passage`)) as { entries: Entry[] }).entries;
      if (passages.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ kind: "passage", status: "suggested" });
    expect(passages[0].source.selector?.exact).toBe(exact);
    expect(passages[0].source.selector?.prefix).toMatch(/The Government shall $/);
    expect(passages[0].tags.map((t) => t.id)).toContain("remittances");
    // The panel lists the passage it just saved.
    await panel.waitForSelector(`[data-testid="passage"][data-id="${passages[0].id}"]`, { timeout: 10_000 });
    await panel.screenshot({ path: join(artifacts, "extension-firefox-panel-passage.png"), fullPage: true });
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);
});
