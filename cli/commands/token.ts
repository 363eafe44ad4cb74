/**
 * `mmt token create|list|revoke`: manage the tracker's access tokens directly in its database.
 * A new token is printed once; only its hash is stored.
 */
import { parseArgs } from "node:util";
import { createToken, isRole, listTokens, revokeToken } from "../../tracker/auth";
import { DEFAULT_DB_FILE, openDb } from "../../tracker/db";
import { ROLES } from "../../tracker/store";

export const summary = "manage tracker tokens: create --role R --name N | list | revoke ID";

const HELP = `usage: mmt token create --role viewer|contributor|reviewer|admin --name NAME [--db D]
       mmt token list [--db D] [--json]
       mmt token revoke ID [--db D]

  --db  the tracker's database (default ${DEFAULT_DB_FILE}; env MMT_DB)
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      name: { type: "string" },
      db: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [sub, arg] = positionals;
  if (values.help || !sub) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const spec = values.db ?? process.env.MMT_DB ?? DEFAULT_DB_FILE;
  if (sub === "create") {
    if (!isRole(values.role)) {
      process.stderr.write(`mmt token create: --role must be one of ${ROLES.join(", ")}\n`);
      return 2;
    }
    if (!values.name?.trim()) {
      process.stderr.write("mmt token create: --name is required (a person or a device)\n");
      return 2;
    }
    const db = await openDb(spec);
    try {
      const { token, info } = await createToken(db, values.role, values.name);
      if (values.json) process.stdout.write(`${JSON.stringify({ ...info, token })}\n`);
      else
        process.stdout.write(
          `Token ${info.id} (${info.role}, "${info.name}"). Shown once; keep it safe:\n\n  ${token}\n\n`,
        );
      return 0;
    } finally {
      await db.close();
    }
  }
  if (sub === "list") {
    const db = await openDb(spec);
    try {
      const all = await listTokens(db);
      if (values.json) process.stdout.write(`${JSON.stringify(all)}\n`);
      else {
        process.stdout.write(`${"id".padEnd(36)}  ${"role".padEnd(11)}  ${"created".padEnd(24)}  state    name\n`);
        for (const t of all) {
          process.stdout.write(
            `${t.id}  ${t.role.padEnd(11)}  ${t.createdAt.padEnd(24)}  ${(t.revokedAt ? "revoked" : "active").padEnd(7)}  ${t.name}\n`,
          );
        }
      }
      return 0;
    } finally {
      await db.close();
    }
  }
  if (sub === "revoke") {
    if (!arg) {
      process.stderr.write("mmt token revoke: give the token's id (see `mmt token list`)\n");
      return 2;
    }
    const db = await openDb(spec);
    try {
      if (await revokeToken(db, arg)) {
        process.stdout.write(`revoked ${arg}\n`);
        return 0;
      }
      process.stderr.write(`mmt token revoke: no active token has the id ${arg} (or the prefix is not unique)\n`);
      return 1;
    } finally {
      await db.close();
    }
  }
  process.stderr.write(`mmt token: unknown sub-command "${sub}"\n${HELP}`);
  return 2;
}
