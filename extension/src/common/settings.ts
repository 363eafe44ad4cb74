/**
 * Settings, kept in extension storage (storage.local): never in a web page, never in a URL.
 * Read on every use, so a background woken from sleep has no stale copy.
 */
import type { LabelLang } from "../../../shared/taxonomy/types";
import type { ExtApi } from "./api";

export interface Settings {
  /** e.g. "https://tracker.example.org"; empty: local only. */
  trackerUrl: string;
  token: string;
  /** ISO alpha-3 used when the page names no country. */
  defaultCountry: string;
  uiLang: LabelLang;
}

export const DEFAULT_SETTINGS: Settings = { trackerUrl: "", token: "", defaultCountry: "", uiLang: "en" };
const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const LANGS = new Set(["en", "fr", "es", "ru"]);

export async function loadSettings(api: Pick<ExtApi, "storageGet">): Promise<Settings> {
  const raw = await api.storageGet(KEYS);
  const s = { ...DEFAULT_SETTINGS };
  if (typeof raw.trackerUrl === "string") s.trackerUrl = raw.trackerUrl;
  if (typeof raw.token === "string") s.token = raw.token;
  if (typeof raw.defaultCountry === "string" && /^[A-Z]{3}$|^$/.test(raw.defaultCountry)) s.defaultCountry = raw.defaultCountry;
  if (typeof raw.uiLang === "string" && LANGS.has(raw.uiLang)) s.uiLang = raw.uiLang as LabelLang;
  return s;
}

/** Checks a tracker URL typed by a person: "" (local only) or an http(s) origin + optional path. */
export function validateTrackerUrl(input: string): { ok: true; url: string } | { ok: false; reason: string } {
  const v = input.trim();
  if (!v) return { ok: true, url: "" };
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return { ok: false, reason: "not a URL" };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, reason: "must start with https://" };
  if (u.username || u.password) return { ok: false, reason: "put the token in the token field, not in the URL" };
  return { ok: true, url: u.href.replace(/\/+$/, "") };
}

export async function saveSettings(api: Pick<ExtApi, "storageSet">, s: Settings): Promise<void> {
  await api.storageSet({ ...s });
}
