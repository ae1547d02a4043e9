"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";
import { pointAlong, type Point } from "@/app/_lib/journey/map-geometry";

const MS_PER_HOP = 450;
const GLIDE_MS = 300;

/** A place in the map's fitted picture (percentages, see `mapPercent`) as the packet's transform. */
export const placeAt = (p: Point) => `translate(${p.x}%, ${p.y}%)`;

type Trip = { animation: Animation; route: readonly Point[] };

/**
 * Moves the packet with the Web Animations API when its route changes. The packet is an HTML
 * layer of its own, so the compositor runs the move and the map is not painted again on each
 * frame. "play" travels the route hop by hop (easing in and out at each node), "jump" glides
 * straight to the end from wherever the packet is, and under reduced motion it just appears
 * there. The element's own style always holds the end, so the server's HTML and a finished trip
 * agree. A trip cut short hands its place to the next one by arithmetic (`pointAlong`), never by
 * reading the element's style, which would force the browser to restyle the page mid-commit.
 *
 * @param route the places of the route, as percentages of the map's picture
 */
export function usePacketTravel(ref: RefObject<HTMLElement | null>, route: readonly Point[], mode: "play" | "jump") {
  const key = `${mode}:${route.map((p) => `${p.x},${p.y}`).join(" ")}`;
  const shown = useRef<{ key: string; end: Point } | null>(null);
  const trip = useRef<Trip | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const end = route[route.length - 1];
    if (!el || !end) return;
    const before = shown.current;
    shown.current = { key, end };
    // The first render is a resting place, not a move.
    if (!before || before.key === key) return;
    const cut = trip.current;
    trip.current = null;
    const progress = cut?.animation.playState === "running" ? cut.animation.effect?.getComputedTiming().progress : null;
    const from = cut && typeof progress === "number" ? pointAlong(cut.route, progress) : before.end;
    cut?.animation.cancel();
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    const path = mode === "play" && route.length > 1 ? route : from.x === end.x && from.y === end.y ? null : [from, end];
    if (!path) return;
    const duration = path === route ? MS_PER_HOP * (route.length - 1) : GLIDE_MS;
    // Each hop eases in and out (a keyframe's easing); the trip as a whole runs evenly in time.
    const animation = el.animate(
      path.map((p) => ({ transform: placeAt(p), easing: "ease-in-out" })),
      { duration },
    );
    trip.current = { animation, route: path };
    // `route` is read through `key`, which names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ref]);
}
