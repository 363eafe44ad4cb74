/**
 * The classify worker as one prebuilt JavaScript file, so a worker thread starts without the
 * TypeScript loader. Through tsx, each worker registered its own loader (a hooks thread of its
 * own) and sent the ~34 TypeScript modules of the tagger and the extractors through it: about
 * 0.75 s of CPU before its first file, against 0.3 s from the bundle (docs/classify.md).
 *
 * The bundle lives in node_modules/.cache/mmt-classify-worker/, named by a key that hashes the
 * content of every module in it (and this builder): a source edit, a `git pull` or a lexicon
 * recompile gives a new key, and the next run rebuilds it (Vite, in a child process, ~1 s)
 * before starting workers. Libraries (pdf.js, mammoth, linkedom, exceljs...) stay outside it
 * and load from node_modules on first use, as before. Whenever the bundle cannot be had — Vite
 * not installed, a read-only node_modules, a failed build, MMT_CLASSIFY_BUNDLE=0 — workers start
 * through tsx as before (worker-entry.mjs): slower to start, same results.
 *
 * Run as a script (`node --import tsx cli/classify/worker-bundle.ts`) it builds the bundle if it
 * is stale; `npm run build` does that, and so does `mmt classify` when it needs a worker.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, "..", "..");
export const TSX_ENTRY = new URL("./worker-entry.mjs", import.meta.url);
const SOURCE = join(HERE, "worker.ts");
const SELF = fileURLToPath(import.meta.url);
/** How long a replaced bundle is kept: a run that read the old manifest may still start a
 *  worker (a timed-out file's replacement) from it. */
const STALE_AFTER_MS = 3600 * 1000;

interface Manifest {
  format: 1;
  key: string;
  /** The bundle's file name inside the cache folder. */
  file: string;
  /** Every module bundled, relative to the repository, with forward slashes. */
  inputs: string[];
}

export type BundleState =
  | { ok: true; url: URL; built: boolean }
  | { ok: false; reason: string };

export function cacheDir(repo = REPO): string {
  return join(repo, "node_modules", ".cache", "mmt-classify-worker");
}

/** The key of a set of inputs as they are on disk now; null when one of them is gone. The
 *  builder's own text is in it, so a change of how the bundle is made rebuilds it too. */
export function inputsKey(repo: string, inputs: string[], builder = SELF): string | null {
  const h = createHash("sha256");
  h.update(`format-1\0${readFileSync(builder)}\0`);
  for (const rel of [...inputs].sort()) {
    const abs = join(repo, ...rel.split("/"));
    if (!existsSync(abs)) return null;
    h.update(rel);
    h.update("\0");
    h.update(readFileSync(abs));
    h.update("\0");
  }
  return h.digest("hex").slice(0, 20);
}

function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    return m.format === 1 && Array.isArray(m.inputs) && typeof m.file === "string" ? m : null;
  } catch {
    return null;
  }
}

/** The bundle of the last build when every module it holds is unchanged since; else null. */
export function freshBundle(repo = REPO, builder = SELF): URL | null {
  const dir = cacheDir(repo);
  const m = readManifest(dir);
  if (!m) return null;
  const file = join(dir, m.file);
  if (!existsSync(file) || inputsKey(repo, m.inputs, builder) !== m.key) return null;
  return pathToFileURL(file);
}

/** Bundles worker.ts with Vite into the cache folder (libraries left external). */
export async function buildBundle(repo = REPO): Promise<Manifest> {
  const { build } = await import("vite");
  const dir = cacheDir(repo);
  const tmp = join(dir, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  const startedAt = Date.now();
  try {
    const out = await build({
      configFile: false,
      logLevel: "silent",
      root: repo,
      build: {
        ssr: SOURCE,
        outDir: tmp,
        emptyOutDir: false,
        minify: false,
        target: "node20",
        // One file: only worker.mjs is moved into the cache, so no chunk may be split off.
        rollupOptions: { output: { format: "esm", entryFileNames: "worker.mjs", codeSplitting: false } },
      },
    });
    const chunk = (Array.isArray(out) ? out[0] : out) as { output: { type: string; moduleIds?: string[] }[] };
    const ids = chunk.output.flatMap((o) => (o.type === "chunk" ? (o.moduleIds ?? []) : []));
    const inputs = ids
      .filter((id) => !id.startsWith("\0") && existsSync(id))
      .map((id) => relative(repo, id).split(sep).join("/"));
    if (!inputs.includes("cli/classify/worker.ts")) throw new Error("the bundle does not hold worker.ts");
    // A module edited while Vite read the sources (a lexicon recompile, a checkout) would get
    // a key of its new text over a bundle of the old: such a build is not kept.
    if (inputs.some((rel) => statSync(join(repo, ...rel.split("/"))).mtimeMs > startedAt)) {
      throw new Error("the sources changed during the build");
    }
    const key = inputsKey(repo, inputs);
    if (!key) throw new Error("an input vanished during the build");
    const manifest: Manifest = { format: 1, key, file: `worker-${key}.mjs`, inputs };
    // Renames are atomic: a run that reads the manifest always finds a whole bundle beside it,
    // and two runs building at once both leave a consistent pair.
    renameSync(join(tmp, "worker.mjs"), join(dir, manifest.file));
    writeFileSync(join(tmp, "manifest.json"), JSON.stringify(manifest));
    renameSync(join(tmp, "manifest.json"), join(dir, "manifest.json"));
    // Older bundles go once no run can still be starting workers from them.
    for (const f of readdirSync(dir)) {
      const old = join(dir, f);
      if (f.startsWith("worker-") && f !== manifest.file && statSync(old).mtimeMs < startedAt - STALE_AFTER_MS) rmSync(old, { force: true });
    }
    return manifest;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function viteInstalled(repo: string): boolean {
  try {
    createRequire(join(repo, "package.json")).resolve("vite/package.json");
    return true;
  } catch {
    return false;
  }
}

/**
 * The worker bundle, built first when stale. Synchronous (the build runs in a child process)
 * so the pool can call it when it starts its first worker; runs that start none never pay it.
 */
export function ensureBundle(opts: { env?: NodeJS.ProcessEnv; onBuild?: () => void } = {}): BundleState {
  const env = opts.env ?? process.env;
  if (env.MMT_CLASSIFY_BUNDLE === "0") return { ok: false, reason: "MMT_CLASSIFY_BUNDLE=0" };
  try {
    const fresh = freshBundle();
    if (fresh) return { ok: true, url: fresh, built: false };
    if (!viteInstalled(REPO)) return { ok: false, reason: "Vite is not installed (npm ci without --omit=dev brings it)" };
    opts.onBuild?.();
    const r = spawnSync(process.execPath, ["--import", "tsx", SELF], { cwd: REPO, encoding: "utf8", env: { ...env } });
    if (r.status !== 0) return { ok: false, reason: `build failed: ${(r.stderr || r.error?.message || "").trim().split("\n").slice(-1)[0]}` };
    const built = freshBundle();
    return built ? { ok: true, url: built, built: true } : { ok: false, reason: "the build left no usable bundle" };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

/** Where classify workers start from: the bundle (built first when stale), else worker-entry.mjs
 *  through tsx. `say` hears of a build and of a fallback, for the person running classify. */
export function workerEntry(say: (line: string) => void = () => {}): URL {
  const b = ensureBundle({ onBuild: () => say("classify: building the worker bundle (once after each code update)") });
  if (b.ok) return b.url;
  say(`classify: workers start through the TypeScript loader (slower start): ${b.reason}`);
  return TSX_ENTRY;
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  if (freshBundle()) process.exit(0);
  try {
    const m = await buildBundle();
    process.stdout.write(`classify worker bundle: ${m.inputs.length} modules -> ${relative(REPO, join(cacheDir(), m.file))}\n`);
  } catch (e) {
    process.stderr.write(`classify worker bundle: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
