/**
 * The release build of the extension: both browsers' folders, their manifests (least
 * permissions, no host access at install, Firefox's gecko settings), the bundled pdf.js worker,
 * no test hooks, and `web-ext lint` (Mozilla's addons-linter) with no errors on the Firefox build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExtension } from "../../extension/build";

const repo = resolve(import.meta.dirname, "..", "..");

describe("extension release build", () => {
  let tmp: string;
  const dir = (t: string) => join(tmp, `extension-${t}`);
  const manifest = (t: string) => JSON.parse(readFileSync(join(dir(t), "manifest.json"), "utf8"));
  const allJs = (t: string) =>
    ["background.js", "content.js", ...readdirSync(join(dir(t), "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`)]
      .map((f) => readFileSync(join(dir(t), f), "utf8"))
      .join("\n");

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "mmt-ext-build-"));
    await buildExtension("chrome", dir("chrome"));
    await buildExtension("firefox", dir("firefox"));
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("asks for the least permissions and no host access at install", () => {
    const c = manifest("chrome");
    const f = manifest("firefox");
    expect(c.permissions.sort()).toEqual(["activeTab", "contextMenus", "scripting", "sidePanel", "storage"]);
    expect(f.permissions.sort()).toEqual(["activeTab", "contextMenus", "scripting", "storage"]);
    for (const m of [c, f]) {
      expect(m.manifest_version).toBe(3);
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    }
    expect(c.background).toEqual({ service_worker: "background.js", type: "module" });
    expect(c.side_panel.default_path).toBe("sidepanel.html");
    expect(c.commands._execute_action.suggested_key.default).toBe("Alt+Shift+M");
    expect(f.background.scripts).toEqual(["background.js"]);
    expect(f.sidebar_action.default_panel).toBe("sidepanel.html");
    expect(f.commands._execute_sidebar_action).toBeDefined();
    expect(Number.parseFloat(f.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(f.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(["websiteContent"]);
  });

  it("ships every file the manifests name, the pdf.js worker, and no test hook", () => {
    for (const t of ["chrome", "firefox"]) {
      const m = manifest(t);
      for (const f of ["background.js", "content.js", "sidepanel.html", "options.html", "pdf.worker.min.mjs", ...Object.values(m.icons as Record<string, string>)]) {
        expect(existsSync(join(dir(t), f)), `${t}: ${f}`).toBe(true);
      }
      const js = allJs(t);
      expect(js).not.toContain("__mmtTest");
      expect(js).not.toContain("dangerouslySetInnerHTML:");
    }
    // Chrome opens its side panel from action.onClicked; the Firefox build has no sidePanel call.
    expect(allJs("firefox")).not.toContain("sidePanel");
    expect(allJs("chrome")).toContain("sidePanel");
    const png = readFileSync(join(dir("chrome"), "icons/icon-128.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("passes web-ext lint with no errors (Firefox build)", () => {
    const bin = join(repo, "node_modules/.bin/web-ext");
    const r = spawnSync(bin, ["lint", "--source-dir", dir("firefox"), "--output", "json", "--no-input"], { encoding: "utf8", timeout: 90_000 });
    const report = JSON.parse(r.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 100_000);
});
