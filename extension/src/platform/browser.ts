/**
 * The only module that imports webextension-polyfill (which throws outside an extension, so
 * unit tests use a fake ExtApi instead). `chrome.sidePanel` has no polyfill metadata and is
 * called directly, in Chrome builds only.
 */
import browser from "webextension-polyfill";
import { type ExtApi, originPattern, type TabInfo } from "../common/api";

export { browser };

declare const __MMT_BROWSER__: "chrome" | "firefox";
export const TARGET: "chrome" | "firefox" = __MMT_BROWSER__;

function tabInfo(t: { id?: number; url?: string; title?: string; windowId?: number }): TabInfo {
  return { id: t.id ?? -1, url: t.url, title: t.title, windowId: t.windowId };
}

export const api: ExtApi = {
  async getTab(tabId) {
    return tabInfo(await browser.tabs.get(tabId));
  },
  async activeTab() {
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    return t ? tabInfo(t) : undefined;
  },
  async injectContent(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
  },
  sendToTab(tabId, message) {
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  },
  sendToBackground(message) {
    return browser.runtime.sendMessage(message);
  },
  storageGet(keys) {
    return browser.storage.local.get(keys);
  },
  storageSet(items) {
    return browser.storage.local.set(items);
  },
  hasOrigin(origin) {
    return browser.permissions.contains({ origins: [originPattern(origin, TARGET)] });
  },
  requestOrigin(origin) {
    return browser.permissions.request({ origins: [originPattern(origin, TARGET)] });
  },
  async setBadge(tabId, text, title) {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: "#1b7f3b" });
    if (title !== undefined) await browser.action.setTitle({ tabId, title });
  },
  getURL(path) {
    return browser.runtime.getURL(path);
  },
  fetch(url, init) {
    return fetch(url, init);
  },
};
