"use client";
import { useCallback, useEffect, useState, type RefObject } from "react";
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
  const [nav, setNav] = useState<Navigation>({ index: 0, previous: undefined });
  const total = steps.length;

  const setIndex = useCallback(
    (i: number) => setNav((n) => (n.index === clampIndex(i, total) ? n : { index: clampIndex(i, total), previous: n.index })),
    [total],
  );

  // Deep link on load, and later hash changes (chapter links, a pasted URL).
  useEffect(() => {
    const fromHash = () => {
      const i = indexOfHash(steps, window.location.hash);
      if (i >= 0) setIndex(i);
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
          if (inBand.size > 0) setIndex(Math.max(...inBand));
        },
        { rootMargin: `-${Math.round(trigger * 100)}% 0px -${99 - Math.round(trigger * 100)}% 0px` },
      );
      el.querySelectorAll<HTMLElement>("[data-step]").forEach((s) => observer?.observe(s));
    };
    observe();
    window.addEventListener("resize", observe);
    return () => {
      window.removeEventListener("resize", observe);
      observer?.disconnect();
    };
  }, [root, setIndex]);

  // The URL and the narration follow the index.
  const id = steps[nav.index]?.id;
  useEffect(() => {
    if (!id) return;
    if (decodeURIComponent(window.location.hash.slice(1)) !== id) {
      window.history.replaceState(window.history.state, "", `#${encodeURIComponent(id)}`);
    }
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === id) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
  }, [id, root]);

  const goTo = useCallback(
    (i: number) => {
      const target = steps[clampIndex(i, total)];
      if (!target) return;
      setIndex(i);
      document.getElementById(target.id)?.scrollIntoView({ behavior: smoothScroll ? "smooth" : "auto", block: "start" });
    },
    [steps, total, setIndex, smoothScroll],
  );

  return { ...nav, goTo };
}
