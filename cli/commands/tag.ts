/**
 * `mmt tag [FILE|-] [--json | --jsonl]`: tags text. `--jsonl` is the stable interface used to
 * evaluate the tagger from outside: lines {"id","text"} in, lines {"id", ...TagResult} out, in
 * input order; a bad line gets {"id", "error"} and the run goes on.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { labelOf } from "../../shared/taxonomy/categories";
import { evidenceSentence, type TagResult, tag } from "../../shared/tagger/index";

export const summary = "tag text from a file or stdin (--json, --jsonl for {id,text} lines)";

const USAGE = `usage: mmt tag [FILE|-] [--json] [--title T]
       mmt tag --jsonl [FILE|-]     lines {"id":...,"text":...} -> lines {"id":..., ...TagResult}`;

export async function run(argv: string[]): Promise<number> {
  let mode: "text" | "json" | "jsonl" = "text";
  let file = "-";
  let title: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") mode = "json";
    else if (a === "--jsonl") mode = "jsonl";
    else if (a === "--title") title = argv[++i];
    else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith("-") && a !== "-") {
      process.stderr.write(`mmt tag: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else file = a;
  }
  if (mode === "jsonl") return runJsonl(file);
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    process.stderr.write(`mmt tag: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  const result = tag(text, { title });
  process.stdout.write(mode === "json" ? `${JSON.stringify(result, null, 2)}\n` : readable(text, result));
  return 0;
}

async function runJsonl(file: string): Promise<number> {
  const input = file === "-" ? process.stdin : createReadStream(file, "utf8");
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = 0;
  let n = 0;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    out.length = 0;
  };
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      const obj: unknown = JSON.parse(line);
      if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw new Error("line is not a JSON object");
      const rec = obj as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== "string") throw new Error('"text" must be a string');
      const title = typeof rec.title === "string" ? rec.title : undefined;
      out.push(JSON.stringify({ id, ...tag(rec.text, { title }) }));
    } catch (e) {
      failed++;
      const reason = e instanceof SyntaxError ? `invalid JSON: ${e.message}` : (e as Error).message;
      out.push(JSON.stringify({ id, line: n, error: reason }));
    }
    if (out.length >= 256) flush();
  }
  flush();
  if (failed > 0) process.stderr.write(`mmt tag: ${failed} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

function readable(text: string, r: TagResult): string {
  const lines = [
    `relevance   ${r.relevance.toFixed(2)}${r.relevance >= 0.3 ? "" : "  (not about migration)"}`,
    `language    ${r.language ?? "-"}`,
    `country     ${r.country.join(", ") || "-"}`,
    `instrument  ${r.instrument ? labelOf("instrument", r.instrument) : "-"}`,
    `year        ${r.year ?? "-"}`,
  ];
  let facet = "";
  for (const t of r.tags) {
    if (t.facet !== facet) {
      facet = t.facet;
      lines.push("", `${facet}:`);
    }
    lines.push(`  ${t.score.toFixed(2)}  ${labelOf(t.facet, t.id)}  [${t.id}]`);
    for (const e of t.evidence.slice(0, 2)) {
      const s = evidenceSentence(text, e, 120).quote.replace(/\s+/g, " ");
      lines.push(`        “${e.quote}” — ${s.length > 160 ? `${s.slice(0, 157)}...` : s}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
