/**
 * Builds the browser extension (run by scripts/build.mjs, or by hand):
 *   node --import tsx extension/build.ts                 → dist/extension-chrome/, dist/extension-firefox/
 *   node --import tsx extension/build.ts --test --out D  → a Chrome test build in D (see below)
 *   node --import tsx extension/build.ts --test --target firefox --out D  → a Firefox test build
 *
 * Per browser: the pages (sidepanel.html, options.html) and background.js in one ES-module
 * build, content.js as a separate classic IIFE (content scripts cannot be modules), the pdf.js
 * worker copied next to them, icons drawn here, and manifest.json = manifests/extension.base.json
 * shallow-merged with manifests/extension.<browser>.json.
 *
 * A test build (`--test`) also grants http://127.0.0.1/* (Playwright cannot accept permission
 * prompts or give activeTab with a click on the toolbar) and exposes the context-menu function
 * to the test as self.__mmtTest. Release builds have neither.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { build, type InlineConfig } from "vite";
import { snapshotTagger } from "../scripts/vite-tagger";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const src = join(here, "src");
export type Target = "chrome" | "firefox";

export function manifestFor(target: Target, test = false): Record<string, unknown> {
  const base = JSON.parse(readFileSync(join(repo, "manifests/extension.base.json"), "utf8"));
  const extra = JSON.parse(readFileSync(join(repo, `manifests/extension.${target}.json`), "utf8"));
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const m: Record<string, unknown> = { ...base, ...extra, version: pkg.version };
  if (test) {
    m.host_permissions = ["http://127.0.0.1/*"];
    m.name = `${m.name} (test build)`;
  }
  return m;
}

// --- icons: a blue rounded square with a white tag shape, drawn as PNG (no binaries in git)
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}
export function drawIcon(size: number): Buffer {
  const row = size * 4 + 1;
  const px = Buffer.alloc(row * size);
  const rad = size * 0.2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const qx = Math.max(rad - cx, cx - (size - rad), 0);
      const qy = Math.max(rad - cy, cy - (size - rad), 0);
      const inside = qx * qx + qy * qy <= rad * rad;
      // A tag: a pentagon pointing right, with a hole.
      const u = cx / size;
      const v = cy / size;
      const body = u > 0.2 && u < 0.62 && v > 0.3 && v < 0.7;
      const point = u >= 0.62 && u < 0.82 && Math.abs(v - 0.5) < 0.2 - (u - 0.62);
      const hole = (u - 0.32) ** 2 + (v - 0.5) ** 2 < 0.004;
      const white = (body || point) && !hole;
      const o = y * row + 1 + x * 4;
      px[o] = white ? 255 : 15;
      px[o + 1] = white ? 255 : 108;
      px[o + 2] = white ? 255 : 189;
      px[o + 3] = inside ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(px)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

export async function buildExtension(target: Target, outDir: string, opts: { test?: boolean } = {}): Promise<void> {
  const define = {
    __MMT_BROWSER__: JSON.stringify(target),
    __MMT_TEST__: JSON.stringify(Boolean(opts.test)),
  };
  // Module workers (the panel's tagger) are bundled by their own pipeline: it needs the plugin too.
  const common: InlineConfig = {
    configFile: false,
    logLevel: "warn",
    root: src,
    base: "./",
    define,
    plugins: [preact(), snapshotTagger()],
    worker: { plugins: () => [snapshotTagger()] },
  };
  await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      modulePreload: false,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        input: {
          sidepanel: join(src, "sidepanel.html"),
          options: join(src, "options.html"),
          background: join(src, "background/index.ts"),
        },
        output: {
          entryFileNames: (c: { name: string }) => (c.name === "background" ? "background.js" : "assets/[name]-[hash].js"),
          chunkFileNames: "assets/[name]-[hash].js",
          assetFileNames: "assets/[name]-[hash][extname]",
        },
      },
    } as InlineConfig["build"],
  });
  await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: false,
      target: "es2022",
      sourcemap: false,
      lib: { entry: join(src, "content/index.ts"), formats: ["iife"], name: "mmtContent", fileName: () => "content.js" },
    },
  });
  const require = createRequire(import.meta.url);
  const worker = join(dirname(require.resolve("pdfjs-dist/package.json")), "build/pdf.worker.min.mjs");
  copyFileSync(worker, join(outDir, "pdf.worker.min.mjs"));
  mkdirSync(join(outDir, "icons"), { recursive: true });
  for (const s of [16, 32, 48, 128]) writeFileSync(join(outDir, `icons/icon-${s}.png`), drawIcon(s));
  writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifestFor(target, opts.test), null, 2)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const test = argv.includes("--test");
  const outAt = argv.indexOf("--out");
  const targetAt = argv.indexOf("--target");
  const target = targetAt >= 0 ? argv[targetAt + 1] : "chrome";
  if (target !== "chrome" && target !== "firefox") throw new Error(`--target must be chrome or firefox, not ${JSON.stringify(target)}`);
  if (test) {
    const out = outAt >= 0 ? resolve(argv[outAt + 1]) : join(repo, `dist/extension-${target}-test`);
    await buildExtension(target, out, { test: true });
    process.stdout.write(`extension test build (${target}): ${out}\n`);
    return;
  }
  for (const target of ["chrome", "firefox"] as const) {
    const out = join(repo, `dist/extension-${target}`);
    await buildExtension(target, out);
    process.stdout.write(`extension (${target}): ${out}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  });
}
