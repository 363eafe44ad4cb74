/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the extension's test
 * build installed as a temporary add-on (unsigned builds install that way on ESR).
 *
 * Two things of Firefox's remote agent shape the helpers here:
 * - it refuses to navigate to moz-extension:// URLs, and to run scripts in extension pages,
 *   unless Firefox starts with --remote-allow-system-access;
 * - it reports no navigation events for documents in the extension process, so puppeteer's
 *   goto() to an extension page never settles. openExtensionPage starts the navigation and
 *   waits for the document itself.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export const FIREFOX = "/usr/bin/firefox-esr";
/** The add-on id in manifests/extension.firefox.json. */
export const ADDON_ID = "mm-tracker@mm-tracker.org";
/** moz-extension:// hosts are random per profile; the test pins this one through a pref. */
export const ADDON_UUID = "6d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> of the installed extension, no trailing slash. */
  base: string;
}

export async function launchFirefox(extDir: string, profileDir = mkdtempSync(join(tmpdir(), "mmt-ff-profile-"))): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    args: ["--remote-allow-system-access"],
    // puppeteer's own Firefox prefs already turn off updates, telemetry and first-run pages.
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  try {
    const id = await browser.installExtension(extDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return { browser, base: `moz-extension://${ADDON_UUID}` };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A new tab showing an extension page, once its document has loaded. */
export async function openExtensionPage(browser: Browser, url: string, timeoutMs = 15_000): Promise<Page> {
  const page = await browser.newPage();
  // Never settles (see above); it fails when the tab closes, and nobody waits for it.
  page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  let seen = "";
  while (Date.now() < deadline) {
    seen = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => "");
    if (seen === `${url} complete`) return page;
    await sleep(50);
  }
  await page.close().catch(() => {});
  throw new Error(`${url} did not load within ${timeoutMs} ms (last seen: ${seen || "nothing"})`);
}
