/**
 * `mmt push FILE.jsonl --url U --token T`: sends entries (one JSON Entry per line) to a
 * running tracker in batches. Upserts are idempotent, so a re-run or a retried batch changes
 * nothing twice. Exit code 1 when any entry is invalid or in conflict.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

export const summary = "send entries (JSONL) to a tracker in idempotent batches";

const HELP = `usage: mmt push FILE.jsonl|- --url URL [--token T] [--batch 500]

  --url    the tracker, e.g. http://127.0.0.1:8787 (env MMT_URL)
  --token  a contributor (or higher) token (env MMT_TOKEN)
`;

const MAX_BATCH_BYTES = 4 * 1024 * 1024;

type Result = { id: string; result: string; reason?: string; revision?: number };

async function putBatch(url: string, token: string, lines: string[]): Promise<Result[]> {
  const body = `{"entries":[${lines.join(",")}]}`;
  let wait = 500;
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(`${url}/api/v1/entries`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(120_000),
      });
    } catch (err) {
      if (attempt >= 5) throw new Error(`cannot reach ${url}: ${err instanceof Error ? err.message : String(err)}`);
      await new Promise((r) => setTimeout(r, wait));
      wait *= 2;
      continue;
    }
    if (res.status >= 500 || res.status === 429) {
      if (attempt >= 5) throw new Error(`the tracker answered ${res.status} ${await res.text()}`);
      const after = Number(res.headers.get("retry-after"));
      await new Promise((r) => setTimeout(r, after > 0 ? after * 1000 : wait));
      wait *= 2;
      continue;
    }
    const json = (await res.json().catch(() => null)) as { results?: Result[]; error?: { message?: string } } | null;
    if (!res.ok || !json?.results) {
      throw new Error(`the tracker refused the batch (${res.status}): ${json?.error?.message ?? "no details"}`);
    }
    return json.results;
  }
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string", default: process.env.MMT_URL },
      token: { type: "string", default: process.env.MMT_TOKEN },
      batch: { type: "string", default: "500" },
      help: { type: "boolean", short: "h" },
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const url = values.url?.replace(/\/+$/, "");
  if (!url || !values.token) {
    process.stderr.write("mmt push: --url and --token (or MMT_URL and MMT_TOKEN) are required\n");
    return 2;
  }
  const size = Number(values.batch);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    process.stderr.write("mmt push: --batch must be 1..1000\n");
    return 2;
  }
  const counts: Record<string, number> = { created: 0, updated: 0, unchanged: 0, conflict: 0, invalid: 0 };
  let shown = 0;
  const report = (rs: Result[], lineNos: number[]) => {
    rs.forEach((r, i) => {
      counts[r.result] = (counts[r.result] ?? 0) + 1;
      if ((r.result === "invalid" || r.result === "conflict") && shown++ < 50) {
        const why = r.result === "conflict" ? `conflict (tracker has revision ${r.revision ?? "deleted"})` : `invalid: ${r.reason ?? ""}`;
        process.stderr.write(`line ${lineNos[i]} ${r.id || "(no id)"}: ${why}\n`);
      }
    });
  };

  const input = file === "-" ? process.stdin : createReadStream(file, "utf8");
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let batch: string[] = [];
  let lineNos: number[] = [];
  let bytes = 0;
  let n = 0;
  let bad = 0;
  const flush = async () => {
    if (!batch.length) return;
    report(await putBatch(url, values.token as string, batch), lineNos);
    batch = [];
    lineNos = [];
    bytes = 0;
  };
  for await (const raw of rl) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    try {
      JSON.parse(line);
    } catch {
      bad++;
      if (shown++ < 50) process.stderr.write(`line ${n}: not JSON, skipped\n`);
      continue;
    }
    if (bytes + line.length > MAX_BATCH_BYTES) await flush();
    batch.push(line);
    lineNos.push(n);
    bytes += line.length + 1;
    if (batch.length >= size) await flush();
  }
  await flush();
  counts.invalid = (counts.invalid ?? 0) + bad;
  process.stdout.write(
    `created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, conflict ${counts.conflict}, invalid ${counts.invalid}\n`,
  );
  return counts.invalid || counts.conflict ? 1 : 0;
}
