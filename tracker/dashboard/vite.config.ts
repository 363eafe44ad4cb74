/**
 * Vite config of the tracker dashboard (Preact): index.html → dist/dashboard, with relative
 * asset paths so the page works wherever the tracker mounts it. The dashboard imports the
 * taxonomy and the Entry type from shared/ (outside this root), which Vite bundles.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vite";
import { preactPages } from "../../scripts/vite-pages";

const here = dirname(fileURLToPath(import.meta.url));
export const DASHBOARD_ROOT = here;
export const DASHBOARD_OUT = resolve(here, "..", "..", "dist", "dashboard");

export function dashboardConfig(outDir = DASHBOARD_OUT): UserConfig {
  return preactPages(here, outDir, { server: { fs: { allow: [resolve(here, "..", "..")] } } });
}

export default defineConfig(dashboardConfig());
