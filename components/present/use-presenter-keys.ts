"use client";
import { useEffect, useRef } from "react";

/** Calls `onKey` for keys pressed anywhere on the page, except in form fields or with Ctrl/Alt/Meta. */
export function usePresenterKeys(onKey: (e: KeyboardEvent) => void) {
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  });
  useEffect(() => {
    const listen = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.target instanceof HTMLElement && e.target.closest("input, select, textarea, [contenteditable]")) return;
      handler.current(e);
    };
    window.addEventListener("keydown", listen);
    return () => window.removeEventListener("keydown", listen);
  }, []);
}
