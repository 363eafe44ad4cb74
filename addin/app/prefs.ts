/**
 * Per-person preferences of the add-in (tracker URL, token, default country, scope), kept in
 * the add-in's own browser storage, NOT in the workbook: a workbook travels by e-mail, a token
 * must not. Per-workbook choices (column mapping, threshold, overwrite) live in the document
 * settings (addin/excel/settings.ts).
 */

export interface Prefs {
  trackerUrl: string;
  token: string;
  /** ISO 3166-1 alpha-3, or "". */
  defaultCountry: string;
  scope: "selection" | "table";
}

export const DEFAULT_PREFS: Prefs = { trackerUrl: "", token: "", defaultCountry: "", scope: "table" };

const KEY = "mmt.addin.prefs.v1";

function storage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadPrefs(): Prefs {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? "null") as Partial<Prefs> | null;
    if (!raw || typeof raw !== "object") return { ...DEFAULT_PREFS };
    return {
      trackerUrl: typeof raw.trackerUrl === "string" ? raw.trackerUrl : "",
      token: typeof raw.token === "string" ? raw.token : "",
      defaultCountry: typeof raw.defaultCountry === "string" ? raw.defaultCountry : "",
      scope: raw.scope === "selection" ? "selection" : "table",
    };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** What is wrong with the preferences, per field (empty when they are fine). */
export function checkPrefs(p: Prefs): Partial<Record<keyof Prefs, string>> {
  const errors: Partial<Record<keyof Prefs, string>> = {};
  if (p.trackerUrl) {
    try {
      const u = new URL(p.trackerUrl);
      if (u.protocol !== "https:" && u.protocol !== "http:") errors.trackerUrl = "Use an http(s) address.";
      else if (u.username || u.password) errors.trackerUrl = "Put the token in the token field, not in the address.";
    } catch {
      errors.trackerUrl = "Not a web address (e.g. https://tracker.example.org).";
    }
  }
  if (p.defaultCountry && !/^[A-Za-z]{3}$/.test(p.defaultCountry)) {
    errors.defaultCountry = "Three letters (ISO 3166-1 alpha-3), e.g. KGZ.";
  }
  return errors;
}

export function savePrefs(p: Prefs): void {
  storage()?.setItem(KEY, JSON.stringify({ ...p, defaultCountry: p.defaultCountry.toUpperCase() }));
}
