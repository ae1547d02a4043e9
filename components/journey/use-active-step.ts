"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { clampIndex, indexOfHash } from "@/app/_lib/journey/stage";

export type Navigation = { index: number; previous: number | undefined };

/** Where the trigger line sits, as a share of the viewport from the top: CSS's `--trigger`, which also sets `.step`'s scroll-margin. */
function readTrigger(): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--trigger"));
  return value > 0 && value < 1 ? value : 0.5;
}

/**
 * The active step index and the ways to set it. Scrolling (an IntersectionObserver on a thin
 * band across the viewport), the URL hash and `goTo` all just set the index; the stage derives
 * everything else from it. The hash follows the index with replaceState, so history stays clean.
 */
export function useActiveStep(steps: readonly { id: string }[], root: RefObject<HTMLElement | null>, smoothScroll: boolean) {
  // -1 until the URL's hash has been read after hydration; the URL is not written before that.
  const [nav, setNav] = useState<Navigation>({ index: -1, previous: undefined });
  const total = steps.length;
  // While goTo's scroll is under way, the steps it passes must not take over: the stage would
  // flicker back to where the scroll started. Cleared when the target reaches the band, when the
  // reader takes over (wheel, touch, key), or after a while.
  const travelling = useRef<{ index: number; timer: number } | null>(null);

  const setIndex = useCallback(
    (i: number) =>
      setNav((n) => {
        const index = clampIndex(i, total);
        return n.index === index ? n : { index, previous: n.index < 0 ? undefined : n.index };
      }),
    [total],
  );

  // Deep link on load, and later hash changes (chapter links, a pasted URL).
  useEffect(() => {
    const fromHash = () => {
      const i = indexOfHash(steps, window.location.hash);
      if (i >= 0) setIndex(i);
      else setNav((n) => (n.index < 0 ? { index: 0, previous: undefined } : n));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [steps, setIndex]);

  // Scrolling: the last step crossing a 1%-high band at the trigger line is the active one.
  // The band moves with the layout (phones put it lower, under the stage), so re-observe on resize.
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
      const inBand = new Set<number>();
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.stepIndex);
            if (e.isIntersecting) inBand.add(i);
            else inBand.delete(i);
          }
          const trip = travelling.current;
          if (trip) {
            if (!inBand.has(trip.index)) return;
            endTrip();
          }
          if (inBand.size > 0) setIndex(Math.max(...inBand));
        },
        { rootMargin: `-${Math.round(trigger * 100)}% 0px -${99 - Math.round(trigger * 100)}% 0px` },
      );
      el.querySelectorAll<HTMLElement>("[data-step]").forEach((s) => observer?.observe(s));
    };
    observe();
    window.addEventListener("resize", observe);
    const userScrolls = ["wheel", "touchstart", "keydown"] as const;
    for (const type of userScrolls) window.addEventListener(type, endTrip, { passive: true });
    return () => {
      window.removeEventListener("resize", observe);
      for (const type of userScrolls) window.removeEventListener(type, endTrip);
      observer?.disconnect();
    };
  }, [root, setIndex]);

  // The URL and the narration follow the index.
  const id = nav.index >= 0 ? steps[nav.index]?.id : undefined;
  useEffect(() => {
    if (!id) return;
    const url = `#${encodeURIComponent(id)}`;
    if (window.location.hash !== url) {
      // Next patches replaceState: an entry it wrote (`__NA`) passes straight through, with no
      // router work. After a hash-only navigation the entry is new and has no state; passing
      // null then lets Next copy its state in and learn the URL, so it never writes a stale one back.
      const state: unknown = window.history.state;
      const nextOwns = typeof state === "object" && state !== null && "__NA" in state;
      window.history.replaceState(nextOwns ? state : null, "", url);
    }
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === id) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
  }, [id, root]);

  function endTrip() {
    if (travelling.current) window.clearTimeout(travelling.current.timer);
    travelling.current = null;
  }

  const goTo = useCallback(
    (i: number) => {
      const target = steps[clampIndex(i, total)];
      if (!target) return;
      setIndex(i);
      endTrip();
      travelling.current = { index: clampIndex(i, total), timer: window.setTimeout(endTrip, 2000) };
      document.getElementById(target.id)?.scrollIntoView({ behavior: smoothScroll ? "smooth" : "auto", block: "start" });
    },
    [steps, total, setIndex, smoothScroll],
  );

  return { index: Math.max(0, nav.index), previous: nav.previous, goTo };
}
