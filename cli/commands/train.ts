/**
 * `mmt train FILE.jsonl... [--out model.json] [--heldout FILE.jsonl] [--cv K] [--facets LIST]
 * [--demote-only LIST] [--no-gate] [--no-propose]`: trains the tagger's learned layer from what people confirmed. Lines are either
 * tracker entries (status confirmed: their tags are the labels; rejected: every candidate is a
 * negative) or labelled passages ({"text", "labels": {"migration", "theme", "sector", "gcm",
 * "instrument"}}), in the order people confirmed them (the gate holds out the most recent).
 * --heldout / --cv print the eval table with and without the model, to show whether it helps.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { addToReport, emptyReport, goldOf, type Passage, type Report, reportTable } from "../../shared/tagger/evaluate";
import { tag, THRESHOLDS } from "../../shared/tagger/index";
import { type CandidateExample, CandidateRecorder, CompiledModel, LEARNED_FACETS, type LearnedModel, NGRAM_READ, type TrainOptions, train } from "../../shared/tagger/learned";

export const summary = "train the tagger's learned layer from confirmed entries or labelled passages";

const USAGE =
  "usage: mmt train FILE.jsonl... [--out model.json] [--heldout FILE.jsonl] [--cv K] [--facets theme,sector,gcm] [--demote-only sector] [--no-gate] [--no-propose]";

/** A training line: its text and its gold ids per facet. */
interface Labelled {
  text: string;
  gold: Record<string, string[]>;
  /** When a person last reviewed it (tracker entries), for the gate's "most recent". */
  at?: string;
  /** Labelled passages only (for the eval tables). */
  passage?: Passage;
}

/**
 * Reads the files in order. When every line is a tracker entry with a time (updatedAt, else
 * createdAt), they are put in the order people reviewed them, so the gate holds out the most
 * recent; otherwise the file order stands.
 */
export function load(files: string[]): { lines: Labelled[]; skipped: number } {
  const lines: Labelled[] = [];
  let skipped = 0;
  for (const f of files) {
    readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        let obj: Record<string, unknown>;
        try {
          obj = JSON.parse(line) as Record<string, unknown>;
        } catch {
          process.stderr.write(`mmt train: ${f}:${i + 1}: not JSON, skipped\n`);
          skipped++;
          return;
        }
        if (typeof obj.text === "string" && typeof obj.labels === "object" && obj.labels) {
          const p = obj as unknown as Passage;
          const gold: Record<string, string[]> = {};
          for (const facet of LEARNED_FACETS) gold[facet] = goldOf(p.labels, facet);
          lines.push({ text: p.text, gold, passage: p });
          return;
        }
        const e = obj as {
          status?: string;
          title?: string;
          updatedAt?: string;
          createdAt?: string;
          note?: string;
          source?: { selector?: { exact?: string } };
          tags?: { facet: string; id: string; evidence?: { quote: string }[] }[];
        };
        if (e.status !== "confirmed" && e.status !== "rejected") {
          skipped++;
          return;
        }
        const quotes = (e.tags ?? []).flatMap((t) => (t.evidence ?? []).map((s) => s.quote));
        const text = e.source?.selector?.exact ?? [e.title ?? "", e.note ?? "", ...quotes].join("\n");
        const gold: Record<string, string[]> = {};
        for (const facet of LEARNED_FACETS) {
          gold[facet] = e.status === "confirmed" ? (e.tags ?? []).filter((t) => t.facet === facet).map((t) => t.id) : [];
        }
        lines.push({ text, gold, at: e.updatedAt ?? e.createdAt });
      });
  }
  if (lines.every((l) => typeof l.at === "string")) {
    const time = (l: Labelled): number => Date.parse(l.at as string);
    if (lines.every((l) => !Number.isNaN(time(l)))) lines.sort((a, b) => time(a) - time(b));
  }
  return { lines, skipped };
}

/** The lexicon's candidates for each line, recorded from a plain tag() run. */
export function candidateExamples(lines: Labelled[]): CandidateExample[] {
  return lines.map(({ text, gold }) => {
    const rec = new CandidateRecorder();
    tag(text, { model: rec });
    return { relevance: rec.relevance, candidates: rec.candidates, lexiconTags: rec.lexiconTags, gold, text: rec.text ?? text, ranges: rec.ranges ?? [0, Math.min(text.length, NGRAM_READ)] };
  });
}

function evaluate(passages: Passage[], model?: CompiledModel): Report {
  const rep = emptyReport();
  for (const p of passages) {
    const r = tag(p.text, { model });
    addToReport(rep, p, r, r.relevance >= THRESHOLDS.relevance);
  }
  return rep;
}

function describe(model: LearnedModel): string {
  const out: string[] = [];
  for (const facet of LEARNED_FACETS) {
    const g = model.gate[facet];
    const m = model.facets[facet];
    const gate = g ? `gate on the ${g.n} most recent: lexicon F1 ${g.lexicon.toFixed(3)}, model ${g.model.toFixed(3)}` : "no gate";
    if (m) out.push(`  ${facet}: learned (${m.demoteOnly ? "demote only, " : ""}${m.features} features, L2 ${m.l2}, cut ${m.cut}; ${gate})`);
    else if (g) out.push(`  ${facet}: left to the lexicon (${gate})`);
    else out.push(`  ${facet}: left to the lexicon (too few examples)`);
  }
  const ng = model.ngram;
  if (ng) {
    for (const facet of LEARNED_FACETS) {
      const g = ng.gate[facet];
      const m = ng.facets[facet];
      const gate = g ? `gate on the ${g.n} most recent: lexicon F1 ${g.lexicon.toFixed(3)}, with proposals ${g.model.toFixed(3)}` : "no gate";
      if (m) out.push(`  ${facet} n-gram proposals: on (${Object.keys(m.labels).length} categories, cut ${m.cut}; ${gate})`);
      else out.push(`  ${facet} n-gram proposals: off (${gate})`);
    }
  }
  return out.join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let out = "mmt-model.json";
  let heldout: string | undefined;
  let cv = 0;
  const opts: TrainOptions = { taxonomyVersion: TAXONOMY_VERSION };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") out = argv[++i];
    else if (a === "--heldout") heldout = argv[++i];
    else if (a === "--cv") cv = Number(argv[++i]);
    else if (a === "--no-gate") opts.force = true;
    else if (a === "--no-propose") opts.propose = false;
    else if (a === "--facets" || a === "--demote-only") {
      const list = (argv[++i] ?? "").split(",").filter(Boolean);
      const unknown = list.filter((f) => !(LEARNED_FACETS as readonly string[]).includes(f));
      if (list.length === 0 || unknown.length > 0) {
        process.stderr.write(`mmt train: ${a} takes some of ${LEARNED_FACETS.join(",")}\n`);
        return 2;
      }
      if (a === "--facets") opts.facets = list;
      else opts.demoteOnly = list;
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith("-")) {
      process.stderr.write(`mmt train: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0 || (cv !== 0 && !(Number.isInteger(cv) && cv >= 2))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { lines, skipped } = load(files);
  if (lines.length === 0) {
    process.stderr.write("mmt train: no usable examples (need confirmed/rejected entries or labelled passages)\n");
    return 1;
  }
  const examples = candidateExamples(lines);

  if (cv >= 2) {
    // k-fold over the labelled passages: each fold is tagged by a model that never saw it.
    const withPassage = lines.map((l, i) => [l, examples[i]] as const).filter(([l]) => l.passage);
    const lexicon = emptyReport();
    const learned = emptyReport();
    for (let k = 0; k < cv; k++) {
      const model = new CompiledModel(train(withPassage.filter((_, i) => i % cv !== k).map(([, e]) => e), opts));
      const test = withPassage.filter((_, i) => i % cv === k).map(([l]) => l.passage as Passage);
      merge(lexicon, evaluate(test));
      merge(learned, evaluate(test, model));
    }
    process.stdout.write(`${cv}-fold cross-validation on ${withPassage.length} labelled passages\n`);
    process.stdout.write(`${reportTable([["lexicon only", lexicon], ["lexicon + learned", learned]])}\n`);
  }

  const model = train(examples, opts);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stdout.write(`trained on ${examples.length} examples (${skipped} lines skipped) -> ${out}\n${describe(model)}\n`);
  if (heldout) {
    const test = load([heldout]).lines.flatMap((l) => (l.passage ? [l.passage] : []));
    const compiled = new CompiledModel(model);
    process.stdout.write(`held-out: ${test.length} passages\n`);
    process.stdout.write(`${reportTable([["lexicon only", evaluate(test)], ["lexicon + learned", evaluate(test, compiled)]])}\n`);
  }
  return 0;
}

function merge(into: Report, r: Report): void {
  into.n += r.n;
  into.negatives += r.negatives;
  into.negativesTagged += r.negativesTagged;
  for (const k of ["tp", "fp", "fn"] as const) {
    into.relevance[k] += r.relevance[k];
    for (const f of Object.keys(into.facets) as (keyof Report["facets"])[]) into.facets[f][k] += r.facets[f][k];
  }
}
