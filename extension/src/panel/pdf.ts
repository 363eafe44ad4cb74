/**
 * PDF text with pdf.js (pdfjs-dist 5.6.205, bundled; its worker is copied into the extension as
 * pdf.worker.min.mjs and loaded from the extension's own URL). Page items are joined by
 * shared/extract/pdf-text.ts, which also remembers where each page starts.
 */
import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";
import { assemblePdfText } from "../../../shared/extract/pdf-text";
import type { PdfText } from "./load";

export async function readPdf(data: ArrayBuffer, workerUrl: string): Promise<PdfText> {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  try {
    const pages: { items: { str: string; hasEOL?: boolean }[] }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push({ items: content.items.map((it) => ("str" in it ? { str: it.str, hasEOL: it.hasEOL } : { str: "" })) });
      page.cleanup();
    }
    const { text, pageStarts } = assemblePdfText(pages);
    let title: string | undefined;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === "string" && t.trim()) title = t.trim();
    } catch {
      // no metadata
    }
    return { text, pageStarts, title, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
