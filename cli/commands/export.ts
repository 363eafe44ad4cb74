/**
 * `mmt export --url U --token T --format csv|xlsx|jsonl|jsonld [filters] [--out F]`: downloads
 * the filtered entries from a running tracker to a file (or standard output).
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { type ParseArgsConfig, parseArgs } from "node:util";

export const summary = "download entries from a tracker as CSV, XLSX, JSONL or JSON-LD annotations";

const FILTERS = ["country", "facet", "tag", "status", "kind", "url", "sha256", "workbook", "rowKey", "q", "author", "since"] as const;

const HELP = `usage: mmt export --url URL [--token T] --format csv|xlsx|jsonl|jsonld [--out FILE]
                  [--country ISO3] [--facet F [--tag ID]] [--status S] [--kind K] [--q TEXT]
                  [--author NAME] [--since ISO-TIME] [--url-filter URL] [--sha256 H]

  --url    the tracker (env MMT_URL);  --token  any token (env MMT_TOKEN)
  --out    file to write (default: standard output)
`;

export async function run(argv: string[]): Promise<number> {
  const options = {
    url: { type: "string", default: process.env.MMT_URL },
    token: { type: "string", default: process.env.MMT_TOKEN },
    format: { type: "string", default: "csv" },
    out: { type: "string" },
    "url-filter": { type: "string" },
    help: { type: "boolean", short: "h" },
    ...Object.fromEntries(FILTERS.filter((f) => f !== "url").map((f) => [f, { type: "string" }])),
  } as const;
  const { values } = parseArgs({ args: argv, options: options as ParseArgsConfig["options"] });
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const url = typeof v.url === "string" ? v.url.replace(/\/+$/, "") : "";
  const token = typeof v.token === "string" ? v.token : "";
  if (!url || !token) {
    process.stderr.write("mmt export: --url and --token (or MMT_URL and MMT_TOKEN) are required\n");
    return 2;
  }
  const q = new URLSearchParams({ format: String(v.format) });
  for (const f of FILTERS) {
    const val = f === "url" ? v["url-filter"] : v[f];
    if (typeof val === "string" && val) q.set(f, val);
  }
  let res: Response;
  try {
    res = await fetch(`${url}/api/v1/export?${q}`, { headers: { authorization: `Bearer ${token}` } });
  } catch (err) {
    process.stderr.write(`mmt export: cannot reach ${url}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (!res.ok || !res.body) {
    const j = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    process.stderr.write(`mmt export: the tracker answered ${res.status}: ${j?.error?.message ?? "no details"}\n`);
    return 1;
  }
  const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
  if (typeof v.out === "string" && v.out) {
    await pipeline(body, createWriteStream(v.out));
    process.stderr.write(`mmt export: wrote ${v.out}\n`);
  } else {
    await pipeline(body, process.stdout);
  }
  return 0;
}
