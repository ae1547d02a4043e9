"use client";
import { useSyncExternalStore } from "react";

/**
 * Tracks a media query without a hydration mismatch: the server and the first client render
 * both use `serverValue`, then React switches to the real answer.
 */
export function useMediaQuery(query: string, serverValue = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}
