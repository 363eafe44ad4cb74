/**
 * Background (Chrome: module service worker; Firefox: event page). Every listener is registered
 * synchronously at the top level, and no state lives in module variables beyond caches that
 * can be rebuilt: settings are read from storage on every event.
 */
import { loadSettings } from "../common/settings";
import { existingFor, openOutbox, saveAndPush, syncNow } from "../common/sync";
import type { BackgroundRequest, PageText, PrepareTiming } from "../common/messages";
import { pageTagOptions, remembered } from "../common/page-tags";
import { withSentences } from "../panel/evidence";
import { tag, warmUp } from "../../../shared/tagger/index";
import { api, browser, TARGET } from "../platform/browser";
import { askContent } from "../common/api";
import { epochNow } from "../panel/timing";
import { tagSelection } from "./selection";
import { type Sidebar, toggleSidebar } from "./sidebar";

declare const __MMT_TEST__: boolean;
const MENU_ID = "mmt-tag-selection";

async function runTagSelection(tabId: number) {
  const settings = await loadSettings(api);
  const box = await openOutbox();
  const result = await tagSelection(tabId, { api, settings, save: (e) => saveAndPush(box, e, settings) });
  if (result.ok) {
    await api.setBadge(tabId, "+1", `MM Tracker: passage saved (${result.entry.tags.length} tags)`).catch(() => {});
  } else {
    await api.setBadge(tabId, "!", `MM Tracker: ${result.reason}`).catch(() => {});
  }
  return result;
}

/**
 * Tabs whose current document has content.js from this background: a click on any other tab
 * injects it first instead of asking and waiting for the "no receiver" error (10-20 ms on a busy
 * 1 MB page). A cache only: it is empty after the background restarts, and a tab it does not
 * know costs one needless injection at worst (content.js ignores a second one).
 */
const injected = new Set<number>();

/**
 * The button was clicked on a tab: read and tag its text now, while the panel page is still
 * loading (~60-100 ms) and its own tagging worker is not even started. The tags are left with the
 * text in the content script (mmt:remember), where the panel finds them as on a re-open; the
 * panel's ask waits for them meanwhile (TAGS_COMING_MS at most). The background's tagger stays
 * built and optimised between clicks while the background lives; a fresh panel worker never is.
 */
async function prepareTab(tabId: number | undefined): Promise<PrepareTiming | undefined> {
  if (tabId === undefined) return undefined;
  const timing: PrepareTiming = { start: epochNow() };
  // Without the text when tags are kept with it already (a re-open), or once another prepareTab's
  // tags arrive (a click and a panel's mmt:prepare at once): then there is nothing to do.
  const asked = askContent<PageText>(api, tabId, { type: "mmt:extract", text: "unless-remembered", tagging: true }, undefined, !injected.has(tabId));
  // Built while the page's own process reads the text (a no-op once built). Warming its code
  // up on a sample meanwhile, as the panel's worker does, made openings on a just-woken
  // background slower, not faster (A/B in the bench: 181-184 against 166-167 ms).
  warmUp();
  let page: PageText;
  try {
    page = await asked;
  } catch {
    return timing; // no access, or not a page: the panel says why
  }
  timing.page = epochNow();
  timing.extract = page.timing;
  injected.add(tabId);
  if (page.remembered !== undefined || page.textId === undefined) return timing;
  let value: unknown;
  try {
    // PDFs in the browser's viewer are read by the panel with pdf.js; their "text" here is empty.
    if (page.contentType !== "application/pdf" && page.text) {
      const options = pageTagOptions(page.title);
      value = remembered(page.title, withSentences(page.text, tag(page.text, options)));
      timing.tagged = epochNow();
    }
  } finally {
    // Sent even without tags, so that a waiting panel stops waiting.
    await askContent(api, tabId, { type: "mmt:remember", textId: page.textId, value }).catch(() => {});
  }
  timing.remembered = epochNow();
  return timing;
}

async function refreshBadge(tabId: number, url: string | undefined): Promise<void> {
  if (!url || !/^https?:/.test(url)) return;
  const box = await openOutbox();
  const found = await existingFor(box, url);
  await api.setBadge(tabId, found ? "✓" : "", found ? "MM Tracker: this page is already in the tracker" : "MM Tracker");
}

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: "Tag selection", contexts: ["selection"] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void runTagSelection(tab.id);
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A new document: the content script went with the old one.
  if (change.status === "loading") injected.delete(tabId);
  // tab.url is only visible for tabs we were granted (activeTab, host permission).
  if (change.status === "complete") void refreshBadge(tabId, tab.url).catch(() => {});
});

browser.tabs.onRemoved.addListener((tabId) => {
  injected.delete(tabId);
});

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = raw as BackgroundRequest;
  if (msg?.type === "mmt:badge") {
    return api.setBadge(msg.tabId, msg.inTracker ? "✓" : "", msg.inTracker ? "MM Tracker: this page is already in the tracker" : "MM Tracker").then(() => ({ ok: true }));
  }
  if (msg?.type === "mmt:tag-selection") return runTagSelection(msg.tabId);
  if (msg?.type === "mmt:prepare") return prepareTab(msg.tabId).then((timing) => ({ ok: true, timing }));
  if (msg?.type === "mmt:sync") {
    return (async () => ({ error: await syncNow(await openOutbox(), await loadSettings(api)) }))();
  }
  return undefined;
});

browser.runtime.onStartup.addListener(() => {
  void (async () => syncNow(await openOutbox(), await loadSettings(api)))();
});

if (TARGET === "chrome") {
  // The toolbar button (and its _execute_action shortcut) opens the side panel. This is done
  // in action.onClicked rather than with setPanelBehavior({openPanelOnActionClick}), because only
  // a fired onClicked grants activeTab on the page (kizuna-ai-lab/sokuji#196). sidePanel.open
  // must be called synchronously in the click, with no await before it.
  type ChromeLike = {
    action: { onClicked: { addListener(cb: (tab: { id?: number; windowId: number }) => void): void } };
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
  };
  const chromeApi = (globalThis as unknown as { chrome: ChromeLike }).chrome;
  chromeApi.action.onClicked.addListener((tab) => {
    void chromeApi.sidePanel?.open({ windowId: tab.windowId }).catch(() => {});
    void prepareTab(tab.id);
    // An open panel that could not read this tab can now (activeTab was just granted).
    void browser.runtime.sendMessage({ type: "mmt:access-granted", tabId: tab.id }).catch(() => {});
  });
} else {
  // Firefox: the button toggles the sidebar (must be called synchronously in the click).
  const sidebar = (browser as unknown as { sidebarAction?: Sidebar }).sidebarAction;
  browser.action.onClicked.addListener((tab) => {
    if (sidebar) void toggleSidebar(sidebar, tab.windowId, () => prepareTab(tab.id).then(() => {}));
    void browser.runtime.sendMessage({ type: "mmt:access-granted", tabId: tab.id }).catch(() => {});
  });
}

if (__MMT_TEST__) {
  // Test builds only: Playwright cannot click a context menu, so it calls the same function.
  // Nor click the toolbar button: prepareTab is what the click does besides opening the panel.
  (globalThis as Record<string, unknown>).__mmtTest = { tagSelection: runTagSelection, prepareTab };
  // The same from an extension page, for the bench's openings on a stopped background (a
  // message wakes it, as a click does; Playwright loses its handle on a stopped worker). It
  // answers first and then starts prepareTab, as a click opens the panel and then prepares.
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const m = raw as { type?: string; tabId?: number };
    if (m?.type !== "mmt:test-prepare") return undefined;
    setTimeout(() => void prepareTab(m.tabId), 0);
    return Promise.resolve({ ok: true });
  });
}
