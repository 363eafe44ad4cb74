/**
 * `mmt serve`: the tracker. With no options it keeps its data in ./.mmt/tracker.sqlite (made,
 * with its tables, on first start) and listens on 127.0.0.1:8787.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../../tracker/app";
import { countActiveTokens, createToken, ensureToken } from "../../tracker/auth";
import { DEFAULT_DB_FILE, openDb } from "../../tracker/db";

export const summary = "run the tracker (HTTP API, dashboard, add-in files) on an SQLite file or PostgreSQL";

const HELP = `usage: mmt serve [--port 8787] [--host 127.0.0.1] [--db FILE|sqlite:FILE|postgres://...]
                 [--cors-origin ORIGIN]... [--rate-limit N] [--log-level info]

  --db           where the data lives (default ${DEFAULT_DB_FILE}; env MMT_DB)
  --cors-origin  a browser origin allowed to call the API, repeatable (env MMT_CORS_ORIGINS,
                 comma-separated): chrome-extension://ID, moz-extension://UUID, https://addin-host
  --rate-limit   requests per minute per token (default 1200; 0 = off)
  --sqlite-sync  full (default: a saved batch survives a power cut) or normal (faster; survives
                 a killed process, may lose the last batches on a power cut); env MMT_SQLITE_SYNC
  env MMT_ADMIN_TOKEN  also accept this admin token (tests, development)
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: process.env.MMT_PORT ?? "8787" },
      host: { type: "string", default: "127.0.0.1" },
      db: { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      "rate-limit": { type: "string" },
      "log-level": { type: "string", default: process.env.NODE_ENV === "test" ? "warn" : "info" },
      "sqlite-sync": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`mmt serve: --port must be 0..65535\n`);
    return 2;
  }
  const spec = values.db ?? process.env.MMT_DB ?? DEFAULT_DB_FILE;
  const origins = [
    ...(values["cors-origin"] ?? []),
    ...(process.env.MMT_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ];
  const rl = values["rate-limit"] === undefined ? 1200 : Number(values["rate-limit"]);
  if (!Number.isInteger(rl) || rl < 0) {
    process.stderr.write("mmt serve: --rate-limit must be a whole number\n");
    return 2;
  }

  const syncMode = values["sqlite-sync"]?.toUpperCase();
  if (syncMode !== undefined && syncMode !== "FULL" && syncMode !== "NORMAL") {
    process.stderr.write("mmt serve: --sqlite-sync must be full or normal\n");
    return 2;
  }
  const db = await openDb(spec, syncMode ? { sqliteSync: syncMode } : {});
  process.stdout.write(`mmt serve: data in ${db.where} (${db.dialect})\n`);
  const envToken = process.env.MMT_ADMIN_TOKEN;
  if (envToken) await ensureToken(db, envToken, "admin", "admin (MMT_ADMIN_TOKEN)");
  if ((await countActiveTokens(db)) === 0) {
    const { token } = await createToken(db, "admin", "first admin");
    process.stdout.write(
      `\nNo tokens yet: made an admin token. It is shown ONCE; keep it safe:\n\n  ${token}\n\n` +
        "Make tokens for people with `mmt token create --role contributor --name NAME`.\n\n",
    );
  }

  const root = resolve(import.meta.dirname, "../..");
  const app = await buildApp({
    db,
    corsOrigins: origins,
    logger: { level: values["log-level"] },
    rateLimit: rl === 0 ? false : { max: rl },
    dashboardDir: resolve(root, "dist/dashboard"),
    addinDir: resolve(root, "dist/addin"),
  });
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    // A client holding a connection open must not keep the process alive: give it 5 s.
    setTimeout(() => process.exit(0), 5000).unref();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  const address = await app.listen({ port, host: values.host });
  process.stdout.write(`mmt serve: listening on ${address}${origins.length ? ` (CORS: ${origins.join(", ")})` : " (CORS: no browser origins)"}\n`);
  await new Promise(() => {});
  return 0;
}
