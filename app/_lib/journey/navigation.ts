/**
 * How the active step index changes, apart from React and the DOM. Scrolling, the URL, the
 * stepper and (later) the presenter all go through `navigate`.
 */
import { clampIndex } from "./stage";

/** The active step and the one before it (to know whether the packet should travel or jump). */
export type Navigation = { index: number; previous: number | undefined };

/** Before the URL has been read after hydration: nothing is active yet, and nothing is written. */
export const UNRESOLVED: Navigation = { index: -1, previous: undefined };

export function navigate(nav: Navigation, to: number, total: number): Navigation {
  const index = clampIndex(to, total);
  if (nav.index === index) return nav;
  return { index, previous: nav.index < 0 ? undefined : nav.index };
}

/** Of the steps crossing the trigger band, the last one wins (deterministic while two overlap). */
export function activeFromBand(inBand: ReadonlySet<number>): number | undefined {
  return inBand.size > 0 ? Math.max(...inBand) : undefined;
}

/** IntersectionObserver rootMargin for a band 1% high at `trigger` (0–1 from the top). */
export function bandMargin(trigger: number): string {
  const top = Math.round(Math.min(0.98, Math.max(0.01, trigger)) * 100);
  return `-${top}% 0px -${99 - top}% 0px`;
}

/** Neighbouring steps glide; anything further lands at once. */
export function scrollBehaviour(from: number, to: number, motionAllowed: boolean): "smooth" | "auto" {
  return motionAllowed && Math.abs(to - from) === 1 ? "smooth" : "auto";
}
