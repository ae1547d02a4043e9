/**
 * Drift between a written journey and a fresh trace of the same request: steps whose node the
 * trace no longer shows, and nodes of the trace (services, databases, queues, outside peers)
 * the journey's map lacks. Pure: the journey comes in with the lines its steps are written at.
 */
import type { Problem } from "../content/problems";
import type { Layer } from "../content/schema-base";
import { slug, type TraceNode } from "./places";

/** What the drift check needs of a journey: its map's nodes, where they are listed, and its steps. */
export type WrittenJourney = {
  mapFile: string;
  /** The line of map.yaml's `nodes:`, where a missing node would be added. */
  nodesLine: number;
  nodes: readonly { id: string; label: string; layer: Layer }[];
  /** Each step's node that does the work (its `span`), and where the step is written. */
  steps: readonly { id: string; node: string; file: string; line: number }[];
};

/** Layers no backend trace sees (browsers, DNS, the telemetry itself): their steps are not held to it. */
const UNTRACED: ReadonlySet<Layer> = new Set(["client", "network", "observability"]);

export function driftProblems(journey: WrittenJourney, trace: readonly TraceNode[], traceFile: string): Problem[] {
  const matches = (n: { id: string; label: string }, t: TraceNode) => n.id === t.id || slug(n.label) === t.id || n.label.toLowerCase() === t.label.toLowerCase();
  const traced = new Set(journey.nodes.filter((n) => trace.some((t) => matches(n, t))).map((n) => n.id));
  const layer = new Map(journey.nodes.map((n) => [n.id, n.layer]));
  const problems: Problem[] = [];
  for (const s of journey.steps) {
    const l = layer.get(s.node);
    if (traced.has(s.node) || (l && UNTRACED.has(l))) continue;
    problems.push({ file: s.file, line: s.line, message: `step '${s.id}' works on '${s.node}', which no span of ${traceFile} shows any more` });
  }
  for (const t of trace) {
    if (journey.nodes.some((n) => matches(n, t))) continue;
    const what = t.kind === "service" ? "service" : t.kind === "database" ? "database" : t.kind === "queue" ? "queue" : "outside peer";
    problems.push({ file: journey.mapFile, line: journey.nodesLine, message: `${traceFile} shows ${what} '${t.label}', which the map lacks (add it as { id: ${t.id}, layer: ${t.layer} })` });
  }
  return problems;
}
