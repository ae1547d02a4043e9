/**
 * Lays out a map written in lanes: each lane is a band across the map, from top to bottom in the
 * order written, and its nodes sit side by side, centred, in the order written. The result is an
 * ordinary `SystemMap` (lanes become its groups), so the stage, the packet and the camera draw it
 * like any hand-placed map.
 */
import type { Lane, LaneNode, MapEdge, SystemMap } from "../content/schema";
import { nodeWidth } from "../journey/map-geometry";

const BAND = 120;
const GAP = 34;
const MARGIN = 30;
/** Room at the left of each band for nothing but air; the lane's label sits at its bottom-left. */
const TOP = 20;

export type Laid = SystemMap & { lanes: Lane[] };

/**
 * `reserve` are nodes that may join later (a variation's additions): they get their places now,
 * so turning a variation on never moves the nodes already drawn.
 */
export function layoutLanes(lanes: readonly Lane[], nodes: readonly LaneNode[], edges: readonly MapEdge[], reserve: readonly LaneNode[] = []): { map: Laid; places: Map<string, { x: number; y: number }> } {
  const all = [...nodes, ...reserve.filter((r) => !nodes.some((n) => n.id === r.id))];
  const rows = lanes.map((lane) => all.filter((n) => n.lane === lane.id));
  const rowWidth = (row: LaneNode[]) => row.reduce((w, n) => w + nodeWidth(n.label), 0) + GAP * Math.max(0, row.length - 1);
  const inner = Math.max(240, ...rows.map(rowWidth));
  const width = inner + 2 * MARGIN;
  const places = new Map<string, { x: number; y: number }>();
  rows.forEach((row, i) => {
    let x = MARGIN + (inner - rowWidth(row)) / 2;
    const y = TOP + i * BAND + BAND / 2 + 6;
    for (const n of row) {
      const w = nodeWidth(n.label);
      places.set(n.id, { x: Math.round(x + w / 2), y: Math.round(y) });
      x += w + GAP;
    }
  });
  const height = TOP + lanes.length * BAND + 10;
  const map: Laid = {
    width,
    height,
    lanes: [...lanes],
    groups: lanes.map((lane, i) => ({ id: `lane-${lane.id}`, label: lane.label, x: 8, y: TOP + i * BAND + 4, w: width - 16, h: BAND - 8, labelAt: "top" as const })),
    nodes: nodes.map((n) => ({ id: n.id, label: n.label, layer: n.layer, x: places.get(n.id)?.x ?? 0, y: places.get(n.id)?.y ?? 0 })),
    edges: [...edges],
  };
  return { map, places };
}
