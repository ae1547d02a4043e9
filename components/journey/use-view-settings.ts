"use client";
import { useCallback, useSyncExternalStore } from "react";

/** How the reader looks at the journey: settings of the view, not of the step. */
export type ViewSettings = {
  /** The lens that is on, if any. */
  lens: string | null;
  /** Variations that are on. */
  variations: readonly string[];
  /** Whether the stage's transcript shows under the caption. */
  describe: boolean;
};

type Known = { lenses: readonly string[]; variations: readonly string[] };

const DEFAULTS: ViewSettings = { lens: null, variations: [], describe: false };
/** Kept for the tab's session, so the settings follow the reader from one chapter page to the next. */
const key = (slug: string) => `clickpath:view:${slug}`;

const cache = new Map<string, ViewSettings>();
const listeners = new Set<() => void>();

function read(slug: string, known: Known): ViewSettings {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(key(slug)) ?? "null");
    if (!raw || typeof raw !== "object") return DEFAULTS;
    const r = raw as Record<string, unknown>;
    return {
      lens: typeof r.lens === "string" && known.lenses.includes(r.lens) ? r.lens : null,
      variations: Array.isArray(r.variations) ? r.variations.filter((v): v is string => typeof v === "string" && known.variations.includes(v)) : [],
      describe: r.describe === true,
    };
  } catch {
    // Storage off, or something unreadable in it: start from the defaults.
    return DEFAULTS;
  }
}

function snapshot(slug: string, known: Known): ViewSettings {
  let s = cache.get(slug);
  if (!s) {
    s = read(slug, known);
    cache.set(slug, s);
  }
  return s;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The view settings of a journey: the server and hydration see the defaults, then the session's. */
export function useViewSettings(slug: string, known: Known) {
  const settings = useSyncExternalStore(subscribe, () => snapshot(slug, known), () => DEFAULTS);
  const update = useCallback(
    (change: Partial<ViewSettings>) => {
      const next = { ...(cache.get(slug) ?? DEFAULTS), ...change };
      cache.set(slug, next);
      try {
        window.sessionStorage.setItem(key(slug), JSON.stringify(next));
      } catch {
        // Storage off or full: the settings still hold for this page.
      }
      for (const l of listeners) l();
    },
    [slug],
  );
  return [settings, update] as const;
}
