// Builds every surface that has a build script (<surface>/build.ts), one after the other:
// the machine has two cores, and Vite uses both.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// The compiled lexicon first: every surface bundles the tagger, which starts from it.
const lex = spawnSync(process.execPath, ["--import", "tsx", "scripts/compile-lexicon.ts"], { stdio: "inherit" });
if (lex.status !== 0) process.exit(lex.status ?? 1);

// The classify worker as one JavaScript file (node_modules/.cache), so `mmt classify` workers
// start without the TypeScript loader; mmt rebuilds it itself when the sources changed.
const worker = spawnSync(process.execPath, ["--import", "tsx", "cli/classify/worker-bundle.ts"], { stdio: "inherit" });
if (worker.status !== 0) process.exit(worker.status ?? 1);

const surfaces = ["tracker/dashboard", "addin", "extension"];
for (const s of surfaces) {
  const script = `${s}/build.ts`;
  if (!existsSync(script)) continue;
  process.stdout.write(`building ${s}\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write(`build of ${s} failed\n`);
    process.exit(r.status ?? 1);
  }
}
