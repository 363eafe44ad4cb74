/**
 * Passage Entry <-> W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/).
 *
 * An annotation has motivation "classifying"; its target is the source document with a
 * TextQuoteSelector (exact, prefix, suffix) and, when the entry knows the offsets, a
 * TextPositionSelector (start, end). Each tag is a TextualBody with purpose "classifying"
 * whose `id` names the category (`urn:mmt:category:<facet>:<id>`) and whose value is its English
 * label; the note is a TextualBody with purpose "commenting". Scores, evidence and policy
 * fields have no place in the model and are not carried.
 *
 * Pure TypeScript: no DOM, no Node built-ins.
 */
import { labelOf, TAXONOMY_VERSION } from "../taxonomy/categories";
import { type Entry, type EntryTag, type ParseResult, parseEntry } from "./entry";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const CATEGORY_PREFIX = "urn:mmt:category:";

export interface TextualBody {
  id?: string;
  type: "TextualBody";
  purpose: "classifying" | "commenting";
  value: string;
  format?: string;
  language?: string;
}

export type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string }
  | { type: "TextPositionSelector"; start: number; end: number };

export interface WebAnnotation {
  "@context"?: string;
  id: string;
  type: "Annotation";
  motivation: "classifying";
  created?: string;
  modified?: string;
  creator?: string;
  body: TextualBody[];
  target: { source: string; selector?: Selector[] };
}

export function categoryIri(facet: string, id: string): string {
  return `${CATEGORY_PREFIX}${encodeURIComponent(facet)}:${encodeURIComponent(id)}`;
}

/** The annotation of a passage entry (any entry kind maps; passages are what it is for). */
export function entryToAnnotation(entry: Entry, withContext = true): WebAnnotation {
  const seen = new Set<string>();
  const body: TextualBody[] = [];
  for (const t of entry.tags) {
    const iri = categoryIri(t.facet, t.id);
    if (seen.has(iri)) continue;
    seen.add(iri);
    body.push({ id: iri, type: "TextualBody", purpose: "classifying", value: labelOf(t.facet, t.id), format: "text/plain", language: "en" });
  }
  if (entry.note) body.push({ type: "TextualBody", purpose: "commenting", value: entry.note, format: "text/plain" });
  const src = entry.source;
  const selector: Selector[] = [];
  if (src.selector) {
    const s = src.selector;
    selector.push({
      type: "TextQuoteSelector",
      exact: s.exact,
      ...(s.prefix !== undefined ? { prefix: s.prefix } : {}),
      ...(s.suffix !== undefined ? { suffix: s.suffix } : {}),
    });
    if (s.start !== undefined && s.end !== undefined) selector.push({ type: "TextPositionSelector", start: s.start, end: s.end });
  }
  const anno: WebAnnotation = {
    ...(withContext ? { "@context": ANNO_CONTEXT } : {}),
    id: `urn:uuid:${entry.id}`,
    type: "Annotation",
    motivation: "classifying",
    ...(entry.createdAt ? { created: entry.createdAt } : {}),
    ...(entry.updatedAt ? { modified: entry.updatedAt } : {}),
    ...(entry.author ? { creator: entry.author } : {}),
    body,
    target: {
      source: src.url ?? (src.sha256 ? `urn:sha256:${src.sha256}` : src.path ? src.path : `urn:uuid:${entry.id}`),
      ...(selector.length ? { selector } : {}),
    },
  };
  return anno;
}

/**
 * A passage entry from an annotation (e.g. one exported by the tracker or made by another
 * annotation tool). Classifying bodies whose id is not an MMT category are dropped; the result
 * is validated against the Entry schema.
 */
export function annotationToEntry(anno: WebAnnotation, taxonomyVersion: string = TAXONOMY_VERSION): ParseResult {
  const idm = /^urn:uuid:([0-9a-f-]{36})$/.exec(anno.id ?? "");
  const tags: EntryTag[] = [];
  let note: string | undefined;
  for (const b of Array.isArray(anno.body) ? anno.body : []) {
    if (b.purpose === "commenting") note = b.value;
    if (b.purpose === "classifying" && b.id?.startsWith(CATEGORY_PREFIX)) {
      const [facet, id] = b.id.slice(CATEGORY_PREFIX.length).split(":").map(decodeURIComponent);
      if (facet && id) tags.push({ facet, id, origin: "human" });
    }
  }
  const sels = anno.target?.selector ?? [];
  const quote = sels.find((s) => s.type === "TextQuoteSelector");
  const pos = sels.find((s) => s.type === "TextPositionSelector");
  const source = anno.target?.source ?? "";
  const sha = /^urn:sha256:([0-9a-f]{64})$/.exec(source);
  const entry: Record<string, unknown> = {
    id: idm?.[1],
    revision: 0,
    kind: "passage",
    title: quote?.exact.slice(0, 200) ?? "",
    source: {
      type: sha ? "file" : "web",
      ...(sha ? { sha256: sha[1] } : /^https?:/i.test(source) ? { url: source } : source ? { path: source } : {}),
      ...(quote
        ? {
            selector: {
              exact: quote.exact,
              ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
              ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
              ...(pos ? { start: pos.start, end: pos.end } : {}),
            },
          }
        : {}),
    },
    tags,
    status: "suggested",
    taxonomyVersion,
    ...(note !== undefined ? { note } : {}),
  };
  return parseEntry(entry);
}
