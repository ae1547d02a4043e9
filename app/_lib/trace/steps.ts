/**
 * The trace's spans as a journey's steps, in causal order (parents before children, siblings by
 * start time), each on the node where its work happens, with the span's own time. A client call
 * that another service answers is one hop with its answer; a run of three or more like siblings
 * (the same call to the same place) is one step; calls from one node that overlap in time fan out
 * from one step. When a trace gives more steps than a journey can hold (MAX_STEPS), steps that
 * make the same hop become one, then deeper spans fold into their ancestors, then the rest into
 * one last step; each choice is said in `folding`, for the CLI to print.
 */
import { attr, type Span } from "./span";
import type { Place, Places } from "./places";
import { selfTimes, wholeMs } from "./self-time";
import type { TraceTree } from "./tree";

export const MAX_STEPS = 40;

export type DraftStep = {
  /** The span the step is drafted from; `also` are spans folded into it. */
  span: Span;
  also: Span[];
  /** How many like siblings the step stands for (1 unless a run was folded). */
  count: number;
  place: Place;
  /** Other places the step reaches at the same time (a fan-out: calls that overlap, from the same node). */
  branches?: Place[];
  /** The span of each branch, in order. */
  fanned?: Span[];
  /** The span's own time plus that of everything folded into it, unrounded. */
  exact: number;
  ms: number;
  label: string;
};

export type DraftSteps = { steps: DraftStep[]; folding: string[] };

export function draftSteps(tree: TraceTree, places: Places, max = MAX_STEPS): DraftSteps {
  const self = selfTimes(tree);
  const runs = likeRuns(tree, places);
  const folding: string[] = [];
  let steps = collect(tree, places, self, runs, Infinity);
  if (steps.length > max) {
    const before = steps.length;
    steps = byHop(steps);
    folding.push(`${before} steps are more than ${max}: steps that make the same hop are one step (${steps.length} steps)`);
  }
  if (steps.length > max) {
    // The deepest cut that still fits: spans below it add their time to their ancestor's step.
    let lo = 0;
    let hi = Math.max(...tree.depth.values());
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (byHop(collect(tree, places, self, runs, mid)).length <= max) lo = mid;
      else hi = mid - 1;
    }
    steps = byHop(collect(tree, places, self, runs, lo));
    folding.push(`still more than ${max}: spans deeper than depth ${lo} are folded into their ancestor's step (${steps.length} steps)`);
  }
  if (steps.length > max) {
    const kept = steps.slice(0, max - 1);
    const rest = steps.slice(max - 1);
    const first = rest[0]!;
    const restSpans = rest.flatMap((s) => [s.span, ...s.also]);
    kept.push({ ...first, place: { node: first.place.node }, also: restSpans.slice(1), count: 1, exact: rest.reduce((n, s) => n + s.exact, 0), label: `${restSpans.length} more spans` });
    folding.push(`still ${steps.length} steps: the last ${rest.length} (${restSpans.length} spans) are one step`);
    steps = kept;
  }
  const folded = steps.filter((s) => s.count > 1 && s.also.length > 0).length;
  if (folded > 0 && folding.length === 0) folding.push(`${folded} step${folded === 1 ? "" : "s"} stand for a run of like calls (×n in the caption)`);
  steps = fanOut(mergeSameStage(steps), tree);
  const ms = wholeMs(steps.map((s) => s.exact));
  return { steps: steps.map((s, i) => ({ ...s, ms: ms[i]! })), folding };
}

/** Steps that make the same hop with the same label are one, where the first of them is. */
function byHop(steps: readonly DraftStep[]): DraftStep[] {
  const first = new Map<string, DraftStep>();
  const out: DraftStep[] = [];
  for (const s of steps) {
    const key = `${s.place.from ?? ""}>${s.place.node} ${s.label}`;
    const into = first.get(key);
    if (into) {
      into.also.push(s.span, ...s.also);
      into.count += s.count;
      into.exact += s.exact;
      continue;
    }
    const copy = { ...s, also: [...s.also] };
    first.set(key, copy);
    out.push(copy);
  }
  return out;
}

/** Steps for every span, folding: answered client calls, runs of like siblings, and spans deeper than `maxDepth`. */
function collect(tree: TraceTree, places: Places, self: ReadonlyMap<string, number>, runs: ReadonlyMap<string, readonly Span[]>, maxDepth: number): DraftStep[] {
  const steps: DraftStep[] = [];
  /** The step each span's time went to. */
  const into = new Map<string, DraftStep>();
  /** Spans whose time went to another span's step: their descendants' goes there too. */
  const absorbed = new Set<string>();
  /** Time of answered client calls, carried to the step of the span that answers them. */
  const carried = new Map<string, number>();
  const absorb = (s: Span, step: DraftStep, own: number) => {
    step.exact += own;
    step.also.push(s);
    into.set(s.spanId, step);
    absorbed.add(s.spanId);
  };
  for (const s of tree.order) {
    const parent = tree.parentOf.get(s.spanId);
    const own = (self.get(s.spanId) ?? 0) + (carried.get(s.spanId) ?? 0);
    const host = parent ? into.get(parent.spanId) : undefined;
    const depth = tree.depth.get(s.spanId) ?? 0;
    if (host && (depth > maxDepth || absorbed.has(parent!.spanId) || (host.span === parent && host.count > 1))) {
      absorb(s, host, own);
      continue;
    }
    const runStep = into.get(s.spanId);
    if (runStep) {
      absorb(s, runStep, own);
      continue;
    }
    const place = places.of.get(s.spanId)!;
    const run = runs.get(s.spanId);
    if (run) {
      const step: DraftStep = { span: s, also: [], count: run.length, place, exact: own, ms: 0, label: spanLabel(s) };
      steps.push(step);
      into.set(s.spanId, step);
      // The later siblings of the run, and everything under them, are this step's.
      for (const sib of run.slice(1)) into.set(sib.spanId, step);
      continue;
    }
    const kids = tree.children.get(s.spanId) ?? [];
    const answer = s.kind === "client" ? kids.find((c) => (c.kind === "server" || c.kind === "consumer") && places.of.get(c.spanId)?.node !== place.node) : undefined;
    if (answer && depth + 1 <= maxDepth) {
      // The call and its answer are one hop: the call's time (the network) goes to the answer.
      carried.set(answer.spanId, (carried.get(answer.spanId) ?? 0) + own);
      continue;
    }
    const step: DraftStep = { span: s, also: [], count: 1, place, exact: own, ms: 0, label: spanLabel(s) };
    steps.push(step);
    into.set(s.spanId, step);
  }
  return steps;
}

/** Runs of three or more like siblings (the same name at the same place, one after another), by the first span of each. */
function likeRuns(tree: TraceTree, places: Places): Map<string, Span[]> {
  const runs = new Map<string, Span[]>();
  // A call answered by another service is known by its answer: calls to different services differ.
  const key = (o: Span) => {
    const answer = o.kind === "client" ? (tree.children.get(o.spanId) ?? []).find((c) => c.kind === "server" || c.kind === "consumer") : undefined;
    const hop = answer ?? o;
    return `${hop.name}\u0000${places.of.get(hop.spanId)?.node ?? ""}`;
  };
  for (const siblings of [tree.roots, ...tree.children.values()]) {
    for (let i = 0; i < siblings.length; ) {
      let j = i;
      while (j + 1 < siblings.length && key(siblings[j + 1]!) === key(siblings[i]!)) j++;
      if (j - i + 1 >= 3) runs.set(siblings[i]!.spanId, siblings.slice(i, j + 1));
      i = j + 1;
    }
  }
  return runs;
}

/**
 * Consecutive calls that run at the same time, from the same node to different ones (a lookup in
 * the cache while the database answers), are one step that fans out. Its time is theirs added:
 * self time already gave their overlap to one of them.
 */
function fanOut(steps: DraftStep[], tree: TraceTree): DraftStep[] {
  const out: DraftStep[] = [];
  for (const s of steps) {
    const last = out.at(-1);
    const spans = last ? [last.span, ...(last.fanned ?? [])] : [];
    const parallel =
      last !== undefined &&
      last.place.from !== undefined &&
      s.place.from === last.place.from &&
      s.count === 1 &&
      last.count === 1 &&
      ![last.place.node, ...(last.branches ?? []).map((b) => b.node)].includes(s.place.node) &&
      tree.parentOf.get(s.span.spanId) === tree.parentOf.get(last.span.spanId) &&
      spans.some((o) => o.start < s.span.end && s.span.start < o.end);
    if (!parallel) {
      out.push(s);
      continue;
    }
    last.branches = [...(last.branches ?? []), s.place];
    last.fanned = [...(last.fanned ?? []), s.span];
    last.also.push(s.span, ...s.also);
    last.exact += s.exact;
  }
  return out;
}

/** Consecutive steps the stage would show alike (same route, same label) are one. */
function mergeSameStage(steps: DraftStep[]): DraftStep[] {
  const out: DraftStep[] = [];
  for (const s of steps) {
    const last = out.at(-1);
    if (last && last.place.node === s.place.node && last.place.from === s.place.from && last.label === s.label) {
      last.also.push(s.span, ...s.also);
      last.count += s.count;
      last.exact += s.exact;
    } else out.push({ ...s, also: [...s.also] });
  }
  return out;
}

/** A short label for what the span does: `POST /checkout`, `INSERT orders`, `publish orders.created`. */
export function spanLabel(s: Span): string {
  const method = attr(s, "http.request.method", "http.method");
  const rpc = attr(s, "rpc.method");
  let label = s.name;
  if (method) {
    const route = attr(s, "http.route") ?? (s.kind === "server" ? (attr(s, "url.path") ?? attr(s, "http.target")?.split("?")[0]) : urlPath(attr(s, "url.full", "http.url")));
    label = route ? `${method} ${route}` : s.name;
  } else if (rpc) label = `${attr(s, "rpc.service") ?? ""}/${rpc}`.replace(/^\//, "");
  return label.length > 32 ? `${label.slice(0, 31)}…` : label;
}

function urlPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
