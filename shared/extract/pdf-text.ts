/**
 * Assembles the text layer of a PDF (pdf.js `getTextContent()` items, page by page) into one
 * string a tagger can read, and remembers where each page starts so evidence offsets map back
 * to 1-based page numbers. Pure: no pdf.js import, no DOM, no Node — the browser extension and
 * the CLI both feed it the items they got from pdf.js.
 *
 * Joining rules:
 * - items are concatenated as given (pdf.js already emits the spaces between words, and one
 *   word can be split over several items, so no separator is invented between items);
 * - an item with `hasEOL` ends a line ("\n");
 * - within a page, a word broken over a line end by a hyphen ("migra-\ntion") is re-joined
 *   ("migration") when a letter precedes the hyphen and a lower-case letter follows the break;
 *   a soft hyphen (U+00AD) at a line end is treated the same way. Because this is done before
 *   page offsets are recorded, every offset stays an offset into the returned `text`;
 * - pages are separated by a blank line ("\n\n"), so no word or sentence runs across pages.
 */

export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
}

export interface PdfPageText {
  items: PdfTextItem[];
}

export interface AssembledPdfText {
  text: string;
  /** pageStarts[i] is the offset in `text` where page i+1 begins; ascending. */
  pageStarts: number[];
}

const PAGE_SEPARATOR = "\n\n";
const BROKEN_WORD = /(\p{L})[-\u00AD][ \t]*\n[ \t]*(?=\p{Ll})/gu;

function pageText(page: PdfPageText): string {
  const parts: string[] = [];
  for (const item of page.items) {
    if (typeof item.str === "string" && item.str.length > 0) parts.push(item.str);
    if (item.hasEOL) parts.push("\n");
  }
  return parts
    .join("")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(BROKEN_WORD, "$1")
    .trimEnd();
}

export function assemblePdfText(pages: PdfPageText[]): AssembledPdfText {
  const pageStarts: number[] = [];
  let text = "";
  pages.forEach((page, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += pageText(page);
  });
  return { text, pageStarts };
}

/**
 * The 1-based page holding `offset` (an offset into the assembled text). Offsets in the
 * separator after a page belong to that page; offsets before the first page or with no pages
 * give 1.
 */
export function pageAt(offset: number, pageStarts: number[]): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageStarts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found + 1;
}
