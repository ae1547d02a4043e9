/**
 * One trace out of the spans read, as a tree: parents before children, siblings by start time.
 * Refuses what cannot be a request's story (several traces and no choice, a span twice, a cycle,
 * a child that starts before its parent) and warns about what only leaves gaps (a parent that
 * never appears: its children are drafted as roots of their own).
 */
import { describeSpan, TraceError, type Span } from "./span";

export type TraceTree = {
  traceId: string;
  /** Every span of the trace, parents before children, siblings by start time. */
  order: Span[];
  depth: ReadonlyMap<string, number>;
  children: ReadonlyMap<string, readonly Span[]>;
  roots: readonly Span[];
  parentOf: ReadonlyMap<string, Span>;
  warnings: string[];
};

/** Lenient to clock skew between hosts: a child may start this much before its parent (ms). */
const SKEW_MS = 1;

/** The spans of one trace: the only one, or `traceId`; several and no choice is an error listing them. */
export function selectTrace(spans: readonly Span[], traceId: string | undefined, file: string): Span[] {
  const byTrace = new Map<string, Span[]>();
  for (const s of spans) {
    const list = byTrace.get(s.traceId);
    if (list) list.push(s);
    else byTrace.set(s.traceId, [s]);
  }
  if (traceId !== undefined) {
    // Jaeger writes short ids; they are read padded to 32 digits.
    const chosen = byTrace.get(traceId.toLowerCase()) ?? byTrace.get(traceId.toLowerCase().padStart(32, "0"));
    if (!chosen) throw new TraceError(`${file}: no trace ${traceId}; the file holds:\n${listTraces(byTrace)}`);
    return chosen;
  }
  if (byTrace.size > 1) throw new TraceError(`${file}: holds ${byTrace.size} traces; choose one with --trace-id:\n${listTraces(byTrace)}`);
  return [...byTrace.values()][0] ?? [];
}

/** The traces of a file, a line each (the first 20, then how many more). */
function listTraces(byTrace: ReadonlyMap<string, Span[]>): string {
  const shown = 20;
  const more = byTrace.size > shown ? `\n  … and ${byTrace.size - shown} more` : "";
  return [...byTrace]
    .slice(0, shown)
    .map(([id, spans]) => {
      const root = spans.find((s) => !s.parentId) ?? spans[0]!;
      return `  ${id}  ${spans.length} span${spans.length === 1 ? "" : "s"}, starting with ${root.service}: ${root.name}`;
    })
    .join("\n") + more;
}

/** Builds the tree of one trace's spans. */
export function buildTree(spans: readonly Span[], file: string): TraceTree {
  if (spans.length === 0) throw new TraceError(`${file}: no spans in the trace`);
  const byId = new Map<string, Span>();
  for (const s of spans) {
    const seen = byId.get(s.spanId);
    if (seen) throw new TraceError(`${file}: span id ${s.spanId} is used twice, by ${describeSpan(seen)} and ${describeSpan(s)}`);
    byId.set(s.spanId, s);
  }
  const warnings: string[] = [];
  const children = new Map<string, Span[]>();
  const parentOf = new Map<string, Span>();
  const roots: Span[] = [];
  for (const s of spans) {
    const parent = s.parentId === undefined ? undefined : byId.get(s.parentId);
    if (s.parentId !== undefined && !parent) {
      warnings.push(`${s.where}: parent span ${s.parentId} of ${describeSpan(s)} is not in the trace; drafted as a root of its own (a partial trace?)`);
    }
    if (!parent) {
      roots.push(s);
      continue;
    }
    if (s.start < parent.start - SKEW_MS) {
      throw new TraceError(`${file}: ${describeSpan(s)} starts ${(parent.start - s.start).toFixed(1)} ms before its parent ${describeSpan(parent)}`);
    }
    parentOf.set(s.spanId, parent);
    const siblings = children.get(parent.spanId);
    if (siblings) siblings.push(s);
    else children.set(parent.spanId, [s]);
  }
  const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end || (a.spanId < b.spanId ? -1 : 1);
  for (const list of children.values()) list.sort(byStart);
  roots.sort(byStart);

  const order: Span[] = [];
  const depth = new Map<string, number>();
  // Depth first, without recursion: a 10,000-span chain must not overflow the stack.
  const stack: [Span, number][] = [...roots].reverse().map((s) => [s, 0]);
  while (stack.length > 0) {
    const [s, d] = stack.pop()!;
    order.push(s);
    depth.set(s.spanId, d);
    for (const c of [...(children.get(s.spanId) ?? [])].reverse()) stack.push([c, d + 1]);
  }
  if (order.length < spans.length) {
    const lost = spans.find((s) => !depth.has(s.spanId))!;
    throw new TraceError(`${file}: spans form a cycle: ${cycleFrom(lost, byId).map(describeSpan).join(" → ")} → back to the first`);
  }
  return { traceId: spans[0]!.traceId, order, depth, children, roots, parentOf, warnings };
}

/** The spans of the cycle that `start`'s chain of parents runs into. */
function cycleFrom(start: Span, byId: ReadonlyMap<string, Span>): Span[] {
  const seen: Span[] = [];
  let s: Span | undefined = start;
  while (s && !seen.includes(s)) {
    seen.push(s);
    s = s.parentId === undefined ? undefined : byId.get(s.parentId);
  }
  return s ? seen.slice(seen.indexOf(s)) : seen;
}
