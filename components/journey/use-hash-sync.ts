"use client";
import { useEffect, useRef, type RefObject } from "react";

/** How long the reader stays on a step before Next's router is told the URL. */
const ROUTER_SYNC_DELAY_MS = 600;

function hasNextState(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "__NA" in state;
}

/**
 * The URL's hash and the narration's `aria-current` follow the active step.
 *
 * Next patches history.replaceState. Given Next's own state (`__NA`), a write passes straight
 * through: cheap, so the hash follows every step at once, but Next's router keeps its old URL
 * and writes it back on its next update (seen when a hash link is followed during hydration).
 * Given null state, Next records the URL in its router, which costs a router update (~50 ms at
 * 4× CPU); that authoritative write is debounced until the reader pauses, and always writes the
 * latest step, so a late router commit is corrected by the next one.
 *
 * @param stepId the active step, or undefined before the URL has been read
 * @param moved whether the reader has moved since loading (a reader at the top keeps a clean URL)
 * @param hashVisits bumped on each hash navigation, which leaves an entry Next knows nothing of
 */
export function useHashSync(root: RefObject<HTMLElement | null>, stepId: string | undefined, moved: boolean, hashVisits: number) {
  const latest = useRef("");
  const timer = useRef(0);

  useEffect(() => {
    if (!stepId) return;
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === stepId) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
    if (!moved && window.location.hash === "") return;
    const url = `#${encodeURIComponent(stepId)}`;
    latest.current = url;
    if (window.location.hash !== url && hasNextState()) window.history.replaceState(window.history.state, "", url);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => window.history.replaceState(null, "", latest.current), ROUTER_SYNC_DELAY_MS);
  }, [root, stepId, moved, hashVisits]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
}
