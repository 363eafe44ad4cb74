/** Firefox's sidebar, as much of sidebarAction as the button's click needs. */
export interface Sidebar {
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

/**
 * The button's click in Firefox: toggles the sidebar (first, while the click's user gesture
 * lasts), then prepares the tab only if the sidebar is now open. A click that closes it has no
 * panel to prepare for, and reading and tagging a 1 MB page then would only burn CPU. When the
 * browser cannot say, it prepares (the cost of a wasted tagging, not of a slow panel).
 */
export function toggleSidebar(sidebar: Sidebar, windowId: number | undefined, prepare: () => Promise<void>): Promise<void> {
  return sidebar
    .toggle()
    .then(() => sidebar.isOpen({ windowId }))
    .then(
      (open) => (open ? prepare() : undefined),
      () => prepare(),
    );
}
