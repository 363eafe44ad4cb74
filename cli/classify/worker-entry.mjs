// Worker bootstrap. The heavy JavaScript libraries are loaded first, before the TypeScript
// loader is registered (through the loader they load several times slower); pdf.js's own
// worker code is installed in this thread as globalThis.pdfjsWorker, so pdf.js parses here
// without starting a nested worker. Then tsx is registered and worker.ts takes over.
import { register } from "tsx/esm/api";

const [pdfWorker] = await Promise.all([
  import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
  import("pdfjs-dist/legacy/build/pdf.mjs"),
  import("mammoth"),
  import("exceljs"),
  import("linkedom"),
  import("@mozilla/readability"),
]);
globalThis.pdfjsWorker = pdfWorker;
register();
await import("./worker.ts");
