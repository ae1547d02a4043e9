"use client";
import { useEffect, useState } from "react";
import { journeyJsonHref, type JourneyJsonName } from "@/app/_lib/journey/pages";

/** One request per journey and file per page load, shared by everything that asks. */
const requests = new Map<string, Promise<unknown>>();

function request(slug: string, name: JourneyJsonName): Promise<unknown> {
  const href = journeyJsonHref(slug, name);
  let pending = requests.get(href);
  if (!pending) {
    pending = fetch(href)
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined);
    // A failed request may be tried again the next time it is wanted.
    void pending.then((body) => body ?? requests.delete(href));
    requests.set(href, pending);
  }
  return pending;
}

/**
 * One of a journey's JSON files (`/journeys/<slug>/<name>.json`: prose the page does not carry),
 * loaded the first time `wanted` is true. Undefined until it arrives, or if it cannot: what asks
 * must work without it.
 */
export function useJourneyJson<T>(slug: string, name: JourneyJsonName, wanted: boolean): T | undefined {
  const [body, setBody] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!wanted || body) return;
    let live = true;
    void request(slug, name).then((b) => live && b !== undefined && setBody(b as T));
    return () => {
      live = false;
    };
  }, [slug, name, wanted, body]);
  return body;
}
