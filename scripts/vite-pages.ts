/**
 * The Vite settings every Preact surface built as static pages shares (the add-in's pages, the
 * tracker dashboard): relative asset paths, so the files work wherever they are served; no
 * config file lookup; ES2022; source maps. Each surface adds its own inputs and options.
 */
import preact from "@preact/preset-vite";
import type { PluginOption, UserConfig } from "vite";

export function preactPages(root: string, outDir: string, extra: { build?: UserConfig["build"]; server?: UserConfig["server"]; plugins?: PluginOption[] } = {}): UserConfig {
  return {
    root,
    base: "./",
    configFile: false,
    logLevel: "warn",
    plugins: [preact(), ...(extra.plugins ?? [])],
    ...(extra.server ? { server: extra.server } : {}),
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      sourcemap: true,
      ...extra.build,
    },
  } as UserConfig;
}
