"use client";
import { m } from "framer-motion";
import type { SystemMap as SystemMapData } from "@/app/_lib/content/schema";
import type { Box, StageState } from "@/app/_lib/journey/stage";
import { MapEdges } from "./map-edges";
import { MapGroups } from "./map-groups";
import { MapNode } from "./map-node";
import { Packet } from "./packet";

type Props = {
  map: SystemMapData;
  state: StageState;
  /** How the packet reaches its new place (see `packetMotion`). */
  packetMode: "play" | "jump";
  /** The part of the map to show (see `cameraFor`). */
  camera: Box;
  /** How the camera gets there: "play" glides, "jump" cuts. Default: as the packet moves. */
  cameraMotion?: "play" | "jump";
};

/** The system map as SVG: every node and edge, the ones in play lit, and the packet. */
export function SystemMap({ map, state, packetMode, camera, cameraMotion = packetMode }: Props) {
  const active = new Set(state.activeNodes);
  const viewBox = `${camera.x} ${camera.y} ${camera.w} ${camera.h}`;
  const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
  const inPlay = state.activeNodes.map((id) => labels.get(id) ?? id).join(", ");
  return (
    <m.svg
      className="system-map"
      role="img"
      aria-label={`System map. In play: ${inPlay}. The packet "${state.packet.label}" is at ${labels.get(state.packet.at) ?? state.packet.at}.`}
      viewBox={viewBox}
      initial={false}
      animate={{ viewBox }}
      transition={{ duration: cameraMotion === "play" ? 0.6 : 0, ease: "easeInOut" }}
      preserveAspectRatio="xMidYMid meet"
    >
      <MapGroups groups={map.groups} />
      <MapEdges map={map} activeEdges={state.activeEdges} />
      {map.nodes.map((n) => (
        <MapNode key={n.id} node={n} active={active.has(n.id)} />
      ))}
      <Packet label={state.packet.label} route={state.packet.route} mode={packetMode} />
    </m.svg>
  );
}
