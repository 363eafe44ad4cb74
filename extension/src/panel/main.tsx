import { render } from "preact";
import { api, browser } from "../platform/browser";
import { App } from "./App";
import { openTarget } from "./load";
import "./panel.css";
import { startTagger } from "./tagging";
import { mark } from "./timing";

const openedAt = performance.now();
mark("panelScript", openedAt);
// Start the tagger (and its matcher build) first, so it overlaps with reading the page.
const tagText = startTagger();
const root = document.getElementById("app");
// pdf.js (~400 KB) is loaded only when a PDF is open, not before every panel's first line.
const readPdfHere = async (d: ArrayBuffer) => (await import("./pdf")).readPdf(d, api.getURL("pdf.worker.min.mjs"));
// Ask for the page's text now, not after the first render: it is the longest step.
const first = openTarget(api, location.search, { readPdf: readPdfHere });
first.catch(() => {}); // App shows the error
let generation = 0;
let readable = true;
const onReadable = (r: boolean) => {
  readable = r;
};

function show(): void {
  if (!root) return;
  generation++;
  render(
    <App
      key={generation}
      api={api}
      search={location.search}
      readPdf={readPdfHere}
      openedAt={openedAt}
      tagText={tagText}
      first={generation === 1 ? first : undefined}
      onReadable={onReadable}
    />,
    root,
  );
}
show();

// The real side panel stays open while the person changes tabs or pages: follow the active tab.
// (A panel opened for one tab, ?tabId=N, stays on that tab.)
if (!new URLSearchParams(location.search).has("tabId")) {
  browser.tabs.onActivated.addListener(() => show());
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (tab.active && change.status === "complete") show();
  });
  // The button was clicked on a tab this panel could not read: it has access now.
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string })?.type === "mmt:access-granted" && !readable) show();
    return undefined;
  });
}
