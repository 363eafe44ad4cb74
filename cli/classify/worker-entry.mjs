// Worker bootstrap: registers the TypeScript loader for this thread, loads worker.ts and the
// TypeScript it imports, then unregisters the loader, so the JavaScript libraries that
// extract.ts loads on first use (pdf.js, mammoth, exceljs, linkedom, Readability) load at
// plain-Node speed rather than through the loader's hooks.
import { register } from "tsx/esm/api";

const unregister = register();
await import("./worker.ts");
await unregister();
