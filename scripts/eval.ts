/**
 * `npm run eval [-- FILE...] [--by-lang] [--mistakes] [--json]`: scores the tagger on labelled
 * passages (default: ../shared/eval/dev.jsonl beside the repo) and prints per-facet micro
 * precision, recall and F1, relevance P/R/F1, the share of non-migration passages that got any
 * tag, and, for passages in translation groups, whether every language got the same themes.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addToReport,
  EVAL_FACETS,
  emptyReport,
  goldOf,
  type Passage,
  predictedOf,
  prf,
  type Report,
  reportTable,
} from "../shared/tagger/evaluate";
import { tag, THRESHOLDS } from "../shared/tagger/index";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const byLang = args.includes("--by-lang");
if (files.length === 0) files.push(resolve(root, "..", "shared", "eval", "dev.jsonl"));

const passages: Passage[] = [];
for (const f of files) {
  if (!existsSync(f)) {
    process.stderr.write(`eval: no such file ${f}\n`);
    process.exit(2);
  }
  for (const line of readFileSync(f, "utf8").split("\n")) if (line.trim()) passages.push(JSON.parse(line) as Passage);
}

const reports = new Map<string, Report>([["all", emptyReport()]]);
const groups = new Map<string, { lang: string; themes: string }[]>();
const mistakes: string[] = [];
for (const p of passages) {
  const r = tag(p.text);
  const lang = p.lang ? (p.script ? `${p.lang}-${p.script}` : p.lang) : "?";
  const relevant = r.relevance >= THRESHOLDS.relevance;
  for (const k of byLang ? ["all", lang] : ["all"]) {
    if (!reports.has(k)) reports.set(k, emptyReport());
    addToReport(reports.get(k)!, p, r, relevant);
  }
  if (p.group) {
    const list = groups.get(p.group) ?? [];
    list.push({ lang, themes: predictedOf(r, "theme").sort().join(",") });
    groups.set(p.group, list);
  }
  for (const f of EVAL_FACETS) {
    const g = goldOf(p.labels, f).sort().join(",");
    const pr = predictedOf(r, f).sort().join(",");
    if (g !== pr) mistakes.push(`${p.id} ${lang} ${f}: gold [${g}] got [${pr}]`);
  }
  if (relevant !== p.labels.migration) mistakes.push(`${p.id} ${lang} relevance ${r.relevance} but gold migration=${p.labels.migration}`);
}

if (args.includes("--json")) {
  const out: Record<string, unknown> = {};
  for (const [k, rep] of reports)
    out[k] = {
      n: rep.n,
      relevance: prf(rep.relevance),
      ...Object.fromEntries(EVAL_FACETS.map((f) => [f, prf(rep.facets[f])])),
      negativesTagged: rep.negatives ? rep.negativesTagged / rep.negatives : 0,
    };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  process.stdout.write(`${reportTable([...reports])}\n`);
  if (groups.size > 0) {
    let same = 0;
    for (const [, list] of groups) if (new Set(list.map((x) => x.themes)).size === 1) same++;
    process.stdout.write(`\ntranslation groups with the same themes in every language: ${same}/${groups.size}\n`);
    if (args.includes("--mistakes"))
      for (const [g, list] of groups) process.stdout.write(`  ${g}: ${list.map((x) => `${x.lang}=[${x.themes}]`).join(" ")}\n`);
  }
  if (args.includes("--mistakes")) for (const m of mistakes) process.stdout.write(`${m}\n`);
}
