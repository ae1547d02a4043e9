/**
 * Variations of the system: toggles that add or remove map parts and change the steps they
 * touch. Applying them is a pure function of the map, the steps and the set that is on, so the
 * stage stays a function of the step index (and of the toggles, which are settings of the view).
 */
import type { MapEdge, MapNode, SystemMap, Variation } from "../content/schema";

/** What applying a variation reads: everything but its prose (which the browser loads on demand). */
export type VariationChange = Omit<Variation, "summary" | "buys" | "costs">;

type VariableStep = { id: string; path: string[]; branches?: string[][]; focus: string[]; packet: string; caption: string; ms?: number; span?: string };

export type Varied<S> = {
  map: SystemMap;
  steps: S[];
  /** Ids of the steps some active variation changed. */
  changed: ReadonlySet<string>;
  /** Ids of the nodes active variations added. */
  added: ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set();

/** The map and steps with the active variations applied, in the order the journey lists them. */
export function applyVariations<S extends VariableStep>(
  map: SystemMap,
  steps: S[],
  variations: readonly VariationChange[],
  active: ReadonlySet<string>,
): Varied<S> {
  const on = variations.filter((v) => active.has(v.id));
  if (on.length === 0) return { map, steps, changed: NONE, added: NONE };
  let nodes: MapNode[] = map.nodes;
  let edges: MapEdge[] = map.edges;
  const changes = new Map<string, Variation["steps"][number]>();
  const added = new Set<string>();
  for (const v of on) {
    const removed = new Set(v.remove.nodes);
    nodes = [...nodes.filter((n) => !removed.has(n.id)), ...v.add.nodes];
    edges = [...edges.filter((e) => !removed.has(e.from) && !removed.has(e.to)), ...v.add.edges];
    for (const n of v.add.nodes) added.add(n.id);
    for (const n of removed) added.delete(n);
    // A later variation changing the same step builds on the earlier one's change.
    for (const c of v.steps) changes.set(c.step, { ...changes.get(c.step), ...c });
  }
  const out = steps.map((s) => {
    const c = changes.get(s.id);
    if (!c) return s;
    const { step: _step, ...fields } = c;
    // A new path without a span files the time under the new path's last node; it replaces a fan-out's routes too.
    const span = fields.span ?? (fields.path ? fields.path[fields.path.length - 1] : s.span);
    const changed = { ...s, ...fields, ...(span !== undefined ? { span } : {}) };
    if (fields.path && "branches" in changed) delete changed.branches;
    return changed;
  });
  return { map: { ...map, nodes, edges }, steps: out, changed: new Set(changes.keys()), added };
}

/** What one variation does to the total time of a sequence of steps (negative: it saves time). */
export function variationDelta(steps: readonly VariableStep[], variation: VariationChange): number {
  const byId = new Map(variation.steps.map((c) => [c.step, c]));
  return steps.reduce((d, s) => {
    const c = byId.get(s.id);
    return c?.ms === undefined ? d : d + c.ms - (s.ms ?? 0);
  }, 0);
}

/** Whether two variations exclude each other (either one may say so). */
export function excluded(variations: readonly VariationChange[], a: string, b: string): boolean {
  const va = variations.find((v) => v.id === a);
  const vb = variations.find((v) => v.id === b);
  return !!va?.excludes.includes(b) || !!vb?.excludes.includes(a);
}

/** The set of active variations after turning one on or off: turning one on turns off those it excludes. */
export function toggleVariation(variations: readonly VariationChange[], active: readonly string[], id: string, on: boolean): string[] {
  const rest = active.filter((v) => v !== id && !(on && excluded(variations, id, v)));
  return on ? [...rest, id] : rest;
}
