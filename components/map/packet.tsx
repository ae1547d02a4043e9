"use client";
import { useRef } from "react";
import type { Point } from "@/app/_lib/journey/stage";
import { translate, usePacketTravel } from "./use-packet-travel";

type Props = {
  label: string;
  route: readonly Point[];
  /** "play" travels the whole route; "jump" goes straight to its end (back steps, jumps, reduced motion). */
  mode: "play" | "jump";
  /** Called when the packet is clicked (it then shows a pointer). Default: not clickable. */
  onSelect?: (() => void) | undefined;
};

/** The request packet: a labelled capsule that travels along the step's route. */
export function Packet({ label, route, mode, onSelect }: Props) {
  const ref = useRef<SVGGElement>(null);
  usePacketTravel(ref, route, mode);
  if (route.length === 0) return null;
  const end = route[route.length - 1] ?? { x: 0, y: 0 };
  const width = Math.max(64, Math.round(label.length * 8.6 + 24));
  return (
    <g
      ref={ref}
      className="packet"
      data-packet
      data-at-x={end.x}
      data-at-y={end.y}
      data-hops={route.length - 1}
      data-selectable={onSelect ? true : undefined}
      onClick={onSelect}
      aria-hidden
      style={{ transform: translate(end) }}
    >
      <g transform="translate(0 -40)">
        <rect x={-width / 2} y={-14} width={width} height={28} rx={14} />
        <text textAnchor="middle" dominantBaseline="central">
          {label}
        </text>
      </g>
    </g>
  );
}
