import { render } from "preact";
import { api, browser } from "../platform/browser";
import { App } from "./App";
import { looksLikePdfUrl, openTarget, targetTab } from "./load";
import "./panel.css";
import { startTagger, type Tagger } from "./tagging";
import { mark } from "./timing";

const openedAt = performance.now();
mark("panelScript", openedAt);
// The background reads and tags the page (panel/load.ts, backgroundTags), and the panel shows
// its tags. The panel's own worker is started when first needed (the re-check of those tags once
// they are shown), or at once for a PDF, which the panel reads and tags itself. Started beside
// the background's tagging it would only compete for the two cores (button openings took
// 0.72-0.86x as long without it).
let tagger: Tagger | undefined;
function ownTagger(): Tagger {
  if (!tagger) tagger = startTagger();
  return tagger;
}
const tagText: Tagger = (text, options) => ownTagger()(text, options);
const tabParam = Number(new URLSearchParams(location.search).get("tabId"));
const forTab = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : undefined;
// Ask for the page's text now, not after the first render: it is the longest step.
const firstTab = targetTab(api, location.search);
firstTab.then(
  (tab) => {
    if (tab && looksLikePdfUrl(tab.url)) ownTagger();
  },
  () => {},
);
const root = document.getElementById("app");
// pdf.js (~400 KB) is loaded only when a PDF is open, not before every panel's first line.
const readPdfHere = async (d: ArrayBuffer) => (await import("./pdf")).readPdf(d, api.getURL("pdf.worker.min.mjs"));
const first = openTarget(api, location.search, { readPdf: readPdfHere }, firstTab);
first.catch(() => {}); // App shows the error
let generation = 0;
let readable = true;
const onReadable = (r: boolean) => {
  readable = r;
};

/** Shows the target tab's page; `at` is when the panel was asked to (its timing marks start there). */
function show(at = performance.now(), newDocument = false): void {
  if (!root) return;
  generation++;
  mark("view", at);
  // A later view's figure counts from when it was asked for, not from the panel's opening.
  delete document.documentElement.dataset.tagsShownMs;
  delete document.documentElement.dataset.tagsRechecked;
  document.documentElement.dataset.view = String(generation);
  render(
    <App
      key={generation}
      api={api}
      search={location.search}
      readPdf={readPdfHere}
      openedAt={generation === 1 ? openedAt : at}
      tagText={tagText}
      first={generation === 1 ? first : undefined}
      newDocument={newDocument}
      onReadable={onReadable}
    />,
    root,
  );
}
show();

// The real side panel stays open while the person changes tabs or pages: follow the active tab.
// A panel opened for one tab (?tabId=N) stays on that tab, and follows it to its next page.
// A "complete" for the URL already shown is not a new page (a PDF viewer or a slow page that
// finishes loading after the panel read it), and reading it again would throw away the view.
let shownUrl: string | undefined;
void firstTab.then((t) => {
  shownUrl ??= t?.url;
}, () => {});
function loaded(url: string | undefined): void {
  if (url !== undefined && url === shownUrl) return;
  shownUrl = url;
  show(performance.now(), true);
}
if (forTab !== undefined) {
  browser.tabs.onUpdated.addListener((id, change, tab) => {
    if (id === forTab && change.status === "complete") loaded(tab.url);
  });
} else {
  browser.tabs.onActivated.addListener(() => {
    shownUrl = undefined;
    show();
  });
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (tab.active && change.status === "complete") loaded(tab.url);
  });
  // The button was clicked on a tab this panel could not read: it has access now.
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string })?.type === "mmt:access-granted" && !readable) show();
    return undefined;
  });
}
