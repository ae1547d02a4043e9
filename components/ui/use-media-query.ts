"use client";
import { useCallback, useSyncExternalStore } from "react";

/** One MediaQueryList per query, so reading it on every render creates nothing. */
const lists = new Map<string, MediaQueryList>();
function listFor(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/**
 * Tracks a media query without a hydration mismatch: the server and the first client render
 * both use `serverValue`, then React switches to the real answer.
 */
export function useMediaQuery(query: string, serverValue = false): boolean {
  // Stable per query, so React does not unsubscribe and subscribe again on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listFor(query).matches, () => serverValue);
}
