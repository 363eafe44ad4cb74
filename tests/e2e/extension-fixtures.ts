/**
 * Fixtures of the extension's end-to-end tests (Chromium and Firefox) and benchmark: a test
 * build of the extension, a policy page with menus and a footer around the article, a two-page
 * PDF drawn with pdf-lib, and a small static server on 127.0.0.1:0.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";

const repo = resolve(import.meta.dirname, "..", "..");

/** The extension's test build for one browser into `out`, through build.ts's command line. */
export function buildTestExtension(target: "chrome" | "firefox", out: string): void {
  const b = spawnSync(process.execPath, ["--import", "tsx", join(repo, "extension/build.ts"), "--test", "--target", target, "--out", out], {
    cwd: repo,
    encoding: "utf8",
  });
  if (b.status !== 0) throw new Error(`${target} test build failed:\n${b.stderr}`);
}

/** The page and the PDF both browser tests read, at /policy.html and /strategy.pdf. */
export async function servePolicySite(): Promise<StaticServer> {
  return serveFiles({
    "/policy.html": { type: "text/html; charset=utf-8", body: policyHtml() },
    "/strategy.pdf": { type: "application/pdf", body: await policyPdf() },
  });
}

export const POLICY_TITLE = "Law on Labour Migration and Remittances";

export const POLICY_PARAGRAPHS = [
  "This Law on labour migration regulates the recruitment of migrant workers abroad and the protection of their rights.",
  "The Government shall lower the cost of remittances sent home by migrant workers and promote the productive use of remittances.",
  "The Ministry of Labour coordinates the reintegration of returning migrants and supports the return of migrant workers.",
  "Diaspora organisations are partners of the State in the development of the country.",
];

export function policyHtml(extraParagraphs: string[] = []): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const paras = [...POLICY_PARAGRAPHS, ...extraParagraphs].map((p) => `<p>${esc(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${POLICY_TITLE}</title></head>
<body style="font: 16px/1.5 serif; max-width: 760px; margin: 0 auto; padding: 0 16px">
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather and football results</a></nav>
<div style="height: 1400px; color: #888">(long header area)</div>
<article>
<h1>${POLICY_TITLE}</h1>
<p>Adopted by Parliament on 12 March 2021.</p>
${paras}
<p>Untrusted markup stays text: &lt;img src=x onerror="window.__pwned=1"&gt;</p>
</article>
<footer>Copyright Ministry of Labour. Cookie settings. Contact.</footer>
</body></html>`;
}

export async function policyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("National Strategy on Migration 2024-2030");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [
    ["National Strategy on Migration 2024-2030", "Chapter 1. Data on migration and statistics on migrant stocks.", "The strategy is adopted by the Government."],
    ["Chapter 2. Labour migration", "The State shall protect migrant workers abroad and regulate recruitment agencies.", "Remittances sent by migrant workers shall be cheaper and safer."],
  ];
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const [i, l] of lines.entries()) page.drawText(l, { x: 50, y: 780 - i * 24, size: 12, font });
  }
  return doc.save();
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveFiles(files: Record<string, { type: string; body: string | Uint8Array }>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const f = files[(req.url ?? "/").split("?")[0]];
    if (!f) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": f.type, "cache-control": "no-store" });
    res.end(f.body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
