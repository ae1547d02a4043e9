"use client";
import { useEffect } from "react";
import { useLatest } from "./use-latest";

/** Where a reader types: a key pressed there is text, never a shortcut. */
const TYPING = "input, select, textarea, [contenteditable]:not([contenteditable='false'])";
/** Controls that act on Space or Enter themselves. */
const CONTROLS = "button, a, summary";

/** Whether a key event's target is a form field or editable text, whose keys shortcuts leave alone. */
export function isTypingIn(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

/** Whether a key event's target is a button, link or summary, which Space and Enter press. */
export function isOnControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(CONTROLS) !== null;
}

/**
 * Calls `onKey` for keys pressed anywhere on the page, except keys typed in a form field, keys
 * another handler has taken, and keys held with Ctrl, Alt or Meta (the browser's and the
 * system's). The window listener is added once and always calls this render's `onKey`.
 */
export function usePageKeys(onKey: (e: KeyboardEvent) => void) {
  const handler = useLatest(onKey);
  useEffect(() => {
    const listen = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTypingIn(e.target)) return;
      handler.current(e);
    };
    window.addEventListener("keydown", listen);
    return () => window.removeEventListener("keydown", listen);
  }, [handler]);
}
