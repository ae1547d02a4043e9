import type { Layer, MapNode, SystemMap } from "@/app/_lib/content/schema";

/** A node as a row: id, label, layer, x, y. */
type NodeRow = readonly [id: string, label: string, layer: Layer, x: number, y: number];

/**
 * A small map for a unit test, on the 1000 × 600 canvas the tests share: nodes as rows, lines as
 * pairs (all "flow" lines, no groups), so each test states only what it is about.
 */
export function testMap(nodes: readonly NodeRow[], edges: readonly (readonly [from: string, to: string])[] = []): SystemMap {
  return {
    width: 1000,
    height: 600,
    groups: [],
    nodes: nodes.map(([id, label, layer, x, y]): MapNode => ({ id, label, layer, x, y })),
    edges: edges.map(([from, to]) => ({ from, to, kind: "flow" as const })),
  };
}
