"use client";
import { useEffect, type RefObject } from "react";
import { activeFromBand, bandMargin } from "@/app/_lib/journey/navigation";
import { endTrip, type TripRef } from "./scroll-trip";

/** CSS's `--trigger` (0–1 from the top), which also sets `.step`'s scroll-margin. */
function readTrigger(): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--trigger"));
  return value > 0 && value < 1 ? value : 0.5;
}

const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

function scrollsThePage(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  return SCROLL_KEYS.has(e.key) && !target?.closest("button, a, input, select, textarea, summary, [contenteditable='true']");
}

/**
 * Scrolling sets the index: the last `[data-step]` crossing a thin band at the trigger line is
 * active. The band moves with the layout (phones put it lower, under the stage), so it is
 * re-made on resize. `band` holds the steps in the band now, for `resync` after a trip.
 */
export function useScrollSpy(
  root: RefObject<HTMLElement | null>,
  trip: TripRef,
  band: { readonly current: Set<number> },
  setIndex: (i: number) => void,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let observer: IntersectionObserver | undefined;
    let trigger = 0;
    const observe = () => {
      const next = readTrigger();
      if (observer && next === trigger) return;
      trigger = next;
      observer?.disconnect();
      band.current.clear();
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.stepIndex);
            if (e.isIntersecting) band.current.add(i);
            else band.current.delete(i);
          }
          const travelling = trip.current;
          if (travelling) {
            // The steps a requested scroll passes do not count; its target ends it.
            if (!band.current.has(travelling.index)) return;
            endTrip(trip);
            setIndex(travelling.index);
            return;
          }
          const active = activeFromBand(band.current);
          if (active !== undefined) setIndex(active);
        },
        { rootMargin: bandMargin(trigger) },
      );
      el.querySelectorAll<HTMLElement>("[data-step]").forEach((s) => observer?.observe(s));
    };
    observe();
    window.addEventListener("resize", observe);
    // The reader takes over from a requested scroll: follow what they scroll to. Keys count
    // only when they scroll the page (Enter or Space on a button is a request, not a scroll).
    const takeOver = (e: Event) => {
      if (!trip.current) return;
      if (e instanceof KeyboardEvent && !scrollsThePage(e)) return;
      endTrip(trip);
      const active = activeFromBand(band.current);
      if (active !== undefined) setIndex(active);
    };
    const userScrolls = ["wheel", "touchstart", "keydown"] as const;
    for (const type of userScrolls) window.addEventListener(type, takeOver, { passive: true });
    return () => {
      window.removeEventListener("resize", observe);
      for (const type of userScrolls) window.removeEventListener(type, takeOver);
      observer?.disconnect();
    };
  }, [root, trip, band, setIndex]);
}
