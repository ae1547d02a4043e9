/**
 * Where a share picture's map goes: the map fitted into the picture's lower part, each node a
 * box in its layer's colour (lit, or dimmed), each edge a line. Pure arithmetic, drawn by the
 * picture route (`app/og/[...path]/route.tsx`).
 */
import type { SystemMap } from "../content/schema";
import { LAYER_COLOURS } from "../content/layers";
import { mapBounds, NODE_HEIGHT, nodeWidth, type Box } from "../journey/map-geometry";

export const PICTURE = { width: 1200, height: 630 } as const;
/** The part of the picture the map is fitted into, under the title. */
export const MAP_AREA: Box = { x: 24, y: 206, w: 1152, h: 410 };
/** Room kept around the lit nodes, in map units, so a place shows with its neighbours. */
const CONTEXT = 140;
/** Labels smaller than this are left out: a box alone reads better than a smudge. */
const MIN_LABEL_PX = 9;

export type PictureNode = { id: string; label: string; colour: string; lit: boolean; x: number; y: number; w: number; h: number; fontSize: number };
export type PictureEdge = { x1: number; y1: number; x2: number; y2: number; lit: boolean };

/** The map drawn into `area`: as large as fits, centred; `lit` empty lights every node. */
export function pictureMap(map: SystemMap, lit: readonly string[], area: Box = MAP_AREA): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const on = new Set(lit);
  const view = viewOf(map, on);
  // Never larger than the map is drawn on a page: past that, boxes grow and say no more.
  const scale = Math.min(area.w / view.w, area.h / view.h, 1);
  const dx = area.x + (area.w - view.w * scale) / 2 - view.x * scale;
  const dy = area.y + (area.h - view.h * scale) / 2 - view.y * scale;
  const isLit = (id: string) => on.size === 0 || on.has(id);
  const round = (v: number) => Math.round(v * 10) / 10;
  const inside = (b: Box) => b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.w && b.y + b.h <= area.y + area.h;
  const nodes = map.nodes.flatMap((n) => {
    const w = nodeWidth(n.label) * scale;
    const h = NODE_HEIGHT * scale;
    const fontSize = round(15 * scale);
    const box = { x: round(n.x * scale + dx - w / 2), y: round(n.y * scale + dy - h / 2), w: round(w), h: round(h) };
    if (!inside(box)) return [];
    return {
      id: n.id,
      label: fontSize >= MIN_LABEL_PX ? n.label : "",
      colour: LAYER_COLOURS[n.layer],
      lit: isLit(n.id),
      ...box,
      fontSize,
    };
  });
  const at = new Map(map.nodes.map((n) => [n.id, { x: round(n.x * scale + dx), y: round(n.y * scale + dy) }]));
  const edges = map.edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y, lit: isLit(e.from) && isLit(e.to) }] : [];
  });
  return { nodes, edges };
}

/** What of the map to show: the lit nodes with room around them (the whole map when none is lit or they spread across it). */
function viewOf(map: SystemMap, lit: ReadonlySet<string>): Box {
  const whole = mapBounds(map);
  const shown = map.nodes.filter((n) => lit.has(n.id));
  if (shown.length === 0) return whole;
  const x0 = Math.max(whole.x, Math.min(...shown.map((n) => n.x - nodeWidth(n.label) / 2)) - CONTEXT);
  const x1 = Math.min(whole.x + whole.w, Math.max(...shown.map((n) => n.x + nodeWidth(n.label) / 2)) + CONTEXT);
  const y0 = Math.max(whole.y, Math.min(...shown.map((n) => n.y - NODE_HEIGHT / 2)) - CONTEXT);
  const y1 = Math.min(whole.y + whole.h, Math.max(...shown.map((n) => n.y + NODE_HEIGHT / 2)) + CONTEXT);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The edges as one SVG picture the size of the whole picture, to lay under the nodes. */
export function edgesSvg(edges: readonly PictureEdge[], area: Box = MAP_AREA): string {
  const lines = edges
    .map((e) => `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="${e.lit ? "#e2e8f0" : "#475569"}" stroke-width="${e.lit ? 3 : 2}" stroke-opacity="${e.lit ? 0.9 : 0.6}"/>`)
    .join("");
  // Lines to nodes left out (beyond the area) stop at its edge.
  const clip = `<clipPath id="a"><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}"/></clipPath>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE.width}" height="${PICTURE.height}">${clip}<g clip-path="url(#a)">${lines}</g></svg>`;
}
