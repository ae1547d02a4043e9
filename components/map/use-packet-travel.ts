"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";
import type { Point } from "@/app/_lib/journey/stage";

const MS_PER_HOP = 450;
const GLIDE_MS = 300;

/** Where a point is, as a CSS transform (the packet's resting style and its keyframes alike). */
export const translate = (p: Point) => `translate(${p.x}px, ${p.y}px)`;

/**
 * Moves the packet with the Web Animations API when its route changes, on the compositor, with
 * no library: "play" travels the route hop by hop (easing in and out at each node), "jump" glides
 * straight to the end from wherever the packet is, and under reduced motion it just appears there.
 * The element's own style always holds the end, so the server's HTML and a finished trip agree.
 */
export function usePacketTravel(ref: RefObject<SVGGElement | null>, route: readonly Point[], mode: "play" | "jump") {
  const key = `${mode}:${route.map((p) => `${p.x},${p.y}`).join(" ")}`;
  const shown = useRef<{ key: string; end: string } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const end = route[route.length - 1];
    if (!el || !end) return;
    const before = shown.current;
    shown.current = { key, end: translate(end) };
    // The first render is a resting place, not a move.
    if (!before || before.key === key) return;
    const running = el.getAnimations();
    const from = running.length > 0 ? getComputedStyle(el).transform : before.end;
    for (const a of running) a.cancel();
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    if (mode === "play" && route.length > 1) {
      el.animate(
        route.map((p) => ({ transform: translate(p), easing: "ease-in-out" })),
        { duration: MS_PER_HOP * (route.length - 1) },
      );
    } else if (from !== translate(end)) {
      el.animate([{ transform: from }, { transform: translate(end) }], { duration: GLIDE_MS, easing: "ease-in-out" });
    }
    // `route` is read through `key`, which names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ref]);
}
