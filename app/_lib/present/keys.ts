/**
 * The presenter's keys, as a pure function from a key (and a "go to" number being typed) to a
 * command. Presentation clickers send PageUp/PageDown (some send "." or B for a black screen),
 * so those are here too.
 */
export type Command =
  | { type: "next" }
  | { type: "previous" }
  | { type: "first" }
  | { type: "last" }
  /** Step number as the presenter typed it, from 1. */
  | { type: "go"; number: number }
  | { type: "overview" }
  | { type: "fullscreen" }
  | { type: "blackout" }
  | { type: "help" }
  | { type: "console" }
  | { type: "reveal" }
  | { type: "close" };

/** What the keys do, for the help overlay: one line per command, in the order they are listed. */
export const KEY_HELP: { keys: string[]; does: string }[] = [
  { keys: ["→", "Space", "Page Down", "N"], does: "next step" },
  { keys: ["←", "Page Up", "P"], does: "previous step" },
  { keys: ["Home", "End"], does: "first step, last step" },
  { keys: ["G", "a number", "Enter"], does: "go to that step" },
  { keys: ["R"], does: "reveal the quiz answer" },
  { keys: ["O"], does: "overview of every step" },
  { keys: ["B", "."], does: "black screen, and back" },
  { keys: ["F"], does: "full screen, and back" },
  { keys: ["S"], does: "open the presenter console" },
  { keys: ["?"], does: "this help" },
  { keys: ["Esc"], does: "close what is open" },
];

const SIMPLE: Record<string, Command["type"]> = {
  ArrowRight: "next",
  ArrowDown: "next",
  " ": "next",
  PageDown: "next",
  n: "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  PageUp: "previous",
  p: "previous",
  Home: "first",
  End: "last",
  o: "overview",
  f: "fullscreen",
  b: "blackout",
  ".": "blackout",
  "?": "help",
  s: "console",
  r: "reveal",
  Escape: "close",
};

export type KeyResult = {
  command?: Command;
  /** Digits typed after G, while a "go to" is open; null when none is. */
  typing: string | null;
};

/** What a key does, given the "go to" number being typed (null when none is). */
export function keyCommand(key: string, typing: string | null): KeyResult {
  if (typing !== null) {
    if (/^[0-9]$/.test(key)) return { typing: (typing + key).slice(0, 4) };
    if (key === "Backspace") return { typing: typing.slice(0, -1) };
    if (key === "Enter") return typing === "" ? { typing: null } : { command: { type: "go", number: Number(typing) }, typing: null };
    // Anything else closes the "go to" and does nothing more: a stray key must not move the room.
    return { typing: null };
  }
  if (key === "g" || key === "G") return { typing: "" };
  const type = SIMPLE[key.length === 1 ? key.toLowerCase() : key];
  return type ? { command: { type } as Command, typing: null } : { typing: null };
}
