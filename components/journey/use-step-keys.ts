"use client";
import { useEffect } from "react";

/** Keys that move a step, for readers who prefer the keyboard to scrolling. */
export const NEXT_KEYS = ["j", "n"];
export const PREVIOUS_KEYS = ["k", "p"];

/** True when a key press belongs to something else: typing, a form control, a modifier chord. */
function ownedElsewhere(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return true;
  const t = e.target as HTMLElement | null;
  return !!t?.closest("input, textarea, select, [contenteditable='true'], [role='textbox']");
}

/** J or N: next step; K or P: previous step. Arrow keys and Page Up/Down keep scrolling as usual. */
export function useStepKeys(index: number, goTo: (index: number) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ownedElsewhere(e)) return;
      const key = e.key.toLowerCase();
      if (NEXT_KEYS.includes(key)) goTo(index + 1);
      else if (PREVIOUS_KEYS.includes(key)) goTo(index - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, goTo]);
}
