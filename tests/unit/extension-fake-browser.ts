/**
 * A hand-written fake of the extension's browser seam (extension/src/common/api.ts): tabs with
 * content scripts that answer messages, storage, permissions, badges and fetch, all in memory.
 */
import type { ExtApi, TabInfo } from "../../extension/src/common/api";

export type ContentHandler = (msg: { type: string } & Record<string, unknown>) => unknown;

export interface FakeTab extends TabInfo {
  /** What the tab's content script answers; absent: the tab cannot be scripted. */
  content?: ContentHandler;
  scriptable?: boolean;
}

export class FakeBrowser implements ExtApi {
  tabs = new Map<number, FakeTab>();
  injected = new Set<number>();
  storage: Record<string, unknown> = {};
  origins = new Set<string>();
  /** Origins the person grants when asked. */
  grantOnRequest = new Set<string>();
  requested: string[] = [];
  badges = new Map<number, { text: string; title?: string }>();
  sentToTab: { tabId: number; msg: unknown }[] = [];
  sentToBackground: unknown[] = [];
  files = new Map<string, ArrayBuffer>();
  activeId: number | undefined;

  addTab(tab: FakeTab): this {
    this.tabs.set(tab.id, tab);
    return this;
  }
  async getTab(tabId: number): Promise<TabInfo> {
    const t = this.tabs.get(tabId);
    if (!t) throw new Error(`No tab with id: ${tabId}.`);
    return { id: t.id, url: t.url, title: t.title };
  }
  async activeTab(): Promise<TabInfo | undefined> {
    return this.activeId === undefined ? undefined : this.getTab(this.activeId);
  }
  async injectContent(tabId: number): Promise<void> {
    const t = this.tabs.get(tabId);
    if (!t?.scriptable) throw new Error("Cannot access contents of the page. Extension manifest must request permission to access the respective host.");
    this.injected.add(tabId);
  }
  async sendToTab<T>(tabId: number, msg: unknown): Promise<T> {
    this.sentToTab.push({ tabId, msg });
    const t = this.tabs.get(tabId);
    if (!t?.content || !this.injected.has(tabId)) throw new Error("Could not establish connection. Receiving end does not exist.");
    return (await t.content(msg as { type: string })) as T;
  }
  /** What the background answers (default: ok); it may throw or never settle. */
  background?: (msg: unknown) => unknown;
  async sendToBackground<T>(msg: unknown): Promise<T> {
    this.sentToBackground.push(msg);
    return (this.background ? await this.background(msg) : { ok: true }) as T;
  }
  async storageGet(keys: string[]): Promise<Record<string, unknown>> {
    return Object.fromEntries(keys.filter((k) => k in this.storage).map((k) => [k, this.storage[k]]));
  }
  async storageSet(items: Record<string, unknown>): Promise<void> {
    Object.assign(this.storage, structuredClone(items));
  }
  async hasOrigin(origin: string): Promise<boolean> {
    return this.origins.has(origin);
  }
  async requestOrigin(origin: string): Promise<boolean> {
    this.requested.push(origin);
    if (this.grantOnRequest.has(origin)) this.origins.add(origin);
    return this.origins.has(origin);
  }
  async setBadge(tabId: number, text: string, title?: string): Promise<void> {
    this.badges.set(tabId, { text, title });
  }
  getURL(path: string): string {
    return `chrome-extension://fakeid/${path}`;
  }
  async fetch(url: string): Promise<Response> {
    const body = this.files.get(url);
    if (!body) return new Response("not found", { status: 404 });
    return new Response(body, { status: 200, headers: { "content-type": "application/pdf" } });
  }
}
