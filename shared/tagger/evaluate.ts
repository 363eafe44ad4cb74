/**
 * Scoring the tagger against labelled passages: per-facet micro precision/recall/F1,
 * relevance P/R/F1, the share of non-migration passages that got any tag, and translation
 * consistency. Used by `npm run eval` and by `mmt train --heldout`.
 */
import type { TagResult } from "./types";

export interface PassageLabels {
  migration: boolean;
  theme?: string[];
  sector?: string[];
  instrument?: string | null;
  gcm?: number[];
}
export interface Passage {
  id: string;
  text: string;
  lang?: string;
  script?: string;
  group?: string;
  labels: PassageLabels;
}

export const EVAL_FACETS = ["theme", "sector", "gcm", "instrument"] as const;
export type EvalFacet = (typeof EVAL_FACETS)[number];
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Report {
  n: number;
  relevance: Counts;
  facets: Record<EvalFacet, Counts>;
  negatives: number;
  negativesTagged: number;
}

export function goldOf(l: PassageLabels, facet: EvalFacet): string[] {
  if (facet === "instrument") return l.migration && l.instrument ? [l.instrument] : [];
  if (!l.migration) return [];
  if (facet === "gcm") return (l.gcm ?? []).map((n) => `gcm-${n}`);
  return l[facet] ?? [];
}

export function predictedOf(r: TagResult, facet: EvalFacet): string[] {
  if (facet === "instrument") return r.instrument ? [r.instrument] : [];
  return r.tags.filter((t) => t.facet === facet).map((t) => t.id);
}

/** "facet:id" labels of a passage, for training (migration as "migration"). */
export function labelKeys(l: PassageLabels): string[] {
  const out = l.migration ? ["migration"] : [];
  for (const f of EVAL_FACETS) for (const id of goldOf(l, f)) out.push(`${f}:${id}`);
  return out;
}

export function emptyReport(): Report {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return { n: 0, relevance: c(), facets: { theme: c(), sector: c(), gcm: c(), instrument: c() }, negatives: 0, negativesTagged: 0 };
}

export function addToReport(rep: Report, p: Passage, r: TagResult, relevant: boolean): void {
  rep.n++;
  if (relevant && p.labels.migration) rep.relevance.tp++;
  else if (relevant) rep.relevance.fp++;
  else if (p.labels.migration) rep.relevance.fn++;
  if (!p.labels.migration) {
    rep.negatives++;
    if (r.tags.length > 0) rep.negativesTagged++;
  }
  for (const f of EVAL_FACETS) {
    const g = new Set(goldOf(p.labels, f));
    const pr = new Set(predictedOf(r, f));
    const c = rep.facets[f];
    for (const x of pr) if (g.has(x)) c.tp++;
    else c.fp++;
    for (const x of g) if (!pr.has(x)) c.fn++;
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** A Markdown table of reports, one row each. */
export function reportTable(reports: [string, Report][]): string {
  const fmt = (c: Counts): string => {
    const { p, r, f1 } = prf(c);
    return `${p.toFixed(2)}/${r.toFixed(2)}/${f1.toFixed(2)}`;
  };
  const head = ["set", "n", "relevance P/R/F1", ...EVAL_FACETS.map((f) => `${f} P/R/F1`), "neg tagged"];
  const rows = [head];
  for (const [k, rep] of reports)
    rows.push([k, String(rep.n), fmt(rep.relevance), ...EVAL_FACETS.map((f) => fmt(rep.facets[f])), rep.negatives ? `${rep.negativesTagged}/${rep.negatives}` : "-"]);
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}
