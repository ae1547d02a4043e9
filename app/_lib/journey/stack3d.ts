/**
 * The journey's map as a stack of layers in 3D: each layer a level, each node a block on its
 * level where it sits on the 2D map, and the whole route the click took drawn through them.
 * Pure data: the scene component only draws it.
 */
import { LAYERS } from "../content/layers";
import type { Layer, SystemMap } from "../content/schema";

export type Vec3 = [number, number, number];
export type Block = { id: string; label: string; layer: Layer; position: Vec3 };
export type Level = { layer: Layer; y: number };
export type Stack = { blocks: Block[]; levels: Level[]; route: Vec3[]; routeNodes: string[]; extent: number };

/** World units between two levels, and map units per world unit across a level. */
export const LEVEL_GAP = 1.6;
const MAP_UNITS_PER_WORLD = 100;

/** The nodes the click visits, in order, across every step's path (a node is not repeated back to back). */
export function journeyRoute(steps: readonly { path: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const s of steps) for (const n of s.path) if (out.at(-1) !== n) out.push(n);
  return out;
}

export function stackLayout(map: SystemMap, steps: readonly { path: readonly string[] }[]): Stack {
  // Bottom to top in the order a request meets the layers, with what watches it all on top.
  const used = LAYERS.filter((l) => map.nodes.some((n) => n.layer === l));
  const levelOf = new Map(used.map((l, i) => [l, i]));
  const xs = map.nodes.map((n) => n.x);
  const ys = map.nodes.map((n) => n.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cz = (Math.min(...ys) + Math.max(...ys)) / 2;
  const top = (used.length - 1) * LEVEL_GAP;
  const blocks = map.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    layer: n.layer,
    position: [round((n.x - cx) / MAP_UNITS_PER_WORLD), round((levelOf.get(n.layer) ?? 0) * LEVEL_GAP - top / 2), round((n.y - cz) / MAP_UNITS_PER_WORLD)] as Vec3,
  }));
  const at = new Map(blocks.map((b) => [b.id, b.position]));
  const routeNodes = journeyRoute(steps).filter((id) => at.has(id));
  return {
    blocks,
    levels: used.map((layer, i) => ({ layer, y: round(i * LEVEL_GAP - top / 2) })),
    route: routeNodes.map((id) => at.get(id)!),
    routeNodes,
    extent: round(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / MAP_UNITS_PER_WORLD),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The concept cards that live on each block (node), as the 3D view lists them when one is picked. */
export type BlockCards = Record<string, { id: string; title: string }[]>;

export function blockCards(map: SystemMap, concepts: readonly { id: string; title: string; nodes: readonly string[] }[]): BlockCards {
  return Object.fromEntries(map.nodes.map((n) => [n.id, concepts.filter((c) => c.nodes.includes(n.id)).map(({ id, title }) => ({ id, title }))]));
}
