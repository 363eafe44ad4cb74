/**
 * The tracker dashboard in real Chromium (Debian's /usr/bin/chromium through playwright-core)
 * against a real `mmt serve` process on a temp SQLite file, seeded through the API by several
 * people with entries from several countries, facets and statuses — one titled with an HTML
 * injection and one whose note starts a spreadsheet formula. Drives sign-in, filters, paging,
 * the entry detail, the keyboard review (with a conflict made by a concurrent PUT), the
 * coverage matrix click-through, and exports. Screenshots: tests/artifacts/dashboard-*.png.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry, EntryTag } from "../../shared/entry/entry";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { buildDashboard } from "../../tracker/dashboard/build";
import { sortTags, tagKey } from "../../tracker/dashboard/src/review";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";

const repo = resolve(__dirname, "..", "..");
const artifacts = join(repo, "tests", "artifacts");
const ADMIN = "e2e-admin-token-0123456789abcdef";
const XSS_TITLE = "<img src=x onerror=alert(1)>";
const FORMULA_NOTE = "=cmd|' /C calc'!A0 and a note";

let n = 0;
/** A UUIDv7-shaped id, unique within the run. */
function uid(): string {
  n++;
  const hex = (Date.now().toString(16).padStart(12, "0") + n.toString(16).padStart(20, "0")).slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function tag(facet: string, id: string, quote?: string): EntryTag {
  return { facet, id, origin: "auto", score: 0.8, ...(quote ? { evidence: [{ start: 0, end: quote.length, quote }] } : {}) };
}

function entry(p: Partial<Entry> & Pick<Entry, "title">): Entry {
  return {
    id: uid(),
    revision: 0,
    kind: "document",
    source: { type: "web", url: `https://example.org/${n}` },
    tags: [],
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
    ...p,
  };
}

describe.skipIf(!existsSync(CHROMIUM))("tracker dashboard in Chromium against a real tracker", () => {
  let dir: string;
  let server: ChildProcess;
  let base: string;
  let browser: BrowserContext;
  let page: Page;
  const tokens: Record<string, string> = {};
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const seeded: Record<string, Entry> = {};
  let fillerCount = 0;

  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  const put = async (token: string, entries: Entry[]) => {
    const r = (await api(token, "PUT", "/api/v1/entries", { entries })) as { results: { id: string; result: string }[] };
    for (const x of r.results) expect(["created", "updated"], JSON.stringify(x)).toContain(x.result);
    return r.results;
  };
  const get = async (id: string) => (await api(ADMIN, "GET", `/api/v1/entries/${id}`)) as Entry;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "mmt-dash-"));
    const db = join(dir, "tracker.sqlite");
    await buildDashboard();

    for (const [name, role] of [
      ["rita", "reviewer"],
      ["bob", "reviewer"],
      ["carla", "contributor"],
    ] as const) {
      const r = spawnSync(process.execPath, [join(repo, "cli/mmt.mjs"), "token", "create", "--role", role, "--name", name, "--db", db, "--json"], {
        encoding: "utf8",
        env: { ...process.env, NODE_ENV: "test" },
      });
      expect(r.status, r.stderr).toBe(0);
      tokens[name] = (JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { token: string }).token;
    }

    server = spawn(process.execPath, [join(repo, "cli/mmt.mjs"), "serve", "--port", "0", "--db", db, "--rate-limit", "0"], {
      env: { ...process.env, MMT_ADMIN_TOKEN: ADMIN, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    base = await new Promise<string>((ok, fail) => {
      let out = "";
      const t = setTimeout(() => fail(new Error(`tracker did not start: ${out}`)), 30_000);
      server.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          ok(m[1].replace("[::1]", "127.0.0.1"));
        }
      });
      server.stderr?.on("data", (d: Buffer) => {
        out += d.toString();
      });
      server.on("exit", (code) => fail(new Error(`tracker exited ${code}: ${out}`)));
    });

    // Admin first (so the newest, most varied entries head the table): enough Jamaican rows to page.
    const filler = Array.from({ length: 52 }, (_, k) =>
      entry({
        title: `Jamaica diaspora engagement table, row ${k + 1}`,
        kind: "row",
        country: "JAM",
        status: "confirmed",
        source: { type: "excel", workbook: "JAM.xlsx", sheet: "Sheet1", rowKey: String(k + 1) },
        tags: [tag("theme", "diaspora")],
      }),
    );
    await put(ADMIN, filler);
    fillerCount = filler.length;
    // Contributor carla: suggested entries in programme and other countries.
    const carla = [
      entry({
        title: "Law on labour migration and remittances of migrant workers abroad",
        kind: "passage",
        country: "MDA",
        language: "en",
        year: 2024,
        source: { type: "web", url: "https://example.org/moldova/law-labour-migration", selector: { exact: "remittances of migrant workers" } },
        tags: [
          tag("theme", "remittances", "remittances of migrant workers abroad"),
          tag("theme", "labour-migration", "labour migration"),
          tag("sector", "finance-economy"),
        ],
      }),
      entry({
        title: "Kyrgyz labour migrants registry, row 12",
        kind: "row",
        country: "KGZ",
        source: { type: "excel", workbook: "Policies KGZ.xlsx", sheet: "Laws", rowKey: "12" },
        tags: [tag("theme", "labour-migration"), tag("sector", "employment")],
      }),
      entry({
        title: XSS_TITLE,
        kind: "passage",
        country: "MAR",
        note: FORMULA_NOTE,
        source: { type: "web", url: "javascript:alert(2)" },
        tags: [tag("theme", "migrant-rights-protection", "<script>alert(3)</script> rights of migrants")],
      }),
      entry({
        title: "Tunisian border management strategy",
        country: "TUN",
        source: { type: "file", path: "/data/tun/strategy-borders.pdf" },
        tags: [tag("theme", "irregular-migration-border"), tag("instrument", "strategy")],
      }),
      entry({ title: "Remittance costs in France", country: "FRA", tags: [tag("theme", "remittances")] }),
    ];
    await put(tokens.carla, carla);
    // Reviewer rita: decided entries.
    const rita = [
      entry({ title: "Serbian diaspora strategy 2021-2027", country: "SRB", status: "confirmed", tags: [tag("theme", "diaspora"), tag("instrument", "strategy")] }),
      entry({ title: "Ecuador human mobility law: remittances chapter", country: "ECU", status: "confirmed", tags: [tag("theme", "remittances")] }),
      entry({ title: "Bangladesh fisheries data migration (IT)", country: "BGD", kind: "row", status: "rejected", tags: [] }),
    ];
    await put(tokens.rita, rita);
    for (const e of [...carla, ...rita]) seeded[e.title] = e;

    const profile = mkdtempSync(join(dir, "chromium-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1360, height: 900 },
      args: CHROMIUM_ARGS,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
    });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rows = () => page.locator("table.entries tbody tr");
  /** Controls without an accessible name (a label, text, or aria-label): should be none. */
  const unnamed = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, select, textarea, button, a[href]")]
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          const named = (labels && labels.length > 0) || (el.getAttribute("aria-label") ?? "").trim() || (el.textContent ?? "").trim();
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );

  it("refuses a wrong token, then signs in with the reviewer's token kept out of the URL", async () => {
    await page.goto(`${base}/`);
    await page.getByLabel("Access token").fill("not-a-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/refused the token/);
    await page.screenshot({ path: join(artifacts, "dashboard-signin.png") });

    await page.getByLabel("Access token").fill(tokens.rita);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Entries" }).waitFor();
    await expect.poll(() => rows().count()).toBe(50);
    expect(page.url()).not.toContain(tokens.rita);
    expect(await page.evaluate(() => sessionStorage.getItem("mmt.dashboard.token"))).toBe(tokens.rita);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it("pages with the cursor: Load more shows the rest, then the end of the list", async () => {
    const all = fillerCount + 8;
    await expect.poll(() => page.locator(".head p").textContent()).toContain(`${all} entries match`);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => rows().count()).toBe(all);
    await page.getByText("End of the list.").waitFor();
    const ids = await rows().evaluateAll((trs) => trs.map((t) => t.getAttribute("data-id")));
    expect(new Set(ids).size).toBe(all);
  });

  it("renders the injected title and the formula note as text, and links only http(s) sources", async () => {
    const btn = page.getByRole("button", { name: XSS_TITLE, exact: true });
    await expect.poll(() => btn.count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, "dashboard-table.png"), fullPage: false });
    expect(await unnamed()).toEqual([]);
    await btn.click();
    const dlg = page.locator("dialog[open]");
    await dlg.waitFor();
    expect(await dlg.getByRole("heading", { level: 2 }).textContent()).toBe(XSS_TITLE);
    expect(await dlg.locator(".note").textContent()).toBe(FORMULA_NOTE);
    expect(await dlg.locator("blockquote").first().textContent()).toContain("<script>alert(3)</script>");
    expect(await dlg.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await dlg.getByText("javascript:alert(2)").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.locator("script").evaluateAll((s) => s.filter((x) => x.textContent?.includes("alert")).length)).toBe(0);
  });

  it("shows an entry's tags by facet with evidence and its web source as a safe link", async () => {
    await page.getByRole("button", { name: "Law on labour migration and remittances of migrant workers abroad" }).click();
    const dlg = page.locator("dialog[open]");
    await dlg.waitFor();
    expect(await dlg.locator(".facet-group h3").allTextContents()).toEqual(["Theme", "Sector"]);
    expect(await dlg.locator(".facet-group").first().textContent()).toContain("Remittances");
    expect(await dlg.locator("blockquote").allTextContents()).toContain("remittances of migrant workers abroad");
    const link = dlg.getByRole("link", { name: "https://example.org/moldova/law-labour-migration" });
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    await page.screenshot({ path: join(artifacts, "dashboard-detail.png") });
    // The open entry is in the address: a reload (or a shared link) opens it again.
    const moldova = seeded["Law on labour migration and remittances of migrant workers abroad"];
    await expect.poll(() => page.url()).toContain(`entry=${moldova.id}`);
    await page.reload();
    await expect.poll(() => page.locator("dialog[open] h2").textContent()).toBe(moldova.title);
    await page.locator("dialog[open]").getByRole("button", { name: "Close details" }).click();
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    // The address follows the closed dialog on the next render, not in the same instant.
    await expect.poll(() => page.url()).not.toContain("entry=");

    await page.getByRole("button", { name: "Kyrgyz labour migrants registry, row 12" }).click();
    const d2 = page.locator("dialog[open]");
    await d2.waitFor();
    const meta = await d2.locator("dl.meta").nth(1).textContent();
    expect(meta).toContain("Policies KGZ.xlsx");
    expect(meta).toContain("Laws");
    expect(meta).toContain("12");
    await page.keyboard.press("Escape");
  });

  it("filters by country, status, facet + category, author and text", async () => {
    const lists: string[] = [];
    const onReq = (r: { url(): string }) => {
      if (r.url().includes("/api/v1/entries?")) lists.push(r.url());
    };
    page.on("request", onReq);
    await page.getByLabel("Country").selectOption("MDA");
    await expect.poll(() => rows().count()).toBe(1);
    await expect.poll(() => page.url()).toContain("country=MDA");
    await page.waitForLoadState("networkidle");
    page.off("request", onReq);
    expect(lists.length, lists.join("\n")).toBe(1);
    expect(new URL(lists[0]).searchParams.get("country")).toBe("MDA");

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByLabel("Status").selectOption("suggested");
    await expect.poll(() => rows().count()).toBe(5);
    expect(await page.locator("table.entries .pill").allTextContents()).toEqual(Array(5).fill("Suggested"));

    await page.getByLabel("Facet").selectOption("theme");
    await page.getByLabel("Category").selectOption("remittances");
    await expect.poll(() => rows().count()).toBe(2);
    const titles = await page.locator("table.entries td.title").allTextContents();
    expect(titles.sort()).toEqual(["Law on labour migration and remittances of migrant workers abroad", "Remittance costs in France"]);

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByLabel("Author").fill("rita");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => rows().count()).toBe(3);

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByLabel("Search titles, notes, quotes").fill("diaspora strategy");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("table.entries td.title").allTextContents()).toEqual(["Serbian diaspora strategy 2021-2027"]);

    await page.getByLabel("Search titles, notes, quotes").fill("zzzznothing");
    await page.keyboard.press("Enter");
    await page.getByText("No entries match these filters.").waitFor();
    await page.getByRole("button", { name: "Clear", exact: true }).click();
  });

  it("reviews with the keyboard: remove a tag with 1, confirm with C, through PUT with the revision", async () => {
    await page.getByRole("link", { name: "Review queue" }).click();
    await page.getByRole("heading", { name: "Review queue" }).waitFor();
    const card = page.locator("article.card");
    await card.waitFor();
    await page.getByText("Keyboard shortcuts").waitFor();
    expect(await page.locator(".shortcuts").textContent()).toContain("Confirm the entry");
    const id = (await card.getAttribute("data-id"))!;
    const before = await get(id);
    expect(before.status).toBe("suggested");
    await page.locator("body").focus();
    // "1" then "C" at once, as a fast reviewer types: the confirm must carry the removal.
    await page.keyboard.press("1");
    await page.keyboard.press("c");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/^Confirmed/);
    const after = await get(id);
    expect(after.status).toBe("confirmed");
    expect(after.revision).toBe(before.revision + 1);
    expect(after.tags.length).toBe(Math.max(0, before.tags.length - 1));
    const removed = sortTags(before.tags)[0];
    if (removed) expect(after.tags.map(tagKey)).not.toContain(tagKey(removed));
    await expect.poll(() => card.getAttribute("data-id")).not.toBe(id);
  });

  it("shows a conflict made by a concurrent PUT and overwrites nothing", async () => {
    const card = page.locator("article.card");
    const id = (await card.getAttribute("data-id"))!;
    const cur = await get(id);
    // Bob edits the same entry first, from its current revision.
    const { createdAt: _c, updatedAt: _u, author: _a, ...mine } = cur;
    const [r] = await put(tokens.bob, [{ ...mine, note: "Bob checked the source." }]);
    expect(r.result).toBe("updated");

    await page.keyboard.press("r");
    const conflict = page.locator(".conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Someone else changed this entry");
    expect(await conflict.textContent()).toContain(`revision ${cur.revision + 1}`);
    expect(await conflict.locator("table.diff").textContent()).toContain("Bob checked the source.");
    await page.screenshot({ path: join(artifacts, "dashboard-review.png"), fullPage: true });
    expect(await unnamed()).toEqual([]);

    const now = await get(id);
    expect(now.status).toBe("suggested");
    expect(now.note).toBe("Bob checked the source.");
    expect(now.revision).toBe(cur.revision + 1);

    await page.getByRole("button", { name: "Show the current version" }).click();
    await expect.poll(() => card.textContent()).toContain(`revision ${cur.revision + 1}`);
    await page.locator("body").focus();
    await page.keyboard.press("r");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/^Rejected/);
    expect((await get(id)).status).toBe("rejected");
  });

  it("coverage: programme countries first, a shaded matrix, a monthly chart; a cell filters the table", async () => {
    await page.getByRole("link", { name: "Coverage" }).click();
    const matrix = page.locator("table.matrix");
    await matrix.waitFor();
    const heads = await matrix.locator("tbody th[scope=row]").allTextContents();
    expect(heads.slice(0, 8).map((h) => h.replace(" (programme country)", ""))).toEqual([
      "Bangladesh",
      "Ecuador",
      "Jamaica",
      "Kyrgyzstan",
      "Moldova",
      "Morocco",
      "Serbia",
      "Tunisia",
    ]);
    expect(heads.slice(8)).toContain("France");
    const jam = page.locator('button[data-country="JAM"][data-tag="diaspora"]');
    expect(await jam.textContent()).toBe(String(fillerCount));
    const darkest = await jam.evaluate((b) => getComputedStyle(b.parentElement as HTMLElement).backgroundColor);
    const light = await page
      .locator('button[data-country="SRB"][data-tag="diaspora"]')
      .evaluate((b) => getComputedStyle(b.parentElement as HTMLElement).backgroundColor);
    expect(darkest).not.toBe(light);
    expect(await page.locator("figure.chart svg rect.bar").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("figure.chart svg title").first().textContent()).toBe("Entries per month");
    await page.screenshot({ path: join(artifacts, "dashboard-coverage.png"), fullPage: true });
    expect(await unnamed()).toEqual([]);

    await page.getByLabel("Matrix by facet").selectOption("sector");
    await page.locator('button[data-country="KGZ"][data-tag="employment"]').waitFor();
    await page.getByLabel("Matrix by facet").selectOption("theme");
    await page.locator('button[data-country="MDA"][data-tag="remittances"]').click();
    await page.getByRole("heading", { name: "Entries" }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/entries\?country=MDA&facet=theme&tag=remittances/);
    await expect.poll(() => page.locator("table.entries td.title").allTextContents()).toEqual([
      "Law on labour migration and remittances of migrant workers abroad",
    ]);

    // A country's "All" count opens the table for that country, any category.
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByRole("link", { name: "Coverage" }).click();
    await page.locator('button[data-country="KGZ"][data-tag=""]').click();
    await page.getByRole("heading", { name: "Entries" }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/entries\?country=KGZ$/);
    await expect.poll(() => page.locator("table.entries td.title").allTextContents()).toEqual(["Kyrgyz labour migrants registry, row 12"]);
  });

  const download = async (label: string) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), body: readFileSync(path) };
  };

  it("exports the current filter as CSV, XLSX, JSONL and JSON-LD with the right rows", async () => {
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByLabel("Country").selectOption("JAM");
    await expect.poll(() => rows().count()).toBe(50);

    const csv = await download("CSV");
    expect(csv.name).toMatch(/^mm-tracker-.*\.csv$/);
    const lines = csv.body.toString("utf8").replace(/^\ufeff/, "").trim().split(/\r\n/);
    expect(lines.length).toBe(fillerCount + 1);
    expect(lines.slice(1).every((l) => l.includes("Jamaica diaspora engagement table"))).toBe(true);

    const jsonl = await download("JSON Lines");
    const objs = jsonl.body.toString("utf8").trim().split("\n").map((l) => JSON.parse(l) as Entry);
    expect(objs.length).toBe(fillerCount);
    expect(objs.every((o) => o.country === "JAM")).toBe(true);

    const xlsx = await download("Excel (XLSX)");
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0].actualRowCount).toBe(fillerCount + 1);

    // JSON-LD holds the passages: the Moroccan one with the injected title, its note as data.
    await page.getByLabel("Country").selectOption("MAR");
    await expect.poll(() => rows().count()).toBe(1);
    const ld = await download("JSON-LD (Web Annotations)");
    const doc = JSON.parse(ld.body.toString("utf8")) as { type: string; total: number };
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.total).toBe(1);
    const csvMar = await download("CSV");
    const text = csvMar.body.toString("utf8");
    expect(text).toContain("'=cmd");
    expect(text).not.toMatch(/(^|,)=cmd/m);
    await expect.poll(() => page.locator(".export [role=status]").textContent()).toMatch(/^Downloaded mm-tracker-/);
  });

  it("says so when the tracker cannot be reached, and recovers with Try again", async () => {
    await page.route("**/api/v1/entries?**", (r) => r.abort("connectionrefused"));
    await page.getByLabel("Country").selectOption("SRB");
    const alert = page.locator(".banner.error");
    await expect.poll(() => alert.textContent()).toMatch(/Cannot reach the tracker/);
    await page.unroute("**/api/v1/entries?**");
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => page.locator("table.entries td.title").allTextContents()).toEqual(["Serbian diaspora strategy 2021-2027"]);
  });

  it("shows the tracker's refusal when a contributor tries to confirm", async () => {
    const p2 = await browser.newPage();
    try {
      await p2.goto(`${base}/#/review`);
      await p2.getByLabel("Access token").fill(tokens.carla);
      await p2.getByRole("button", { name: "Sign in" }).click();
      const card = p2.locator("article.card");
      await card.waitFor();
      const id = (await card.getAttribute("data-id"))!;
      await p2.locator("body").focus();
      await p2.keyboard.press("c");
      await expect.poll(() => p2.locator(".banner.error").textContent()).toMatch(/did not allow.*reviewer/);
      expect((await get(id)).status).toBe("suggested");
    } finally {
      await p2.close();
    }
  });

  it("sends a refused token back to sign-in with a message", async () => {
    await page.evaluate(() => sessionStorage.setItem("mmt.dashboard.token", "revoked-or-wrong"));
    await page.reload();
    await page.getByLabel("Access token").waitFor();
    expect(await page.getByRole("status").textContent()).toMatch(/refused your token/);
    expect(await page.evaluate(() => sessionStorage.getItem("mmt.dashboard.token"))).toBeNull();
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
