/**
 * Access tokens: a random 32-byte secret shown once, stored only as its sha256. Roles are
 * ordered viewer < contributor < reviewer < admin (docs/api.md "Who can do what").
 */
import { createHash, randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import type { TrackerDb } from "./db";
import { ROLES, type Role } from "./store";

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isRole(r: unknown): r is Role {
  return typeof r === "string" && (ROLES as readonly string[]).includes(r);
}

export function roleAtLeast(have: Role, want: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(want);
}

/** Makes a token; the secret is returned once and only its hash is stored. */
export async function createToken(t: TrackerDb, role: Role, name: string): Promise<{ token: string; info: TokenInfo }> {
  if (!isRole(role)) throw new Error(`unknown role "${String(role)}": one of ${ROLES.join(", ")}`);
  const clean = name.trim();
  if (!clean || clean.length > 200) throw new Error("a token needs a name of 1 to 200 characters");
  const token = `mmt_${randomBytes(32).toString("base64url")}`;
  const info: TokenInfo = { id: uuidv7(), name: clean, role, createdAt: new Date().toISOString(), revokedAt: null };
  await t.db
    .insertInto("tokens")
    .values({ id: info.id, name: info.name, role, hash: hashToken(token), created_at: info.createdAt, revoked_at: null })
    .execute();
  return { token, info };
}

/**
 * Registers a token given from outside (MMT_ADMIN_TOKEN for tests and development) unless
 * its hash is already known; a revoked one stays revoked.
 */
export async function ensureToken(t: TrackerDb, token: string, role: Role, name: string): Promise<void> {
  const hash = hashToken(token);
  const known = await t.db.selectFrom("tokens").select("id").where("hash", "=", hash).executeTakeFirst();
  if (known) return;
  await t.db
    .insertInto("tokens")
    .values({ id: uuidv7(), name, role, hash, created_at: new Date().toISOString(), revoked_at: null })
    .execute();
}

export async function listTokens(t: TrackerDb): Promise<TokenInfo[]> {
  const rows = await t.db.selectFrom("tokens").select(["id", "name", "role", "created_at", "revoked_at"]).orderBy("created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as Role,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes a token by id (or unique id prefix); false when none matches. */
export async function revokeToken(t: TrackerDb, id: string): Promise<boolean> {
  const clean = id.trim().toLowerCase();
  if (!/^[0-9a-f-]{4,36}$/.test(clean)) return false;
  const hits = await t.db.selectFrom("tokens").select("id").where("id", "like", `${clean}%`).where("revoked_at", "is", null).execute();
  const only = hits.length === 1 ? hits[0] : undefined;
  if (!only) return false;
  const r = await t.db
    .updateTable("tokens")
    .set({ revoked_at: new Date().toISOString() })
    .where("id", "=", only.id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countActiveTokens(t: TrackerDb): Promise<number> {
  const r = await t.db
    .selectFrom("tokens")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The holder of a bearer token, or null for an unknown or revoked one. */
export async function verifyToken(t: TrackerDb, token: string): Promise<{ id: string; name: string; role: Role } | null> {
  if (!token || token.length > 200) return null;
  const r = await t.db
    .selectFrom("tokens")
    .select(["id", "name", "role"])
    .where("hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!r || !isRole(r.role)) return null;
  return { id: r.id, name: r.name, role: r.role };
}
