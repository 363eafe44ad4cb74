/**
 * Builds the Excel add-in into dist/addin (run by scripts/build.mjs, or
 * `node --import tsx addin/build.ts [outDir]`):
 *   taskpane.html, commands.html, help.html, assets/*   (Vite, Preact)
 *   functions.js                                        (self-contained IIFE for Excel)
 *   functions.json                                      (from the JSDoc, addin/functions/metadata.ts)
 *   manifest.xml                                        (manifests/addin.xml with the URLs of MMT_ADDIN_URL)
 *   assets/icon-{16,32,64,80}.png                       (drawn here, no binary in git)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";
import { build } from "vite";
import { snapshotTagger } from "../scripts/vite-tagger";
import { generateMetadata } from "./functions/metadata";
import { ADDIN_OUT, pagesConfig } from "./vite.config";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
/** The prefix every URL of manifests/addin.xml starts with. */
export const MANIFEST_DEV_BASE = "https://localhost:3000/addin/";

/** manifests/addin.xml with its URLs moved to `base` (an https URL ending in "/"). */
export function manifestFor(xml: string, base: string): string {
  const u = new URL(base);
  if (u.protocol !== "https:") throw new Error(`MMT_ADDIN_URL must be https (Office loads add-ins over HTTPS only): ${base}`);
  const b = u.href.endsWith("/") ? u.href : `${u.href}/`;
  const devOrigin = new URL(MANIFEST_DEV_BASE).origin;
  return xml.split(MANIFEST_DEV_BASE).join(b).split(`<AppDomain>${devOrigin}</AppDomain>`).join(`<AppDomain>${u.origin}</AppDomain>`);
}

// --- a tiny PNG writer for the ribbon icons
const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** The MM Tracker mark: a blue rounded square with three white bars (rows being tagged). */
export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const r = size * 0.18;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = Math.max(0, r - x - 0.5, x + 0.5 - (size - r));
      const dy = Math.max(0, r - y - 0.5, y + 0.5 - (size - r));
      const inside = dx * dx + dy * dy <= r * r;
      const fy = y / size;
      const fx = x / size;
      const bar = fx > 0.22 && fx < 0.78 && [0.25, 0.45, 0.65].some((b) => fy >= b && fy < b + 0.1) && !(fx > 0.62 && fy >= 0.65);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [R, G, B] = bar ? [255, 255, 255] : [15, 108, 189];
      raw[o] = R;
      raw[o + 1] = G;
      raw[o + 2] = B;
      raw[o + 3] = inside ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export async function buildAddin(outDir = ADDIN_OUT, addinUrl = process.env.MMT_ADDIN_URL || MANIFEST_DEV_BASE): Promise<void> {
  await build(pagesConfig(outDir));
  // functions.js: one classic script, no imports, as Excel's custom functions runtime loads it.
  await build({
    configFile: false,
    logLevel: "warn",
    plugins: [snapshotTagger()],
    build: {
      outDir,
      emptyOutDir: false,
      target: "es2022",
      sourcemap: true,
      lib: {
        entry: join(here, "functions", "entry.ts"),
        formats: ["iife"],
        name: "MMTFunctions",
        fileName: () => "functions.js",
      },
    },
  });
  const meta = generateMetadata(readFileSync(join(here, "functions", "functions.ts"), "utf8"));
  writeFileSync(join(outDir, "functions.json"), `${JSON.stringify(meta, null, 2)}\n`);
  const manifest = manifestFor(readFileSync(join(repo, "manifests", "addin.xml"), "utf8"), addinUrl);
  writeFileSync(join(outDir, "manifest.xml"), manifest);
  mkdirSync(join(outDir, "assets"), { recursive: true });
  for (const s of [16, 32, 64, 80]) writeFileSync(join(outDir, "assets", `icon-${s}.png`), iconPng(s));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = process.argv[2] ? resolve(process.argv[2]) : ADDIN_OUT;
  buildAddin(out).then(
    () => process.stdout.write(`add-in built in ${out}\n`),
    (e: unknown) => {
      process.stderr.write(`add-in build failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
