// pdf.js's legacy build replaces native built-ins on load (core-js); the classify worker puts
// them back (cli/classify/native-builtins.ts). Checked with a stand-in loader and with the real
// pdf.js on a generated PDF, which must still be read after the restore.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { keepingNativeBuiltins } from "../../../cli/classify/native-builtins";
import { processJob } from "../../../cli/classify/process";

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const natives = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
  hasIteratorConstructor: Object.hasOwn(iteratorPrototype, "constructor"),
};

function expectNatives(): void {
  expect(JSON.stringify).toBe(natives.stringify);
  expect(JSON.parse).toBe(natives.parse);
  expect(Array.prototype.push).toBe(natives.push);
  expect(Function.prototype.toString).toBe(natives.toString);
  expect(Object.hasOwn(iteratorPrototype, "constructor")).toBe(natives.hasIteratorConstructor);
}

describe("keepingNativeBuiltins", () => {
  it("puts back what a loader replaced and returns what it loaded", async () => {
    const value = await keepingNativeBuiltins(async () => {
      JSON.stringify = () => "polyfilled";
      Array.prototype.push = function push(this: unknown[], ...items: unknown[]) {
        return natives.push.apply(this, items);
      };
      Object.defineProperty(iteratorPrototype, "constructor", { value: function Iterator() {}, configurable: true, writable: true });
      return 42;
    });
    expect(value).toBe(42);
    expectNatives();
    expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
  });

  it("restores them when the loader throws, and passes the error on", async () => {
    await expect(
      keepingNativeBuiltins(async () => {
        JSON.parse = () => null;
        throw new Error("load failed");
      }),
    ).rejects.toThrow("load failed");
    expectNatives();
  });

  it("leaves pdf.js working and the built-ins native after a PDF is classified", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([595, 842]).drawText("National strategy on labour migration and remittances", { x: 40, y: 800, size: 12, font });
    const bytes = await pdf.save();
    for (const seq of [1, 2]) {
      const r = await processJob({ seq, path: `s${seq}.pdf`, sha256: "0".repeat(64), bytes: new Uint8Array(bytes) });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect(r.entries[0].tags.map((t) => t.id)).toContain("labour-migration");
    }
    expectNatives();
  });
});
