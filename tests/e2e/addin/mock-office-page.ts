/**
 * Bundled (esbuild, IIFE) and served to the task pane in place of Microsoft's office.js: it
 * installs the same mock Excel host the unit tests use as window.Office / Excel /
 * CustomFunctions, and exposes it as window.__mmtHost for the test to drive and inspect.
 */
import { createMockHost, WorkbookData } from "../../unit/addin/office-mock";

const data = new WorkbookData("Sheet1");
const host = createMockHost(data);
host.install(globalThis as unknown as Record<string, unknown>);
(globalThis as Record<string, unknown>).__mmtHost = host;
