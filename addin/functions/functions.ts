/**
 * Excel custom functions, in the `MMT` namespace (the namespace comes from the manifest).
 * The JSDoc below is the source of functions.json: addin/functions/metadata.ts reads it at
 * build time. Keep one JSDoc block per exported function, tagged @customfunction.
 *
 * Both functions run the core tagger locally: no network, so they recalculate offline and
 * need no batching.
 */
import { FACETS } from "../../shared/taxonomy/types";
import { labelOf } from "../../shared/taxonomy/categories";
import { tag } from "../../shared/tagger/index";

/** Cells longer than this are cut before tagging: a formula must stay fast. */
const MAX_CHARS = 50_000;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).slice(0, MAX_CHARS);
}

/**
 * Suggests migration-mainstreaming tags for a text, best first, as labels separated by "; ".
 * @customfunction TAGS
 * @param {string} text The text to tag: a title, a description, a paragraph of a policy.
 * @param {string} [facet] Which kind of tag: theme (default), sector, instrument, gcm, sdg, domain or stage.
 * @param {number} [max] At most this many tags (default 3).
 * @returns {string} The tags, e.g. "Labour migration; Remittances", or "" when none apply.
 */
export function tags(text: string, facet?: string, max?: number): string {
  const f = (facet ?? "").trim().toLowerCase() || "theme";
  if (!(FACETS as readonly string[]).includes(f)) {
    throw new Error(`Unknown facet "${f}". Use one of: ${FACETS.join(", ")}.`);
  }
  const limit = max === undefined || max === null ? 3 : Math.floor(Number(max));
  if (!Number.isFinite(limit) || limit < 1) throw new Error("max must be a whole number of at least 1.");
  const result = tag(cellText(text), { maxEvidence: 0 });
  return result.tags
    .filter((t) => t.facet === f)
    .slice(0, limit)
    .map((t) => labelOf(t.facet, t.id))
    .join("; ");
}

/**
 * How much a text is about human migration policy, from 0 (not at all) to 1.
 * @customfunction RELEVANCE
 * @param {string} text The text to score.
 * @returns {number} The relevance, between 0 and 1.
 */
export function relevance(text: string): number {
  const r = tag(cellText(text), { maxEvidence: 0 }).relevance;
  return Math.round(r * 1000) / 1000;
}

/** Every custom function by its metadata id, for registration (addin/excel/register.ts). */
export const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  TAGS: tags,
  RELEVANCE: relevance,
};
