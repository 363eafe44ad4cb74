/**
 * The dashboard's link to the tracker that serves it: the shared TrackerClient over the page's
 * origin, the token in sessionStorage (gone when the tab closes; never in a URL), and the
 * export download (fetch with the Authorization header, then a Blob link).
 */
import { TrackerClient } from "../../../shared/sync/client";
import { AuthError, HttpError, NetworkError } from "../../../shared/sync/errors";
import { apiQuery, type Filters } from "./filters";

const TOKEN_KEY = "mmt.dashboard.token";

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage blocked: the token lives only in memory for this page
  }
}

/** The tracker's address: the origin this page came from (the tracker serves it at `/`). */
export function trackerBase(): string {
  return location.origin;
}

export function makeClient(token: string): TrackerClient {
  return new TrackerClient({ baseUrl: trackerBase(), token, timeoutMs: 60_000 });
}

export type ErrorKind = "auth" | "forbidden" | "network" | "request";

/** A failure, sorted for the person: sign in again, not allowed, cannot reach, or bad request. */
export function classify(e: unknown): { kind: ErrorKind; message: string } {
  if (e instanceof AuthError) {
    return e.status === 403
      ? { kind: "forbidden", message: "Your token's role does not allow this. Ask the tracker's admin for a reviewer token." }
      : { kind: "auth", message: "The tracker refused your token (wrong, expired or revoked). Sign in again." };
  }
  if (e instanceof NetworkError) {
    return e.status === undefined
      ? { kind: "network", message: `Cannot reach the tracker: ${e.message}. Check your connection and try again.` }
      : { kind: "network", message: `The tracker had a problem (${e.message}). Try again in a moment.` };
  }
  if (e instanceof HttpError) return { kind: "request", message: e.message };
  return { kind: "network", message: e instanceof Error ? e.message : String(e) };
}

export const EXPORT_FORMATS = [
  { format: "csv", label: "CSV", ext: "csv" },
  { format: "xlsx", label: "Excel (XLSX)", ext: "xlsx" },
  { format: "jsonl", label: "JSON Lines", ext: "jsonl" },
  { format: "jsonld", label: "JSON-LD (Web Annotations)", ext: "jsonld" },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]["format"];

/** The file name from a content-disposition header, or null. */
export function dispositionName(h: string | null): string | null {
  if (!h) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(h);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(h);
  return plain ? plain[1].trim() : null;
}

/** Strip path separators and control characters from a server-given file name. */
export function safeFileName(name: string, fallback: string): string {
  const n = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^\.+/, "").slice(0, 150);
  return n || fallback;
}

/** Fetch the export of the current filter and hand it to the browser as a download. */
export async function downloadExport(token: string, filters: Filters, format: ExportFormat): Promise<string> {
  const url = `${trackerBase()}/api/v1/export?${apiQuery(filters, { format })}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (e) {
    throw new NetworkError(`GET /api/v1/export: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) {
    let msg = "";
    try {
      const j = (await res.json()) as { error?: { message?: string } };
      msg = j.error?.message ?? "";
    } catch {
      // not JSON
    }
    const what = `GET /api/v1/export: HTTP ${res.status}${msg ? ` ${msg}` : ""}`;
    if (res.status === 401 || res.status === 403) throw new AuthError(what, res.status);
    if (res.status >= 500 || res.status === 429) throw new NetworkError(what, res.status);
    throw new HttpError(what, res.status);
  }
  const blob = await res.blob();
  const ext = EXPORT_FORMATS.find((f) => f.format === format)?.ext ?? format;
  const name = safeFileName(dispositionName(res.headers.get("content-disposition")) ?? "", `mm-tracker-export.${ext}`);
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
