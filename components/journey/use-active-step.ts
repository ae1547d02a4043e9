"use client";
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { activeFromBand, navigate, scrollBehaviour, UNRESOLVED, type Navigation } from "@/app/_lib/journey/navigation";
import { clampIndex, indexOfHash } from "@/app/_lib/journey/stage";
import { startTrip, type Trip } from "./scroll-trip";
import { useHashSync } from "./use-hash-sync";
import { useScrollSpy } from "./use-scroll-spy";

/** The steps this page's narration holds (global indexes), and how to reach a step on another page. */
export type PageSteps = {
  first: number;
  count: number;
  /** Goes to a step read on another page: `push` for a move the reader asked for, `replace` for a link that named it. */
  leave: (index: number, how: "push" | "replace") => void;
};

/**
 * The active step index and the ways to set it. Scrolling, the URL hash and `goTo` all just set
 * the index; the stage derives everything else from it. Indexes are global across the journey;
 * a step on another chapter's page is reached by going to that page.
 */
export function useActiveStep(steps: readonly { id: string }[], root: RefObject<HTMLElement | null>, motionAllowed: boolean, page: PageSteps) {
  const [nav, setNav] = useState<Navigation>(UNRESOLVED);
  const [hashVisits, setHashVisits] = useState(0);
  const trip = useRef<Trip | null>(null);
  const band = useRef(new Set<number>());
  const total = steps.length;
  const { first, count, leave } = page;
  const onPage = useCallback((i: number) => i >= first && i < first + count, [first, count]);

  const setIndex = useCallback((i: number) => setNav((n) => navigate(n, i, total)), [total]);
  const resync = useCallback(() => {
    const active = activeFromBand(band.current);
    if (active !== undefined) setIndex(active);
  }, [setIndex]);

  const travelTo = useCallback(
    (to: number, behavior: ScrollBehavior) => {
      const el = document.getElementById(steps[to]?.id ?? "");
      if (el) startTrip(trip, to, el, behavior, resync);
    },
    [steps, resync],
  );

  // Deep link on load, and later hash changes (a pasted URL, the back button).
  useEffect(() => {
    const fromHash = (event?: HashChangeEvent) => {
      // A hash taken away by someone else (Next's router during start-up) is not a request to go anywhere.
      if (event && window.location.hash === "") return;
      setHashVisits((v) => v + 1);
      const i = indexOfHash(steps, window.location.hash);
      if (i < 0) return setNav((n) => (n.index < 0 ? navigate(n, first, total) : n));
      // A link to a step of another chapter (an old link to the journey's first page, say).
      if (!onPage(i)) return leave(i, "replace");
      setIndex(i);
      travelTo(i, "auto");
    };
    // The hash always names the active step, so a reload returns to it by the hash rather than
    // by the browser's remembered scroll offset.
    const restoration = window.history.scrollRestoration;
    window.history.scrollRestoration = "manual";
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => {
      window.removeEventListener("hashchange", fromHash);
      window.history.scrollRestoration = restoration;
    };
  }, [steps, total, setIndex, travelTo, first, onPage, leave]);

  // What scrolling sets is a transition: React renders the new step in slices between frames,
  // so a step change never holds a frame of the scroll back.
  const followScroll = useCallback((i: number) => startTransition(() => setIndex(i)), [setIndex]);
  useScrollSpy(root, trip, band, followScroll);
  useHashSync(root, nav.index >= 0 ? steps[nav.index]?.id : undefined, nav.previous !== undefined, hashVisits);

  const goTo = useCallback(
    (i: number) => {
      const to = clampIndex(i, total);
      if (!onPage(to)) return leave(to, "push");
      setIndex(to);
      travelTo(to, scrollBehaviour(nav.index, to, motionAllowed));
    },
    [total, setIndex, travelTo, nav.index, motionAllowed, onPage, leave],
  );

  return { index: nav.index < 0 ? first : nav.index, previous: nav.previous, goTo };
}
