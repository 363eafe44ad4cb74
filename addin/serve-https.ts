/**
 * HTTPS for sideloading in development: Office loads add-ins over HTTPS only, and `mmt serve`
 * speaks plain HTTP. This serves dist/addin at https://localhost:3000/addin/ with the
 * certificate of office-addin-dev-certs, and passes /api/ and /healthz through to the tracker,
 * so the pane reaches the tracker on its own origin (no CORS, no mixed content):
 *
 *   npx office-addin-dev-certs install          # once: makes and trusts a localhost certificate
 *   npm run build && node cli/mmt.mjs serve &   # the tracker on http://127.0.0.1:8787
 *   node --import tsx addin/serve-https.ts [--port 3000] [--tracker http://127.0.0.1:8787]
 *                                          [--certs ~/.office-addin-dev-certs] [--dir dist/addin]
 *
 * In the pane's Settings, the tracker address is then https://localhost:3000.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json",
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function proxy(req: IncomingMessage, res: ServerResponse, tracker: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === "string" && !["host", "connection", "content-length"].includes(k)) headers[k] = v;
  }
  try {
    const r = await fetch(new URL(req.url ?? "/", tracker), {
      method: req.method ?? "GET",
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const out: Record<string, string> = {};
    r.headers.forEach((v, k) => {
      if (!["content-encoding", "transfer-encoding", "connection"].includes(k)) out[k] = v;
    });
    res.writeHead(r.status, out).end(Buffer.from(await r.arrayBuffer()));
  } catch (e) {
    res
      .writeHead(502, { "content-type": "application/json" })
      .end(JSON.stringify({ error: { code: "bad_gateway", message: `tracker at ${tracker} unreachable: ${(e as Error).message}` } }));
  }
}

export function main(): void {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const dir = resolve(arg("dir", join(here, "..", "dist", "addin")));
  const certs = arg("certs", join(homedir(), ".office-addin-dev-certs"));
  const port = Number(arg("port", "3000"));
  const tracker = arg("tracker", "http://127.0.0.1:8787");
  const key = join(certs, "localhost.key");
  const cert = join(certs, "localhost.crt");
  if (!existsSync(key) || !existsSync(cert)) {
    process.stderr.write(`no certificate in ${certs}: run \`npx office-addin-dev-certs install\` first\n`);
    process.exit(2);
  }
  if (!existsSync(join(dir, "taskpane.html"))) {
    process.stderr.write(`${dir} has no taskpane.html: run \`npm run build\` first\n`);
    process.exit(2);
  }
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = new URL(req.url ?? "/", "https://localhost").pathname;
    if (path.startsWith("/api/") || path === "/healthz") {
      void proxy(req, res, tracker);
      return;
    }
    if (!path.startsWith("/addin/")) {
      res.writeHead(302, { location: "/addin/taskpane.html" }).end();
      return;
    }
    const file = join(dir, normalize(decodeURIComponent(path.slice("/addin/".length))).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  server.listen(port, "127.0.0.1", () => {
    process.stdout.write(
      `add-in on https://localhost:${port}/addin/taskpane.html (manifest: https://localhost:${port}/addin/manifest.xml); tracker ${tracker} via /api\n`,
    );
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
