/**
 * The stage is a pure function of the active step index: everything the map shows
 * (highlighted nodes and edges, where the packet goes, the caption, the camera) is
 * derived here, so a deep link, a reload, a jump or a presenter all land on the same picture.
 */
import type { SystemMap } from "../content/schema";
import type { Inspection } from "./inspect";
import type { Point } from "./map-geometry";

/** What the stage needs to know about a step (notes and narration stay on the server). */
export type StageStep = {
  id: string;
  path: string[];
  /** A fan-out: more routes the step travels at the same time, each starting where `path` does (a broker delivering to two consumers). Default: none. */
  branches?: string[][];
  focus: string[];
  packet: string;
  caption: string;
  ms?: number;
  /** The node whose work the step's time is (the trace waterfall files the span under it); default: the path's last node. */
  span?: string;
  /** The request as this step's hop sees it, for the inspector (sent only for the page's own steps). */
  inspect?: Inspection;
  /** Failure forks that branch off here: what the reader can break at this step. */
  forks?: { id: string; title: string }[];
  /** A next-hop quiz in this step: the stage holds the packet at the path's start, with these candidate nodes lit, until it is answered. */
  predict?: { quiz: string; nodes: string[] };
};

export type StageState = {
  index: number;
  total: number;
  stepId: string;
  caption: string;
  /** Whether a next-hop question holds the packet at the start of the step's path. */
  held: boolean;
  /** Node ids in play, in path order, then focus. */
  activeNodes: string[];
  /** Edge keys (see `edgeKey`) the packet travels in this step. */
  activeEdges: string[];
  packet: { label: string; route: Point[]; at: string };
  /** The routes of a fan-out's other packets, travelled at the same time as the packet's (none while held). */
  branches: Point[][];
};

export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function clampIndex(index: number, total: number): number {
  if (total <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(total - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The step id a URL hash names (`#dns-lookup`, `dns-lookup`, or percent-encoded), or undefined
 * for no hash or one that cannot be decoded (`#%E0%A4%A`): every page that reads the hash reads
 * it here, so a malformed link is a link to nowhere, never an error.
 */
export function stepIdOfHash(hash: string): string | undefined {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    return undefined;
  }
}

/** Index of the step a URL hash names (`#dns-lookup` or `dns-lookup`), or -1. */
export function indexOfHash(steps: readonly { id: string }[], hash: string): number {
  const id = stepIdOfHash(hash);
  return id === undefined ? -1 : steps.findIndex((s) => s.id === id);
}

/** Caption of a step held for a next-hop question. */
export const HELD_CAPTION = "Where does the packet go next? Answer the question to let it move.";

/**
 * Every caption these steps can put on the stage (each step's, and the held one if any step can
 * be held), once each. The stage keeps room for the longest, so the map's frame keeps its size
 * from step to step.
 */
export function stageCaptions(steps: readonly StageStep[]): string[] {
  const captions = new Set(steps.map((s) => s.caption));
  if (steps.some((s) => s.predict)) captions.add(HELD_CAPTION);
  return [...captions];
}

/**
 * The stage for a step. `answered` holds the ids of next-hop quizzes already answered: a step
 * with an unanswered one keeps its packet at the start of its path, with the candidates lit.
 */
export function stageState(map: SystemMap, steps: readonly StageStep[], rawIndex: number, answered: ReadonlySet<string> = new Set()): StageState {
  const index = clampIndex(rawIndex, steps.length);
  const step = steps[index];
  if (!step) throw new Error("stageState: a journey needs at least one step");
  const held = step.predict !== undefined && !answered.has(step.predict.quiz);
  const path = held ? step.path.slice(0, 1) : step.path;
  const branches = held ? [] : (step.branches ?? []);
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const points = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const n = nodes.get(id);
      return n ? [{ x: n.x, y: n.y }] : [];
    });
  const routes = [path, ...branches];
  const activeNodes = [...new Set(held ? [...path, ...(step.predict?.nodes ?? [])] : [...routes.flat(), ...step.focus])];
  const activeEdges = [...new Set(routes.flatMap((r) => r.slice(1).map((id, i) => edgeKey(r[i] ?? id, id))))];
  return {
    index,
    total: steps.length,
    stepId: step.id,
    caption: held ? HELD_CAPTION : step.caption,
    held,
    activeNodes,
    activeEdges,
    packet: { label: step.packet, route: points(path), at: path[path.length - 1] ?? "" },
    branches: branches.map(points),
  };
}


/**
 * How the packet should get to its new state: play the route when moving one step forward, or
 * when a next-hop answer releases the step the reader is on (`released`).
 */
export function packetMotion(previousIndex: number | undefined, index: number, released = false): "play" | "jump" {
  return released || (previousIndex !== undefined && index === previousIndex + 1) ? "play" : "jump";
}
