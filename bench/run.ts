/**
 * `npm run bench [-- NAME...]`: runs every bench/<name>.bench.ts (or only the named ones), one
 * after the other so they do not compete for the two cores, each in a process of its own. Each
 * module exports `run()` and prints its own medians and ratios against a baseline measured in
 * the same run.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.slice(0, -".bench.ts".length))
  .sort()
  .filter((n) => wanted.length === 0 || wanted.includes(n));

if (names.length === 0) {
  process.stderr.write(`no benchmark matches ${wanted.join(", ")}\n`);
  process.exit(2);
}
if (names.length === 1) {
  process.stdout.write(`\n## ${names[0]}\n`);
  const mod = (await import(join(dir, `${names[0]}.bench.ts`))) as { run: () => Promise<void> };
  await mod.run();
} else {
  // Each benchmark in a fresh process: one that ran before would leave its heap, its worker
  // threads and V8's optimisations for other inputs behind (the tagger measured 40 MB/s after
  // the add-in and classify benchmarks in the same process, 65-70 MB/s on its own).
  for (const name of names) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { stdio: "inherit" });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}
