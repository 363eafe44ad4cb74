/**
 * Extension: time from "panel opened" to "tags shown" for a 1 MB policy page, in real Chromium
 * with the built extension (target ≤ 150 ms). The panel page records, for each opening:
 *   tags shown   performance.now() when the tags are rendered, minus when the panel script started
 *   since nav    the same moment from the panel page's navigation start (script loading included)
 *   load         asking the content script for the Readability text (clone, parse, message)
 *   tag          tag() on that text inside the panel
 * Baseline in the same run: tag() alone on the same text in Node.
 * Median of 7 openings (after 1 warm-up), each a fresh panel page on the same tab.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { tag } from "../shared/tagger/index";
import { CHROMIUM, CHROMIUM_ARGS, POLICY_PARAGRAPHS, policyHtml, serveFiles } from "../tests/e2e/extension-fixtures";
import { median, timeRuns } from "./stats";

const RUNS = 7;
const TARGET_MS = 150;

/** About 1 MB of article text: policy paragraphs mixed with ordinary administrative prose. */
function bigParagraphs(): string[] {
  const prose = [
    "The ministry shall publish an annual report on the implementation of this chapter, including the budget spent and the results achieved in each region.",
    "Local authorities shall cooperate with civil society organisations in planning, monitoring and evaluating the measures provided for in this article.",
    "Statistics on population, employment and incomes shall be collected by the national statistical office in accordance with international standards.",
  ];
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = i % 5 === 0 ? POLICY_PARAGRAPHS[(i / 5) % POLICY_PARAGRAPHS.length] : `${prose[i % 3]} (Article ${i}.)`;
    out.push(p);
    size += p.length + 1;
  }
  return out;
}

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write("extension: skipped (no /usr/bin/chromium)\n");
    return;
  }
  const repo = resolve(import.meta.dirname, "..");
  const tmp = mkdtempSync(join(tmpdir(), "mmt-ext-bench-"));
  const ext = join(tmp, "ext");
  const b = spawnSync(process.execPath, ["--import", "tsx", join(repo, "extension/build.ts"), "--test", "--out", ext], { cwd: repo, encoding: "utf8" });
  if (b.status !== 0) throw new Error(`extension build failed: ${b.stderr}`);
  const html = policyHtml(bigParagraphs());
  const site = await serveFiles({ "/big.html": { type: "text/html; charset=utf-8", body: html } });
  const ctx = await chromium.launchPersistentContext(join(tmp, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 20_000 }));
    const extId = new URL(sw.url()).host;
    const page = await ctx.newPage();
    await page.goto(`${site.url}/big.html`);
    const url = `${site.url}/big.html`;
    const tabId = await sw.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await c.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
    const samples: Record<"shown" | "nav" | "load" | "tag" | "chars", number[]> = { shown: [], nav: [], load: [], tag: [], chars: [] };
    for (let i = 0; i <= RUNS; i++) {
      const panel = await ctx.newPage();
      await panel.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForSelector("html[data-tags-shown-ms]", { timeout: 60_000 });
      const d = await panel.evaluate(() => ({ ...document.documentElement.dataset }));
      await panel.close();
      if (i === 0) continue; // warm-up
      samples.shown.push(Number(d.tagsShownMs));
      samples.nav.push(Number(d.sinceNavigationMs));
      samples.load.push(Number(d.loadMs));
      samples.tag.push(Number(d.tagMs));
      samples.chars.push(Number(d.textChars));
    }
    const text = bigParagraphs().join("\n\n");
    const base = median(timeRuns(() => void tag(text, { maxEvidence: 8 }), RUNS, 1));
    const shown = median(samples.shown);
    const row = (name: string, ms: number) => process.stdout.write(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms\n`);
    process.stdout.write(`extension panel, 1 MB page (${(html.length / 1e6).toFixed(2)} MB HTML, ${median(samples.chars)} chars of text), median of ${RUNS}:\n`);
    row("panel opened → tags shown", shown);
    row("  of which: read page (content script)", median(samples.load));
    row("  of which: tag() in the panel", median(samples.tag));
    row("navigation start → tags shown", median(samples.nav));
    row("baseline: tag() alone in Node", base);
    process.stdout.write(`  ratio shown / baseline: ${(shown / base).toFixed(2)}; target ≤ ${TARGET_MS} ms: ${shown <= TARGET_MS ? "met" : "NOT met"}\n`);
  } finally {
    await ctx.close();
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
