/**
 * `mmt classify PATH... [--out FILE] [--push URL --token T]`: bulk-classifies folders and files
 * (PDF, DOCX, HTML, TXT/MD, XLSX/CSV templates) into entries. See docs/classify.md.
 */
import { availableParallelism } from "node:os";
import { extname } from "node:path";

// The run (and its libraries) is loaded only once the arguments are valid, so --help and
// usage errors answer at once.
const DEFAULTS = {
  workers: Math.max(1, availableParallelism()),
  maxSize: 50 * 1024 * 1024,
  timeoutMs: 120_000,
  batchSize: 500,
};

export const summary = "bulk-classify folders of PDF/DOCX/HTML/TXT/XLSX/CSV into entries (--out, --push)";

const USAGE = `usage: mmt classify PATH... [options]

  --out FILE            write entries to FILE: .jsonl, .csv or .xlsx (default: JSONL on stdout)
  --push URL            send entries to the tracker at URL (batched, idempotent upserts)
  --token T             tracker token (or MMT_TOKEN in the environment)
  --workers N           worker threads (default: ${DEFAULTS.workers}, the CPU count)
  --max-size SIZE       skip files larger than SIZE (e.g. 50MB, 500KB; default 50MB)
  --timeout SECONDS     give up on one file after this long (default ${DEFAULTS.timeoutMs / 1000})
  --text-columns A,B    XLSX/CSV: the columns holding the text (header names or 1-based numbers);
                        default: detected from the headers (Title, Description, ...)
  --state FILE          resume state (default: FILE.state.jsonl beside --out, else .mmt/classify-state.jsonl)
  --errors FILE         errors file (default: FILE.errors.jsonl beside --out, else .mmt/classify-errors.jsonl)
  --batch N             entries per push request (default ${DEFAULTS.batchSize}, at most 1000)
  --no-tracker-skip     with --push, do not ask the tracker whether it already has each file
  --progress MODE       auto (bar on a terminal, plain lines otherwise), bar, plain or none
  -q, --quiet           same as --progress none

Exit code: 0 every file classified, 1 some failed (see the errors file), 2 usage error,
130 interrupted (state saved: run the same command again to resume).`;

export function parseSize(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(s.trim());
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function usage(msg: string): number {
  process.stderr.write(`mmt classify: ${msg}\n${USAGE}\n`);
  return 2;
}

export async function run(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let out: string | undefined;
  let push: string | undefined;
  let token: string | undefined = process.env.MMT_TOKEN;
  let workers = DEFAULTS.workers;
  let maxSize = DEFAULTS.maxSize;
  let timeoutMs = DEFAULTS.timeoutMs;
  let textColumns: string[] | undefined;
  let state: string | undefined;
  let errors: string | undefined;
  let batchSize = DEFAULTS.batchSize;
  let trackerSkip = true;
  let progress: "auto" | "bar" | "plain" | "none" = "auto";

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case "-h":
      case "--help":
        process.stdout.write(`${USAGE}\n`);
        return 0;
      case "--out":
        out = value();
        if (!out) return usage("--out needs a file");
        break;
      case "--push":
        push = value();
        if (!push || !/^https?:\/\//i.test(push)) return usage("--push needs an http(s) URL");
        break;
      case "--token":
        token = value();
        if (!token) return usage("--token needs a value");
        break;
      case "--workers": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 256) return usage("--workers needs a whole number from 1 to 256");
        workers = n;
        break;
      }
      case "--max-size": {
        const n = parseSize(value() ?? "");
        if (!n) return usage("--max-size needs a size such as 50MB");
        maxSize = n;
        break;
      }
      case "--timeout": {
        const n = Number(value());
        if (!(n > 0)) return usage("--timeout needs seconds > 0");
        timeoutMs = n * 1000;
        break;
      }
      case "--text-columns": {
        const v = value();
        if (!v) return usage("--text-columns needs column names or numbers");
        textColumns = v.split(",").map((s) => s.trim()).filter(Boolean);
        break;
      }
      case "--state":
        state = value();
        if (!state) return usage("--state needs a file");
        break;
      case "--errors":
        errors = value();
        if (!errors) return usage("--errors needs a file");
        break;
      case "--batch": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 1000) return usage("--batch needs a whole number from 1 to 1000");
        batchSize = n;
        break;
      }
      case "--no-tracker-skip":
        trackerSkip = false;
        break;
      case "--progress": {
        const v = value();
        if (v !== "auto" && v !== "bar" && v !== "plain" && v !== "none") return usage("--progress is auto, bar, plain or none");
        progress = v;
        break;
      }
      case "-q":
      case "--quiet":
        progress = "none";
        break;
      default:
        if (a.startsWith("-") && a !== "-") return usage(`unknown option ${a}`);
        inputs.push(a);
    }
  }
  if (!inputs.length) return usage("give at least one file or folder");
  if (out && ![".jsonl", ".ndjson", ".csv", ".xlsx"].includes(extname(out).toLowerCase())) {
    return usage(`--out must end in .jsonl, .csv or .xlsx (got ${out})`);
  }
  if (push && !token) return usage("--push needs --token (or MMT_TOKEN)");
  const { classify } = await import("../classify/run");
  return classify({
    inputs,
    out,
    push,
    token,
    workers,
    maxSize,
    timeoutMs,
    textColumns,
    state,
    errors,
    progress,
    trackerSkip,
    batchSize,
  });
}
