/**
 * The task pane, built by addin/build.ts, rendered in real Chromium (Debian's /usr/bin/chromium
 * through playwright-core) against the mock Excel host served in place of office.js. Drives
 * Insert template and Tag rows like an officer, checks the sheet, and saves a screenshot to
 * tests/artifacts/addin-taskpane.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build as esbuild } from "esbuild";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddin } from "../../../addin/build";
import type { MockHost } from "../../unit/addin/office-mock";
import { CHROMIUM, CHROMIUM_ARGS } from "../chromium";

/** The test page's window: the mock host, and a flag an injected handler would set. */
type W = { __mmtHost: MockHost; __pwned?: number };

const repo = resolve(__dirname, "..", "..", "..");
const artifacts = join(repo, "tests", "artifacts");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

describe.skipIf(!existsSync(CHROMIUM))("task pane in Chromium against the mock Excel host", () => {
  let out: string;
  let profile: string;
  let server: Server;
  let base: string;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "mmt-addin-"));
    profile = mkdtempSync(join(tmpdir(), "mmt-chromium-"));
    await buildAddin(out, "https://localhost:3000/addin/");
    const mock = await esbuild({
      entryPoints: [join(__dirname, "mock-office-page.ts")],
      bundle: true,
      format: "iife",
      target: "es2022",
      write: false,
    });
    const officeJs = mock.outputFiles[0].text;

    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      const file = join(out, path);
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 380, height: 1000 },
      args: CHROMIUM_ARGS,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    // office.js from Microsoft's CDN -> the mock host; nothing else leaves the machine.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
      }
      if (url.startsWith(base)) return route.continue();
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    for (const d of [out, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it("inserts the template, tags rows, shows the summary; registers the custom functions", async () => {
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Insert template" }).click();
    await page.getByText("Template ready").waitFor();
    const sheets = await page.evaluate(() => (window as unknown as W).__mmtHost.data.sheets.map((s) => s.name));
    expect(sheets).toContain("MM indicators");

    // The officer fills three rows (one with text that must stay text), and a header with markup.
    await page.evaluate(() => {
      const s = (window as unknown as W).__mmtHost.data.sheet("MM indicators");
      s.put(1, 2, [
        ["Law on labour migration", "Law on labour migration and remittances of migrant workers abroad"],
        ["Road maintenance plan", "Resurfacing of national roads"],
        ["=HYPERLINK(\"http://evil\")", "Programme for the reintegration of returning migrant workers"],
      ]);
      s.put(0, 15, [["<img src=x onerror=window.__pwned=1>Notes"]]);
    });
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("<img src=x onerror=window.__pwned=1>Notes").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Description", { exact: true }).isChecked()).toBe(true);

    await page.getByRole("button", { name: "Tag rows" }).click();
    await page.getByText(/Tagged \d+ rows/).waitFor();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "addin-taskpane.png"), fullPage: true });
    const sheet = await page.evaluate(() => {
      const host = (window as unknown as W).__mmtHost;
      const s = host.data.sheet("MM indicators");
      return {
        themes: [1, 2, 3].map((r) => s.value(r, 7)),
        confidence: [1, 2, 3].map((r) => s.value(r, 11)),
        formulas: s.formulas().size,
        lastSyncs: host.contexts[host.contexts.length - 1].syncCount,
        functions: [...host.CustomFunctions.associations.keys()].sort(),
        tags: host.CustomFunctions.associations.get("TAGS")?.("Law on labour migration and remittances of migrant workers abroad"),
        pwned: (window as unknown as W).__pwned ?? null,
      };
    });
    expect(String(sheet.themes[0])).toContain("Labour migration");
    expect(sheet.confidence[1]).toBe(0);
    expect(sheet.formulas).toBe(0);
    expect(sheet.lastSyncs).toBeLessThanOrEqual(4);
    expect(sheet.functions).toEqual(["RELEVANCE", "TAGS"]);
    expect(String(sheet.tags)).toContain("Labour migration");
    expect(sheet.pwned).toBeNull();
    expect(await page.getByText("To review").isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("settings refuse a bad address and a bad country, and keep the token out of the workbook", async () => {
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByLabel("Tracker address").fill("not a url");
    await page.getByLabel("Default country").fill("Kyrgyzstan");
    expect(await page.getByRole("button", { name: "Save settings" }).isDisabled()).toBe(true);
    await page.getByText(/Not a web address/).waitFor();
    await page.getByLabel("Tracker address").fill("https://tracker.example.org");
    await page.getByLabel("Default country").fill("kgz");
    await page.getByLabel("Token").fill("tok-123");
    await page.getByRole("button", { name: "Save settings" }).click();
    const stored = await page.evaluate(() => ({
      prefs: JSON.parse(localStorage.getItem("mmt.addin.prefs.v1") ?? "{}"),
      workbook: JSON.stringify([...(window as unknown as W).__mmtHost.data.settings.entries()]),
    }));
    expect(stored.prefs).toMatchObject({ trackerUrl: "https://tracker.example.org", defaultCountry: "KGZ" });
    expect(stored.workbook).not.toContain("tok-123");
    expect(stored.workbook).toContain("Title"); // the column mapping is remembered in the workbook
    await page.getByText("To https://tracker.example.org").waitFor();
  });
});
