/** Ribbon commands (same shared runtime as the pane) announce their results with this event. */
export const RESULT_EVENT = "mmt:result";

export function announce(detail: unknown): void {
  const g = globalThis as { dispatchEvent?: (e: Event) => boolean; CustomEvent?: typeof CustomEvent };
  if (g.dispatchEvent && g.CustomEvent) g.dispatchEvent(new g.CustomEvent(RESULT_EVENT, { detail }));
}
