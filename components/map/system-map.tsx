"use client";
import type { ReactNode } from "react";
import type { SystemMap as SystemMapData } from "@/app/_lib/content/schema";
import type { LensShape } from "@/app/_lib/journey/lenses";
import { lensMark } from "@/app/_lib/journey/lenses";
import type { StageState } from "@/app/_lib/journey/stage";
import { mapBounds, WHOLE_MAP, type CameraView } from "@/app/_lib/journey/map-geometry";
import { MapEdges } from "./map-edges";
import { MapGroups } from "./map-groups";
import { LeavingNode, MapNode } from "./map-node";
import { Packet } from "./packet";
import styles from "./system-map.module.css";

type Props = {
  map: SystemMapData;
  state: StageState;
  /** How the packet reaches its new place (see `packetMotion`). */
  packetMode: "play" | "jump";
  /** The camera (see `cameraTransform`); without one (before the frame is measured, and on the server) the whole map shows. */
  view?: CameraView;
  /** How the camera gets there: "play" glides, "jump" cuts. Default: as the packet moves. */
  cameraMotion?: "play" | "jump";
  /** A lens: only its nodes stay bright. Default: none. */
  lens?: LensShape | undefined;
  /** Nodes that variations added (they fade in). Default: none. */
  added?: ReadonlySet<string>;
  /** Selecting the packet (a click) opens the inspector; the stage's Inspect button is the keyboard's way. Default: the packet is not selectable. */
  onPacket?: (() => void) | undefined;
  /** Makes every node a button: the selected one, the ones lit from elsewhere, and what selecting does. Default: nodes are pictures. */
  picking?: { selected: string | null; highlighted: ReadonlySet<string>; onSelect: (id: string) => void } | undefined;
  /** Nodes a variation just removed: they fade out. Default: none. */
  leaving?: readonly SystemMapData["nodes"][number][] | undefined;
  /** SVG drawn over the nodes, in the map's coordinates. Default: none. */
  overlay?: ReactNode;
  /** Draws the nodes in play over the others (a room's screen grows them). Default: map order. */
  raise?: boolean;
};

/** The system map as SVG: every node and edge, the ones in play lit, and the packet. */
export function SystemMap({ map, state, packetMode, view = WHOLE_MAP, cameraMotion = packetMode, lens, added, onPacket, picking, leaving, overlay, raise = false }: Props) {
  const active = new Set(state.activeNodes);
  const bounds = mapBounds(map);
  const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
  const inPlay = state.activeNodes.map((id) => labels.get(id) ?? id).join(", ");
  return (
    // The camera moves an HTML wrapper with a CSS transform; the SVG inside never changes its viewBox.
    // A "play" move glides by a CSS transition (on the compositor); a "jump" cuts. At rest (the
    // whole map, as the server draws it) there is no transform to write: a page's HTML carries none.
    <div className={styles.camera} data-glide={cameraMotion === "play" || undefined} style={view === WHOLE_MAP ? undefined : { transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
      <svg
        className={styles.svg}
        // With selectable nodes the map is a group of buttons; otherwise it is one picture, described.
        role={picking ? "group" : "img"}
        aria-label={
          picking
            ? "System map: select a node to read what it does"
            : `System map. In play: ${inPlay}. The packet "${state.packet.label}" is at ${labels.get(state.packet.at) ?? state.packet.at}.`
        }
        // Fitted whole and centred: SVG's default preserveAspectRatio ("xMidYMid meet"), left unwritten.
        viewBox={`${bounds.x} ${bounds.y} ${bounds.w} ${bounds.h}`}
      >
        <MapGroups groups={map.groups} />
        <MapEdges map={map} activeEdges={state.activeEdges} focusNode={picking?.selected} />
        {(raise ? [...map.nodes].sort((a, b) => +active.has(a.id) - +active.has(b.id)) : map.nodes).map((n) => (
          <MapNode
            key={n.id}
            node={n}
            active={active.has(n.id)}
            lens={lensMark(lens, n.id)}
            added={added?.has(n.id) ?? false}
            pick={picking ? { selected: picking.selected === n.id, highlighted: picking.highlighted.has(n.id), onSelect: picking.onSelect } : undefined}
          />
        ))}
        {leaving?.map((n) => (
          <LeavingNode key={`leaving-${n.id}`} node={n} />
        ))}
        {overlay}
      </svg>
      <Packet label={state.packet.label} route={state.packet.route} bounds={bounds} mode={packetMode} onSelect={onPacket} />
      {/* A fan-out's other packets travel at the same time, carrying the same label. */}
      {state.branches.map((route, i) => (
        <Packet key={i} label={state.packet.label} route={route} bounds={bounds} mode={packetMode} />
      ))}
    </div>
  );
}
