// Builds every surface that has a build script (<surface>/build.ts), one after the other:
// the machine has two cores, and Vite uses both.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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
