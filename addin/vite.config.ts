/**
 * Vite config of the add-in's web part: taskpane.html (the shared runtime's page: pane, ribbon
 * commands and custom functions), commands.html and help.html, built into dist/addin with
 * relative asset paths so the files work wherever they are served (the tracker serves them
 * at /addin/). functions.js is a separate self-contained build (see build.ts).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vite";
import { preactPages } from "../scripts/vite-pages";
import { snapshotTagger } from "../scripts/vite-tagger";

const here = dirname(fileURLToPath(import.meta.url));
export const ADDIN_ROOT = here;
export const ADDIN_OUT = resolve(here, "..", "dist", "addin");

export function pagesConfig(outDir = ADDIN_OUT): UserConfig {
  return preactPages(here, outDir, {
    plugins: [snapshotTagger()],
    build: {
      // The tagger's multilingual lexicons are one large chunk by nature; loaded once per session.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          taskpane: resolve(here, "taskpane.html"),
          commands: resolve(here, "commands.html"),
          help: resolve(here, "help.html"),
        },
      },
    },
  });
}

export default defineConfig(pagesConfig());
