"use client";
import { useEffect, useState } from "react";
import { journeyJsonHref } from "@/app/_lib/journey/pages";
import type { ViewText } from "@/app/_lib/journey/reader-model";

/** One request per journey per page load, shared by every menu and note that asks. */
const requests = new Map<string, Promise<ViewText | undefined>>();

function request(slug: string): Promise<ViewText | undefined> {
  let pending = requests.get(slug);
  if (!pending) {
    pending = fetch(journeyJsonHref(slug, "view"))
      .then((r) => (r.ok ? (r.json() as Promise<ViewText>) : undefined))
      .catch(() => undefined);
    // A failed request may be tried again the next time a menu opens.
    pending.then((text) => text ?? requests.delete(slug));
    requests.set(slug, pending);
  }
  return pending;
}

/**
 * The prose of the lens and variation menus (`ViewText`), loaded the first time `wanted` is true
 * (a menu opened, a lens on). Undefined until it arrives, or if it cannot: the menus work
 * without it, by their labels.
 */
export function useViewText(slug: string, wanted: boolean): ViewText | undefined {
  const [text, setText] = useState<ViewText | undefined>(undefined);
  useEffect(() => {
    if (!wanted || text) return;
    let live = true;
    void request(slug).then((t) => live && t && setText(t));
    return () => {
      live = false;
    };
  }, [slug, wanted, text]);
  return text;
}
