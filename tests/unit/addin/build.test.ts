/** Pieces of addin/build.ts that need no Vite run (the e2e test runs the whole build). */
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { iconPng, MANIFEST_DEV_BASE, manifestFor } from "../../../addin/build";

describe("manifestFor", () => {
  const xml = `<a><AppDomain>https://localhost:3000</AppDomain><b u="${MANIFEST_DEV_BASE}taskpane.html"/></a>`;
  it("moves every URL and the app domain to the production address", () => {
    expect(manifestFor(xml, "https://t.example.org/mmt/addin")).toBe(
      '<a><AppDomain>https://t.example.org</AppDomain><b u="https://t.example.org/mmt/addin/taskpane.html"/></a>',
    );
  });
  it("refuses plain http: Office loads add-ins over HTTPS only", () => {
    expect(() => manifestFor(xml, "http://t.example.org/addin/")).toThrow(/https/);
  });
});

describe("iconPng", () => {
  it("writes a real RGBA PNG of the asked size", () => {
    const png = iconPng(32);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(32);
    expect(png.readUInt32BE(20)).toBe(32);
    const idatLen = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    expect(raw.length).toBe((32 * 4 + 1) * 32);
  });
});
