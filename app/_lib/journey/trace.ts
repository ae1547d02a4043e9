/**
 * The journey's clock drawn as a trace waterfall, the way an OpenTelemetry trace view draws a
 * request: one span per step that costs time, filed under the layer of the node doing the work,
 * and layers nested the way they call each other (the network inside the browser's request, the
 * edge inside the network, … the data and outside services inside the application). A layer's
 * span runs from its first child's start to its last child's end. Built from the steps alone, so
 * a variation or a fork that changes a step's time changes the picture.
 */
import type { Layer, SystemMap } from "../content/schema";

/** Which layer calls which: the parent of each layer's span. */
const PARENT: Record<Layer, Layer | null> = {
  client: null,
  network: "client",
  edge: "network",
  infrastructure: "edge",
  security: "infrastructure",
  application: "infrastructure",
  data: "application",
  async: "application",
  external: "application",
  observability: "application",
};

export const LAYER_NAMES: Record<Layer, string> = {
  client: "Client",
  network: "Network",
  edge: "Edge",
  infrastructure: "Infrastructure",
  security: "Security",
  application: "Application",
  data: "Data",
  async: "Async work",
  external: "Outside services",
  observability: "Observability",
};

export type Span = {
  /** `layer:<layer>` for a layer's span, the step's id for a step's. */
  key: string;
  kind: "layer" | "step";
  name: string;
  layer: Layer;
  /** Nesting depth, from 0. */
  depth: number;
  /** ms from the start of the sequence. */
  start: number;
  duration: number;
  /** For a step's span: the node doing the work. */
  node?: string;
  /** For a step's span: its index in the sequence. */
  index?: number;
};

export type Waterfall = { total: number; spans: Span[] };

type TracedStep = { id: string; path: readonly string[]; packet: string; ms?: number; span?: string };

export function traceWaterfall(map: SystemMap, steps: readonly TracedStep[], base = 0): Waterfall {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const leaves = new Map<Layer, Span[]>();
  let clock = base;
  steps.forEach((s, index) => {
    const ms = s.ms ?? 0;
    const start = clock;
    clock += ms;
    if (ms <= 0) return;
    const nodeId = s.span ?? s.path[s.path.length - 1] ?? "";
    const node = nodes.get(nodeId);
    const layer = node?.layer ?? "client";
    const span: Span = { key: s.id, kind: "step", name: s.packet ? `${node?.label ?? nodeId}: ${s.packet}` : (node?.label ?? nodeId), layer, depth: 0, start, duration: ms, node: nodeId, index };
    leaves.set(layer, [...(leaves.get(layer) ?? []), span]);
  });

  const children = (layer: Layer | null) => (Object.keys(PARENT) as Layer[]).filter((l) => PARENT[l] === layer);
  const spans: Span[] = [];
  /** Emits a layer's span and everything under it; returns nothing when the layer holds no time. */
  const emit = (layer: Layer, depth: number): Span[] => {
    // Direct children, each a group: a step's span alone, or a child layer's span with all under it.
    const groups: Span[][] = [
      ...(leaves.get(layer) ?? []).map((s) => [{ ...s, depth: depth + 1 }]),
      ...children(layer)
        .map((c) => emit(c, depth + 1))
        .filter((g) => g.length > 0),
    ];
    if (groups.length === 0) return [];
    groups.sort((a, b) => a[0]!.start - b[0]!.start);
    const flat = groups.flat();
    const start = Math.min(...flat.map((s) => s.start));
    const end = Math.max(...flat.map((s) => s.start + s.duration));
    return [{ key: `layer:${layer}`, kind: "layer", name: LAYER_NAMES[layer], layer, depth, start, duration: end - start }, ...flat];
  };
  for (const root of children(null)) spans.push(...emit(root, 0));
  return { total: clock - base, spans };
}
