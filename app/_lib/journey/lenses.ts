/**
 * Lenses: one concern (security, data, observability…) at a time. A lens lights only the nodes
 * where the journey meets its concern and lists, in order, the steps that pass them.
 */
import type { Lens } from "../content/schema";

/** What lighting a lens reads: its nodes, without their prose (which the browser loads on demand). */
export type LensShape = Pick<Lens, "id" | "label" | "waterfall"> & { nodes: readonly { node: string }[] };

export type LensStop = {
  /** Index of the step in its sequence. */
  index: number;
  id: string;
  /** The lens's nodes this step's packets pass, in path order (then a fan-out's other routes). */
  nodes: string[];
};

/** Every step whose packet passes a node of the lens, with those nodes. */
export function lensStops(steps: readonly { id: string; path: readonly string[]; branches?: readonly (readonly string[])[] }[], lens: LensShape): LensStop[] {
  const wanted = new Set(lens.nodes.map((n) => n.node));
  return steps.flatMap((s, index) => {
    // A fan-out's other packets pass nodes too.
    const nodes = [...new Set([...s.path, ...(s.branches ?? []).flat()].filter((n) => wanted.has(n)))];
    return nodes.length > 0 ? [{ index, id: s.id, nodes }] : [];
  });
}

/** How a node looks under a lens: part of the concern, or dimmed out of the way. */
export function lensMark(lens: LensShape | undefined, nodeId: string): "in" | "out" | undefined {
  if (!lens) return undefined;
  return lens.nodes.some((n) => n.node === nodeId) ? "in" : "out";
}
