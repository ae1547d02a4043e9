"use client";
import { useRef, type CSSProperties } from "react";
import { mapPercent, type Box, type Point } from "@/app/_lib/journey/map-geometry";
import { placeAt, usePacketTravel } from "./use-packet-travel";
import styles from "./packet.module.css";

type Props = {
  label: string;
  /** The route in map coordinates. */
  route: readonly Point[];
  /** The map's bounds (its SVG's viewBox), which the packet's layer covers. */
  bounds: Box;
  /** "play" travels the whole route; "jump" goes straight to its end (back steps, jumps, reduced motion). */
  mode: "play" | "jump";
  /** Called when the packet is clicked (it then shows a pointer). Default: not clickable. */
  onSelect?: (() => void) | undefined;
};

/**
 * The request packet: a labelled capsule that travels along the step's route. It is drawn in
 * HTML over the map's SVG, in a layer the size of the map's picture: its place is a transform in
 * percentages of that layer, and its size follows the map's scale (`--map-w`, in CSS).
 */
export function Packet({ label, route, bounds, mode, onSelect }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const places = route.map((p) => mapPercent(bounds, p));
  usePacketTravel(track, places, mode);
  const end = route[route.length - 1];
  if (!end) return null;
  return (
    <div className={styles.layer} style={{ aspectRatio: `${bounds.w} / ${bounds.h}`, "--map-w": bounds.w, "--map-ratio": +(bounds.w / bounds.h).toFixed(4) } as CSSProperties} aria-hidden>
      <div ref={track} className={styles.track} data-packet-track style={{ transform: placeAt(places[places.length - 1]!) }}>
        <span
          className={styles.packet}
          data-packet
          data-at-x={end.x}
          data-at-y={end.y}
          data-hops={route.length - 1}
          data-selectable={onSelect ? true : undefined}
          onClick={onSelect}
        >
          {label}
        </span>
      </div>
    </div>
  );
}
