/** Ribbon commands: registered under the manifest's names, run the actions, always complete. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../addin/commands/handlers";
import { registerCommands } from "../../../addin/excel/register";
import { createMockHost, type MockHost } from "./office-mock";

describe("ribbon commands", () => {
  let host: MockHost;
  const saved: Record<string, unknown> = {};
  beforeEach(() => {
    const g = globalThis as Record<string, unknown>;
    for (const k of ["Office", "Excel", "CustomFunctions", ...Object.keys(COMMANDS)]) saved[k] = g[k];
    host = createMockHost();
    host.install();
    registerCommands(COMMANDS);
  });
  afterEach(() => {
    Object.assign(globalThis as Record<string, unknown>, saved);
  });

  const fire = async (name: string) => {
    let completed = 0;
    await host.actions.get(name)?.({ completed: () => completed++ });
    return completed;
  };

  it("are associated under the manifest's function names", () => {
    expect([...host.actions.keys()].sort()).toEqual(["insertTemplate", "pushRows", "tagRows"]);
  });

  it("insertTemplate adds the template and completes the event", async () => {
    expect(await fire("insertTemplate")).toBe(1);
    expect(host.data.sheets.map((s) => s.name)).toContain("MM indicators");
    // The text columns of the new sheet are remembered in the workbook.
    expect(JSON.stringify(host.data.settings.get("mmt.workbook.v1"))).toContain('"MM indicators":{"textHeaders":["Title","Description"]}');
    expect(host.data.settingsSaves).toBeGreaterThan(0);
  });

  it("a failing command (empty sheet) still completes the event, leaving the workbook unchanged", async () => {
    expect(await fire("tagRows")).toBe(1);
    expect(host.data.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
