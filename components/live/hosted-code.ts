"use client";
import { useSyncExternalStore } from "react";
import { hostedKey } from "@/app/_lib/live/hosted";

/** Said in this window when the hosted session changes (other windows hear the storage event). */
export const HOSTED_CHANGED = "clickpath:live-hosted";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(HOSTED_CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(HOSTED_CHANGED, onChange);
  };
}

/** What localStorage holds of the session this browser hosts for `slug` (shared by the console and the audience view). */
export function hostedText(slug: string): string | null {
  try {
    return window.localStorage.getItem(hostedKey(slug));
  } catch {
    return null;
  }
}

/**
 * The text of the hosted session, kept current across windows. Tiny, so the presenter's windows
 * carry only this until a session runs; what runs one loads then.
 */
export function useHostedText(slug: string): string | null {
  return useSyncExternalStore(subscribe, () => hostedText(slug), () => null);
}
