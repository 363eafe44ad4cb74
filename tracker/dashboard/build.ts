/**
 * Builds the tracker dashboard into dist/dashboard (run by scripts/build.mjs, or
 * `node --import tsx tracker/dashboard/build.ts [outDir]`). `mmt serve` serves that folder
 * at `/` when it exists.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { DASHBOARD_OUT, dashboardConfig } from "./vite.config";

export async function buildDashboard(outDir = DASHBOARD_OUT): Promise<void> {
  await build(dashboardConfig(outDir));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = process.argv[2] ? resolve(process.argv[2]) : DASHBOARD_OUT;
  buildDashboard(out).then(
    () => process.stdout.write(`dashboard built in ${out}\n`),
    (e: unknown) => {
      process.stderr.write(`dashboard build failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
