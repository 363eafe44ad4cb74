// Firefox's button click: the sidebar is toggled first, and the tab is read and tagged only
// when the click opened the sidebar.
import { describe, expect, it } from "vitest";
import { type Sidebar, toggleSidebar } from "../../extension/src/background/sidebar";

function fakeSidebar(openBefore: boolean, opts: { isOpenFails?: boolean } = {}) {
  const calls: string[] = [];
  let open = openBefore;
  const sidebar: Sidebar = {
    toggle: async () => {
      calls.push("toggle");
      open = !open;
    },
    isOpen: async ({ windowId }) => {
      calls.push(`isOpen:${windowId}`);
      if (opts.isOpenFails) throw new Error("no such window");
      return open;
    },
  };
  return { sidebar, calls };
}

describe("toggleSidebar", () => {
  it("prepares the tab when the click opened the sidebar, after the toggle", async () => {
    const { sidebar, calls } = fakeSidebar(false);
    await toggleSidebar(sidebar, 7, async () => {
      calls.push("prepare");
    });
    expect(calls).toEqual(["toggle", "isOpen:7", "prepare"]);
  });

  it("does not read or tag the page when the click closed the sidebar", async () => {
    const { sidebar, calls } = fakeSidebar(true);
    await toggleSidebar(sidebar, 7, async () => {
      calls.push("prepare");
    });
    expect(calls).toEqual(["toggle", "isOpen:7"]);
  });

  it("prepares when the browser cannot say whether the sidebar is open", async () => {
    const { sidebar, calls } = fakeSidebar(true, { isOpenFails: true });
    await toggleSidebar(sidebar, 3, async () => {
      calls.push("prepare");
    });
    expect(calls).toEqual(["toggle", "isOpen:3", "prepare"]);
  });
});
