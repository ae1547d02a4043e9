/**
 * A trace file in, a draft journey out: parse → one trace → tree → places on the map → steps →
 * files, secrets redacted before any of it is written. Pure (no file system): the CLI reads the
 * trace and writes the files.
 */
import { parseTrace } from "./parse";
import { placeSpans, type TraceNode } from "./places";
import { redactSpan } from "./redact";
import { renderJourney, todoMarkers, type DraftFiles } from "./render";
import { draftSteps, MAX_STEPS } from "./steps";
import { buildTree, selectTrace } from "./tree";

export type DraftOptions = {
  /** The trace file's text, and its name for messages. */
  text: string;
  file: string;
  slug: string;
  title?: string | undefined;
  traceId?: string | undefined;
  maxSteps?: number;
};

export type Draft = {
  files: DraftFiles;
  todos: { file: string; line: number; text: string }[];
  warnings: string[];
  /** How steps were capped or grouped, when they were. */
  folding: string[];
  traceId: string;
  spans: number;
  nodes: TraceNode[];
  steps: number;
  clock: number;
};

export function draftJourney(o: DraftOptions): Draft {
  const spans = selectTrace(parseTrace(o.text, o.file), o.traceId, o.file).map(redactSpan);
  const tree = buildTree(spans, o.file);
  const places = placeSpans(tree);
  const { steps, folding } = draftSteps(tree, places, o.maxSteps ?? MAX_STEPS);
  const files = renderJourney({ slug: o.slug, title: o.title, source: o.file, traceId: tree.traceId, spanCount: spans.length, nodes: places.nodes, edges: places.edges, steps });
  const warnings = [...tree.warnings];
  if (!files["quizzes.yaml"]) warnings.push("the request never moves between two nodes, so no next-hop quiz was drafted: a journey needs at least one quiz");
  if (steps.length < 2) warnings.push("one step only: a chapter needs at least two");
  return {
    files,
    todos: todoMarkers(files, `journeys/${o.slug}`),
    warnings,
    folding,
    traceId: tree.traceId,
    spans: spans.length,
    nodes: places.nodes,
    steps: steps.length,
    clock: steps.reduce((n, s) => n + s.ms, 0),
  };
}

/** The nodes a trace's spans happen on, for the drift check (no files drafted). */
export function traceNodes(text: string, file: string, traceId?: string): TraceNode[] {
  const spans = selectTrace(parseTrace(text, file), traceId, file);
  return placeSpans(buildTree(spans, file)).nodes;
}
