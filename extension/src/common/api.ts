/**
 * The seam between the extension's logic and the browser (the idea of Hypothesis's
 * chrome-api.ts): panel, options and background code call these functions only, so unit tests
 * pass a fake and nothing but platform/browser.ts imports webextension-polyfill.
 */
import type { ContentRequest } from "./messages";

export interface TabInfo {
  id: number;
  /** Absent when the extension has no access to the tab (no activeTab grant, no host permission). */
  url?: string;
  title?: string;
  windowId?: number;
}

export interface ExtApi {
  getTab(tabId: number): Promise<TabInfo>;
  /** The active tab of the current window, if any. */
  activeTab(): Promise<TabInfo | undefined>;
  /** Inject content.js into the tab's top frame (needs activeTab or a host permission). */
  injectContent(tabId: number): Promise<void>;
  sendToTab<T>(tabId: number, message: unknown): Promise<T>;
  sendToBackground<T>(message: unknown): Promise<T>;
  storageGet(keys: string[]): Promise<Record<string, unknown>>;
  storageSet(items: Record<string, unknown>): Promise<void>;
  /** Whether the extension may read pages (and fetch files) of this origin ("https://x.org"). */
  hasOrigin(origin: string): Promise<boolean>;
  /** Ask the person for access to an origin; must run inside a click handler. */
  requestOrigin(origin: string): Promise<boolean>;
  setBadge(tabId: number, text: string, title?: string): Promise<void>;
  /** Absolute URL of a file of the extension. */
  getURL(path: string): string;
  fetch(url: string, init?: RequestInit): Promise<Response>;
}

/**
 * The pattern that permissions.request / contains take for an origin. Firefox's match patterns
 * cannot hold a port (bugs 1362809, 1468162): there "http://127.0.0.1:8787/*" matches no URL at
 * all, so contains() says no even when the host is granted, and request() grants nothing that
 * works. A port-less pattern covers every port of the host, which is the narrowest Firefox has.
 */
export function originPattern(origin: string, target: "chrome" | "firefox" = "chrome"): string {
  const bare = origin.replace(/\/+$/, "");
  if (target === "chrome") return `${bare}/*`;
  const u = new URL(bare);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The origin of a URL, or null for non-http(s) URLs (chrome://, about:, file:). */
export function httpOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Send a message to the tab's content script; if no content script answers, inject it and send
 * again. (No ping first: when the script is there, which is every time but the first, that
 * round trip to the page would be spent for nothing.)
 */
export async function askContent<T>(
  api: ExtApi,
  tabId: number,
  msg: ContentRequest,
  step?: (name: string) => void,
  newDocument = false,
): Promise<T> {
  // A tab that has just loaded a new document has no content script yet: asking first would
  // only wait for the "no receiver" error (20-45 ms on a busy 1 MB page). content.js ignores a
  // second injection, so a wrong guess costs one injection.
  if (!newDocument) {
    try {
      return await api.sendToTab<T>(tabId, msg);
    } catch {
      step?.("notThere");
    }
  }
  await api.injectContent(tabId);
  step?.("injected");
  return api.sendToTab<T>(tabId, msg);
}
