/**
 * `mmt train FILE.jsonl... [--out model.json] [--heldout FILE.jsonl] [--cv K]`: trains the
 * tagger's learned layer from what people confirmed. Lines are either tracker entries (status
 * confirmed: their tags are the labels; rejected: a negative example) or labelled passages
 * ({"text", "labels": {"migration", "theme", "sector", "gcm", "instrument"}}).
 * --heldout / --cv print the eval table with and without the model, to show whether it helps.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { TAXONOMY_VERSION } from "../../shared/taxonomy/categories";
import { addToReport, emptyReport, labelKeys, type Passage, type Report, reportTable } from "../../shared/tagger/evaluate";
import { tag, THRESHOLDS } from "../../shared/tagger/index";
import { CompiledModel, type LearnedModel, type TrainingExample, train } from "../../shared/tagger/learned";

export const summary = "train the tagger's learned layer from confirmed entries or labelled passages";

const USAGE = "usage: mmt train FILE.jsonl... [--out model.json] [--epochs N] [--heldout FILE.jsonl] [--cv K]";

interface Loaded {
  examples: TrainingExample[];
  passages: Passage[];
  skipped: number;
}

function load(files: string[]): Loaded {
  const out: Loaded = { examples: [], passages: [], skipped: 0 };
  for (const f of files) {
    const lines = readFileSync(f, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let obj: Record<string, unknown>;
      try {
        obj = JSON.parse(line) as Record<string, unknown>;
      } catch {
        process.stderr.write(`mmt train: ${f}:${i + 1}: not JSON, skipped\n`);
        out.skipped++;
        return;
      }
      if (typeof obj.text === "string" && typeof obj.labels === "object" && obj.labels) {
        const p = obj as unknown as Passage;
        out.passages.push(p);
        out.examples.push({ text: p.text, labels: labelKeys(p.labels) });
        return;
      }
      const e = obj as {
        status?: string;
        title?: string;
        note?: string;
        source?: { selector?: { exact?: string } };
        tags?: { facet: string; id: string; evidence?: { quote: string }[] }[];
      };
      if (e.status !== "confirmed" && e.status !== "rejected") {
        out.skipped++;
        return;
      }
      const quotes = (e.tags ?? []).flatMap((t) => (t.evidence ?? []).map((s) => s.quote));
      const text = e.source?.selector?.exact ?? [e.title ?? "", e.note ?? "", ...quotes].join("\n");
      const labels = e.status === "confirmed" ? ["migration", ...(e.tags ?? []).map((t) => `${t.facet}:${t.id}`)] : [];
      out.examples.push({ text, labels });
    });
  }
  return out;
}

function evaluate(passages: Passage[], model?: CompiledModel): Report {
  const rep = emptyReport();
  for (const p of passages) {
    const r = tag(p.text, { model });
    addToReport(rep, p, r, r.relevance >= THRESHOLDS.relevance);
  }
  return rep;
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let out = "mmt-model.json";
  let heldout: string | undefined;
  let cv = 0;
  let epochs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") out = argv[++i];
    else if (a === "--heldout") heldout = argv[++i];
    else if (a === "--cv") cv = Number(argv[++i]);
    else if (a === "--epochs") epochs = Number(argv[++i]);
    else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith("-")) {
      process.stderr.write(`mmt train: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0 || (cv !== 0 && !(cv >= 2))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const data = load(files);
  if (data.examples.length === 0) {
    process.stderr.write("mmt train: no usable examples (need confirmed/rejected entries or labelled passages)\n");
    return 1;
  }
  const opts = { taxonomyVersion: TAXONOMY_VERSION, epochs };

  if (cv >= 2) {
    // k-fold: each fold is tagged by a model that never saw it.
    const lexicon = emptyReport();
    const learned = emptyReport();
    for (let k = 0; k < cv; k++) {
      const trainSet = data.passages.filter((_, i) => i % cv !== k);
      const testSet = data.passages.filter((_, i) => i % cv === k);
      const model = new CompiledModel(train(trainSet.map((p) => ({ text: p.text, labels: labelKeys(p.labels) })), opts));
      merge(lexicon, evaluate(testSet));
      merge(learned, evaluate(testSet, model));
    }
    process.stdout.write(`${cv}-fold cross-validation on ${data.passages.length} labelled passages\n`);
    process.stdout.write(`${reportTable([["lexicon only", lexicon], ["lexicon + learned", learned]])}\n`);
  }

  const model: LearnedModel = train(data.examples, opts);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stdout.write(
    `trained ${Object.keys(model.labels).length} labels on ${data.examples.length} examples (${data.skipped} lines skipped) -> ${out}\n`,
  );
  if (heldout) {
    const test = load([heldout]).passages;
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
