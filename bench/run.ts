/**
 * `npm run bench [-- NAME...]`: runs every bench/<name>.bench.ts (or only the named ones), one
 * after the other so they do not compete for the two cores. Each module exports `run()` and
 * prints its own medians and ratios against a baseline measured in the same run.
 */
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
for (const name of names) {
  process.stdout.write(`\n## ${name}\n`);
  const mod = (await import(join(dir, `${name}.bench.ts`))) as { run: () => Promise<void> };
  await mod.run();
}
