/**
 * How much of the request's wall-clock time is each span's own: its duration minus the union of
 * its children's time (never below 0). Children that overlap (work in parallel) share their
 * overlap: it is the earlier-starting child's, so no moment is counted twice, and the self times
 * of a trace add up to the time from its first span's start to its end, as a journey's clock
 * adds up every step's `ms`. A child that runs past its parent's end (work left in the
 * background) counts only inside its parent.
 */
import type { Span } from "./span";
import type { TraceTree } from "./tree";

/** Sorted, disjoint [start, end) intervals. */
type Intervals = [number, number][];

export function selfTimes(tree: TraceTree): Map<string, number> {
  const window = new Map<string, Intervals>();
  const taken = new Map<string, Intervals>();
  const ROOT = "";
  window.set(ROOT, [[-Infinity, Infinity]]);
  for (const s of tree.order) {
    const parent = tree.parentOf.get(s.spanId)?.spanId ?? ROOT;
    const claim = minus(clip(window.get(parent) ?? [], s), taken.get(parent) ?? []);
    taken.set(parent, union(taken.get(parent) ?? [], claim));
    window.set(s.spanId, claim);
  }
  const self = new Map<string, number>();
  for (const s of tree.order) self.set(s.spanId, Math.max(0, length(window.get(s.spanId) ?? []) - length(taken.get(s.spanId) ?? [])));
  return self;
}

/** Whole milliseconds for a run of exact times that add up to the rounded total (rounding carried from one to the next). */
export function wholeMs(exact: readonly number[]): number[] {
  let sum = 0;
  let shown = 0;
  return exact.map((ms) => {
    sum += ms;
    const next = Math.round(sum);
    const step = next - shown;
    shown = next;
    return step;
  });
}

function clip(list: Intervals, s: Pick<Span, "start" | "end">): Intervals {
  const out: Intervals = [];
  for (const [a, b] of list) {
    const lo = Math.max(a, s.start);
    const hi = Math.min(b, s.end);
    if (hi > lo) out.push([lo, hi]);
  }
  return out;
}

function minus(list: Intervals, cut: Intervals): Intervals {
  if (cut.length === 0) return list;
  const out: Intervals = [];
  for (const [a, b] of list) {
    let lo = a;
    // Siblings come in start order, so what they took mostly lies before: skip it quickly.
    for (let i = firstEndingAfter(cut, lo); i < cut.length && lo < b; i++) {
      const [c, d] = cut[i]!;
      if (c >= b) break;
      if (c > lo) out.push([lo, Math.min(c, b)]);
      lo = Math.max(lo, d);
    }
    if (lo < b) out.push([lo, b]);
  }
  return out;
}

function union(list: Intervals, add: Intervals): Intervals {
  if (add.length === 0) return list;
  const end = list.at(-1)?.[1] ?? -Infinity;
  if (add[0]![0] >= end) {
    // The usual case: siblings claim time in start order, after what the earlier ones took.
    const out = list;
    for (const [a, b] of add) {
      const last = out.at(-1);
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    return out;
  }
  const all = [...list, ...add].sort((x, y) => x[0] - y[0]);
  const out: Intervals = [];
  for (const [a, b] of all) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Index of the first interval whose end is after `t` (binary search). */
function firstEndingAfter(list: Intervals, t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![1] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function length(list: Intervals): number {
  return list.reduce((n, [a, b]) => n + (b - a), 0);
}
