"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";
import type { Point } from "@/app/_lib/journey/stage";

const MS_PER_HOP = 450;
const GLIDE_MS = 300;

/** A place in the map's fitted picture (percentages, see `mapPercent`) as the packet's transform. */
export const placeAt = (p: Point) => `translate(${p.x}%, ${p.y}%)`;

/**
 * Moves the packet with the Web Animations API when its route changes. The packet is an HTML
 * layer of its own, so the compositor runs the move and the map is not painted again on each
 * frame. "play" travels the route hop by hop (easing in and out at each node), "jump" glides
 * straight to the end from wherever the packet is, and under reduced motion it just appears
 * there. The element's own style always holds the end, so the server's HTML and a finished trip
 * agree.
 *
 * @param route the places of the route, as percentages of the map's picture
 */
export function usePacketTravel(ref: RefObject<HTMLElement | null>, route: readonly Point[], mode: "play" | "jump") {
  const key = `${mode}:${route.map((p) => `${p.x},${p.y}`).join(" ")}`;
  const shown = useRef<{ key: string; end: string } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const end = route[route.length - 1];
    if (!el || !end) return;
    const before = shown.current;
    shown.current = { key, end: placeAt(end) };
    // The first render is a resting place, not a move.
    if (!before || before.key === key) return;
    const running = el.getAnimations();
    const from = running.length > 0 ? getComputedStyle(el).transform : before.end;
    for (const a of running) a.cancel();
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    if (mode === "play" && route.length > 1) {
      el.animate(
        route.map((p) => ({ transform: placeAt(p), easing: "ease-in-out" })),
        { duration: MS_PER_HOP * (route.length - 1) },
      );
    } else if (from !== placeAt(end)) {
      el.animate([{ transform: from }, { transform: placeAt(end) }], { duration: GLIDE_MS, easing: "ease-in-out" });
    }
    // `route` is read through `key`, which names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ref]);
}
