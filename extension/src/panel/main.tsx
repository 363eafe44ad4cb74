import { render } from "preact";
import { api } from "../platform/browser";
import { App } from "./App";
import { readPdf } from "./pdf";
import "./panel.css";

const openedAt = performance.now();
const root = document.getElementById("app");
if (root) {
  render(<App api={api} search={location.search} readPdf={(d) => readPdf(d, api.getURL("pdf.worker.min.mjs"))} openedAt={openedAt} />, root);
}
