import { describe, expect, it } from "vitest";
import { anotherWorkerPays, BOOT_MS, COSTS, costMs, GrowthPlanner, kindOf } from "../../../cli/classify/scale";

const files = (n: number, ext: string, size: number) => Array.from({ length: n }, (_, i) => ({ path: `in/${i}.${ext}`, size }));

describe("anotherWorkerPays", () => {
  it("starts a worker only when the work left per worker exceeds its start-up by the margin", () => {
    expect(anotherWorkerPays({ workers: 1, leftMs: 2000, startMs: 600 })).toBe(false);
    expect(anotherWorkerPays({ workers: 1, leftMs: 2600, startMs: 600 })).toBe(true);
    // The same work shared by two running workers does not pay for a third.
    expect(anotherWorkerPays({ workers: 2, leftMs: 2600, startMs: 600 })).toBe(false);
    expect(anotherWorkerPays({ workers: 1, leftMs: 2600, startMs: 600 }, 5)).toBe(false);
  });
});

describe("cost model", () => {
  it("knows kinds by extension, whatever the case", () => {
    expect(["a.PDF", "b.docx", "c.htm", "d.xlsx", "e.csv", "f.md", "g"].map(kindOf)).toEqual(["pdf", "docx", "html", "table", "table", "text", "text"]);
  });

  it("grows with size, and a PDF costs more per KB than plain text", () => {
    expect(costMs("pdf", 200 * 1024)).toBeGreaterThan(costMs("pdf", 20 * 1024));
    expect(costMs("pdf", 50 * 1024)).toBeGreaterThan(10 * costMs("text", 50 * 1024));
  });
});

describe("GrowthPlanner", () => {
  it("starts a second worker at once for a folder of many large PDFs", () => {
    const p = new GrowthPlanner(files(300, "pdf", 400 * 1024));
    expect(p.mayGrow({ workers: 1, bootMs: null, readyAt: null }, 0)).toBe(true);
  });

  it("waits for the first worker's results before deciding on a middling folder", () => {
    const p = new GrowthPlanner(files(60, "pdf", 40 * 1024));
    expect(p.leftMs).toBeGreaterThan(2 * (BOOT_MS + COSTS.pdf.firstUse));
    expect(p.mayGrow({ workers: 1, bootMs: null, readyAt: null }, 0)).toBe(false);
    expect(p.mayGrow({ workers: 1, bootMs: 300, readyAt: 1000 }, 1050)).toBe(false);
    // Four files done in 400 ms, near the model's speed: the 56 left pay for a worker.
    for (let i = 0; i < 4; i++) p.finished(`in/${i}.pdf`, 40 * 1024, true);
    expect(p.mayGrow({ workers: 1, bootMs: 300, readyAt: 1000 }, 1400)).toBe(true);
    expect(p.scale).toBeGreaterThan(0.5);
    expect(p.scale).toBeLessThan(2);
  });

  it("keeps one worker for a few hundred short text files", () => {
    const p = new GrowthPlanner(files(400, "txt", 5 * 1024));
    expect(p.mayGrow({ workers: 1, bootMs: null, readyAt: null }, 0)).toBe(false);
    // By the time the first worker is measured it has done most of them.
    for (let i = 0; i < 300; i++) p.finished(`in/${i}.txt`, 5 * 1024, true);
    expect(p.mayGrow({ workers: 1, bootMs: 300, readyAt: 0 }, 200)).toBe(false);
  });

  it("scales the estimate by what the first worker took: slow documents make the same folder worth a second worker", () => {
    const fast = new GrowthPlanner(files(150, "docx", 20 * 1024));
    const slow = new GrowthPlanner(files(150, "docx", 20 * 1024));
    for (let i = 0; i < 10; i++) {
      fast.finished(`in/${i}.docx`, 20 * 1024, true);
      slow.finished(`in/${i}.docx`, 20 * 1024, true);
    }
    const model = 10 * costMs("docx", 20 * 1024) + COSTS.docx.firstUse;
    expect(fast.mayGrow({ workers: 1, bootMs: 300, readyAt: 0 }, model)).toBe(false);
    expect(slow.mayGrow({ workers: 1, bootMs: 300, readyAt: 0 }, 4 * model)).toBe(true);
  });

  it("does not count files a resume state lists, nor files already finished", () => {
    const all = files(200, "pdf", 40 * 1024);
    const p = new GrowthPlanner(all, (path) => path !== "in/0.pdf");
    expect(p.leftMs).toBeCloseTo(costMs("pdf", 40 * 1024));
    p.finished("in/0.pdf", 40 * 1024, false);
    expect(p.leftMs).toBe(0);
    // A listed file whose content changed is classified after all: counted as done work.
    p.finished("in/5.pdf", 40 * 1024, true);
    expect(p.leftMs).toBe(0);
  });

  it("counts the library loads a new worker would need only for the kinds still to come", () => {
    const mixed = [...files(30, "pdf", 10 * 1024), ...files(30, "csv", 1024).map((f) => ({ ...f, path: f.path.replace("in/", "t/") }))];
    const p = new GrowthPlanner(mixed);
    for (let i = 0; i < 30; i++) p.finished(`t/${i}.csv`, 1024, true);
    for (let i = 0; i < 5; i++) p.finished(`in/${i}.pdf`, 10 * 1024, true);
    // Only PDFs are left: exceljs's first load no longer counts against a new worker.
    const left = 25 * costMs("pdf", 10 * 1024);
    expect(p.leftMs).toBeCloseTo(left);
    const model = 30 * costMs("table", 1024) + 5 * costMs("pdf", 10 * 1024) + COSTS.table.firstUse + COSTS.pdf.firstUse;
    const grow = p.mayGrow({ workers: 1, bootMs: BOOT_MS, readyAt: 0 }, model);
    expect(grow).toBe(anotherWorkerPays({ workers: 1, leftMs: left, startMs: BOOT_MS + COSTS.pdf.firstUse }));
  });
});
