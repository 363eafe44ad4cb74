/**
 * Getting the text of the tab the panel is about: the content script's Readability text for web
 * pages; for PDFs, the file fetched and read with pdf.js (passed in as `readPdf`, so this module
 * stays testable without pdf.js). All browser calls go through the ExtApi seam.
 */
import { askContent, type ExtApi, httpOrigin, type TabInfo } from "../common/api";
import { type BackgroundRequest, type ExtractTiming, type PageText, type PrepareTiming, TAGS_COMING_MS } from "../common/messages";
import { fromEpoch, mark } from "./timing";

export interface PdfText {
  text: string;
  pageStarts: number[];
  title?: string;
  pages: number;
}

export type LoadedPage =
  | { kind: "html"; tab: TabInfo; page: PageText }
  | { kind: "pdf"; tab: TabInfo; url: string; title: string; pdf: PdfText }
  /** The PDF's origin needs the person's permission first (a click on "Allow"). */
  | { kind: "needs-permission"; tab: TabInfo; url: string; origin: string }
  /** The extension cannot read this tab (no activeTab grant, or a browser page). */
  | { kind: "unreadable"; tab: TabInfo; reason: string };

export interface LoadOptions {
  readPdf: (data: ArrayBuffer) => Promise<PdfText>;
  /** The tab has just loaded a new document (so no content script is there yet). */
  newDocument?: boolean;
  /** Whether to ask the background to read and tag the page first (default true; see loadPage). */
  viaBackground?: boolean;
}

export function looksLikePdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The tab the panel is for: ?tabId= (tests, a panel opened for a tab), else the active tab. */
export async function targetTab(api: ExtApi, search: string): Promise<TabInfo | undefined> {
  const id = Number(new URLSearchParams(search).get("tabId"));
  if (Number.isInteger(id) && id > 0) return api.getTab(id);
  return api.activeTab();
}

/**
 * Has the background read and tag the tab (mmt:prepare, what a click on the button does too):
 * its tagger is built and optimised while the background lives, while the panel's own worker is
 * new with every panel (cold openings with one took ~300-360 ms, most of it the worker's start;
 * a panel following its tab to the next page found it cold again). The tags are left with the
 * text in the content script, so the panel's ask then finds them, as on a re-open. A click's
 * own prepareTab and this one do not tag twice: the second waits for the first's tags in the
 * content script. If the background does not answer in TAGS_COMING_MS, the panel asks anyway
 * (and tags the text itself if no tags are kept with it).
 */
async function backgroundTags(api: ExtApi, tabId: number): Promise<void> {
  mark("prepareAsked");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((ok) => {
    timer = setTimeout(ok, TAGS_COMING_MS);
  });
  const reply = await Promise.race([api.sendToBackground<{ timing?: PrepareTiming }>({ type: "mmt:prepare", tabId } satisfies BackgroundRequest).catch(() => undefined), late]);
  clearTimeout(timer);
  mark("prepared");
  const t = reply?.timing;
  if (t) {
    mark("bgStart", fromEpoch(t.start));
    if (t.page) mark("bgPage", fromEpoch(t.page));
    if (t.extract) markExtract(t.extract, "bg");
    if (t.tagged) mark("bgTagged", fromEpoch(t.tagged));
    if (t.remembered) mark("bgRemembered", fromEpoch(t.remembered));
  }
}

/** The content script's steps of an extraction, on this page's clock (`prefix` for the background's). */
function markExtract(t: ExtractTiming, prefix = ""): void {
  const name = (n: string) => (prefix ? `${prefix}${n[0].toUpperCase()}${n.slice(1)}` : n);
  mark(name("contentScriptRan"), fromEpoch(t.injected));
  mark(name("extractStart"), fromEpoch(t.start));
  if (t.marked) mark(name("marked"), fromEpoch(t.marked));
  mark(name("cloned"), fromEpoch(t.cloned));
  mark(name("parsed"), fromEpoch(t.parsed));
  mark(name("cleaned"), fromEpoch(t.cleaned));
}

export async function loadPage(api: ExtApi, tab: TabInfo, opts: LoadOptions): Promise<LoadedPage> {
  let page: PageText | undefined;
  let contentError = "";
  if (!looksLikePdfUrl(tab.url)) {
    try {
      if (opts.viaBackground !== false) await backgroundTags(api, tab.id);
      mark("askPage");
      // Tags an earlier panel left with the text make the text itself unnecessary for now.
      page = await askContent<PageText>(api, tab.id, { type: "mmt:extract", text: "unless-remembered" }, (name) => mark(name), opts.newDocument);
      mark("pageReceived");
      if (page.timing) markExtract(page.timing);
    } catch (e) {
      contentError = e instanceof Error ? e.message : String(e);
    }
  }
  const url = page?.url ?? tab.url;
  const isPdf = looksLikePdfUrl(url) || page?.contentType === "application/pdf";
  if (page && !isPdf) return { kind: "html", tab, page };
  if (!isPdf || !url) return { kind: "unreadable", tab, reason: contentError || "no access to this tab" };
  const origin = httpOrigin(url);
  if (!origin) return { kind: "unreadable", tab, reason: "only http(s) PDFs can be read" };
  if (!(await api.hasOrigin(origin))) return { kind: "needs-permission", tab, url, origin };
  const res = await api.fetch(url, { credentials: "include" });
  if (!res.ok) return { kind: "unreadable", tab, reason: `the PDF could not be fetched (HTTP ${res.status})` };
  const pdf = await opts.readPdf(await res.arrayBuffer());
  const fileName = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  return { kind: "pdf", tab, url, title: pdf.title || tab.title || fileName, pdf };
}

/** The tab and its text: started as soon as the panel script runs (main.tsx), before the UI. */
export interface TabPage {
  tab?: TabInfo;
  page?: LoadedPage;
}

export async function openTarget(
  api: ExtApi,
  search: string,
  opts: LoadOptions,
  /** The target tab, when the caller has already asked for it. */
  tabP: Promise<TabInfo | undefined> = targetTab(api, search),
): Promise<TabPage> {
  const tab = await tabP;
  mark("tab");
  return tab ? { tab, page: await loadPage(api, tab, opts) } : {};
}

/** The page's whole text, when the first answer left it out (textOmitted). */
export async function fullText(api: ExtApi, tab: TabInfo, page: PageText): Promise<PageText> {
  return page.textOmitted ? askContent<PageText>(api, tab.id, { type: "mmt:extract" }) : page;
}
