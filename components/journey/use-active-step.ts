"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { clampIndex, indexOfHash } from "@/app/_lib/journey/stage";

export type Navigation = { index: number; previous: number | undefined };

/** Where the trigger line sits, as a share of the viewport from the top: CSS's `--trigger`, which also sets `.step`'s scroll-margin. */
function readTrigger(): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--trigger"));
  return value > 0 && value < 1 ? value : 0.5;
}

/** How long the reader stays on a step before Next's router is told the URL (see the sync effect). */
const ROUTER_SYNC_DELAY = 800;

function hasNextState(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "__NA" in state;
}

type Trip = { index: number; timer: number; smooth: boolean };
type TripRef = { current: Trip | null };

function endTrip(trip: TripRef) {
  if (trip.current) window.clearTimeout(trip.current.timer);
  trip.current = null;
}

/**
 * Scrolls to a step and, for instant jumps, holds the scroll there for a few frames until the
 * page stops moving under it (late layout, such as a reload landing before everything is laid
 * out, would otherwise nudge the target away). While the trip lasts, the steps it passes do not
 * take over the stage.
 */
function startTrip(ref: TripRef, index: number, el: HTMLElement, smooth: boolean) {
  endTrip(ref);
  const trip = { index, smooth, timer: window.setTimeout(() => endTrip(ref), 2000) };
  ref.current = trip;
  el.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  if (smooth) return;
  let last = el.getBoundingClientRect().top;
  let frames = 0;
  const hold = () => {
    if (ref.current !== trip || frames++ > 30) return;
    const top = el.getBoundingClientRect().top;
    if (Math.abs(top - last) < 1 && frames > 2) return endTrip(ref);
    el.scrollIntoView({ block: "start" });
    last = el.getBoundingClientRect().top;
    requestAnimationFrame(hold);
  };
  requestAnimationFrame(hold);
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
  // While a jump's scroll is under way, the steps it passes must not take over: the stage would
  // flicker back to where the scroll started. Cleared when the target reaches the band, when the
  // reader takes over (wheel, touch, key), or after a while.
  const travelling = useRef<Trip | null>(null);
  // Bumped on every hash navigation, so the URL sync below runs even when the step is unchanged.
  const [hashTick, setHashTick] = useState(0);

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
    const fromHash = (event?: HashChangeEvent) => {
      // A hash taken away by someone else (Next's router during start-up) is not a request to go anywhere.
      if (event && window.location.hash === "") return;
      setHashTick((t) => t + 1);
      const i = indexOfHash(steps, window.location.hash);
      if (i >= 0) {
        setIndex(i);
        const el = document.getElementById(steps[i]!.id);
        if (el) startTrip(travelling, i, el, false);
      } else setNav((n) => (n.index < 0 ? { index: 0, previous: undefined } : n));
    };
    // The hash always names the active step, so a reload goes back to it by the hash. The
    // browser's own scroll restoration would race it, measuring against estimated step heights.
    const restoration = window.history.scrollRestoration;
    window.history.scrollRestoration = "manual";
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => {
      window.removeEventListener("hashchange", fromHash);
      window.history.scrollRestoration = restoration;
    };
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
            // An instant jump is held in place until it settles; a glide ends when it arrives.
            if (!trip.smooth || !inBand.has(trip.index)) return;
            endTrip(travelling);
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
    const readerTakesOver = () => endTrip(travelling);
    for (const type of userScrolls) window.addEventListener(type, readerTakesOver, { passive: true });
    return () => {
      window.removeEventListener("resize", observe);
      for (const type of userScrolls) window.removeEventListener(type, readerTakesOver);
      observer?.disconnect();
    };
  }, [root, setIndex]);

  // The URL and the narration follow the index.
  const id = nav.index >= 0 ? steps[nav.index]?.id : undefined;
  useEffect(() => {
    if (!id) return;
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === id) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
    const url = `#${encodeURIComponent(id)}`;
    // A reader who lands at the top and has not moved keeps a clean URL (and Next's router is
    // left alone during start-up).
    if (nav.previous === undefined && window.location.hash === "") return;
    // Next patches replaceState. Given its own state (`__NA`) the write passes straight through:
    // cheap, so the URL follows every step at once. But Next's router then still holds the old
    // URL and writes it back on its next update (seen when a hash link is followed during
    // hydration). Given null state, Next records the URL in its router, which costs a router
    // update (~50 ms at 4× CPU), so that is done once the reader pauses.
    if (window.location.hash !== url || !hasNextState()) {
      window.history.replaceState(hasNextState() ? window.history.state : null, "", url);
    }
    const teachRouter = window.setTimeout(() => {
      if (window.location.hash === url) window.history.replaceState(null, "", url);
    }, ROUTER_SYNC_DELAY);
    return () => window.clearTimeout(teachRouter);
  }, [id, root, hashTick, nav.previous]);

  const goTo = useCallback(
    (i: number) => {
      const target = steps[clampIndex(i, total)];
      if (!target) return;
      const to = clampIndex(i, total);
      setIndex(to);
      const el = document.getElementById(target.id);
      // Neighbouring steps glide; longer jumps land at once (and are held there).
      if (el) startTrip(travelling, to, el, smoothScroll && Math.abs(to - nav.index) === 1);
    },
    [steps, total, setIndex, smoothScroll, nav.index],
  );

  return { index: Math.max(0, nav.index), previous: nav.previous, goTo };
}
