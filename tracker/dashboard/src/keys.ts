/**
 * The review queue's keyboard: a pure mapping from a key press to an action, and the list of
 * shortcuts shown on screen (one source for both).
 */

export type ReviewAction =
  | { type: "confirm" }
  | { type: "reject" }
  | { type: "next" }
  | { type: "prev" }
  | { type: "toggleTag"; index: number }
  | { type: "addTag" }
  | { type: "open" }
  | { type: "help" };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when focus is in a text field, select or textarea: keys then belong to it. */
  inField?: boolean;
}

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ["C"], what: "Confirm the entry with its tags as shown" },
  { keys: ["R"], what: "Reject the entry" },
  { keys: ["1", "…", "9"], what: "Remove or restore tag 1 to 9" },
  { keys: ["A"], what: "Add a tag" },
  { keys: ["J", "→"], what: "Skip to the next entry" },
  { keys: ["K", "←"], what: "Back to the previous entry" },
  { keys: ["D"], what: "Show the entry's details" },
  { keys: ["?"], what: "Show or hide these shortcuts" },
];

export function reviewKey(e: KeyInput): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.inField) return null;
  const k = e.key;
  switch (k.length === 1 ? k.toLowerCase() : k) {
    case "c":
      return { type: "confirm" };
    case "r":
      return { type: "reject" };
    case "a":
      return { type: "addTag" };
    case "d":
      return { type: "open" };
    case "j":
    case "ArrowRight":
      return { type: "next" };
    case "k":
    case "ArrowLeft":
      return { type: "prev" };
    case "?":
      return { type: "help" };
  }
  if (/^[1-9]$/.test(k)) return { type: "toggleTag", index: Number(k) - 1 };
  return null;
}
