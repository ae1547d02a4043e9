/**
 * A plain-text account of what the stage shows at a step: where the packet is, what moved, what
 * is lit, the clock, and what the inspector holds. Screen readers hear it through a polite live
 * region, readers who turn motion off can show it under the stage, and the transcript page lists
 * it for every step. Written from the same data the stage draws, so the two cannot drift apart.
 */
import type { SystemMap } from "../content/schema";
import { clockAt, formatMs, type Clock } from "./clock";
import { stageState, type StageState, type StageStep } from "./stage";

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "The DNS answer" → "the DNS answer", but "DNS answer" stays as it is. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export function describeStage(map: SystemMap, step: StageStep, state: StageState, clock: Clock, clockLabel = "The clock"): string {
  const label = (id: string) => map.nodes.find((n) => n.id === id)?.label ?? id;
  const sentences: string[] = [`Step ${state.index + 1} of ${state.total}.`, step.caption];
  const packet = `The packet “${state.packet.label}”`;
  if (state.held) {
    const others = state.activeNodes.filter((n) => n !== state.packet.at);
    sentences.push(`${packet} waits at ${label(state.packet.at)}: the question in the text asks where it goes next. The candidates lit on the map are ${list(others.map(label))}.`);
  } else {
    const path = step.path.map(label);
    if (path.length === 1) sentences.push(`${packet} stays at ${path[0]}.`);
    else if (path.length === 2) sentences.push(`${packet} moves from ${path[0]} to ${path[1]}.`);
    else sentences.push(`${packet} travels from ${path[0]} through ${list(path.slice(1, -1))} to ${path[path.length - 1]}.`);
    const branches = (step.branches ?? []).map((r) => r.map(label));
    if (branches.length > 0) sentences.push(`At the same time, ${branches.length === 1 ? "a second packet goes" : `${branches.length} more packets go`} ${list(branches.map((r) => (r.length > 2 ? `through ${list(r.slice(1, -1))} to ${r[r.length - 1]}` : `to ${r[1]}`)))}.`);
    const extra = step.focus.filter((n) => !step.path.includes(n)).map(label);
    if (extra.length > 0) sentences.push(`Also lit: ${list(extra)}.`);
  }
  sentences.push(`${clockLabel} reads ${formatMs(clock.elapsed)}${clock.hop > 0 ? `; this hop cost ${formatMs(clock.hop)}` : "; this step adds no time"}.`);
  if (step.inspect) {
    const parts = step.inspect.parts.map((p) => p.label);
    sentences.push(`The inspector holds ${lowerFirst(step.inspect.title)}, as ${label(step.inspect.hop)} sees it: ${list(parts)}.`);
  }
  return sentences.join(" ");
}

/** The transcript of every step of a sequence, as a reader who answers every question would see them. */
export function stepTranscripts(map: SystemMap, steps: readonly StageStep[], base = 0, clockLabel?: string): string[] {
  const answered = new Set(steps.flatMap((s) => (s.predict ? [s.predict.quiz] : [])));
  return steps.map((step, i) => describeStage(map, step, stageState(map, steps, i, answered), clockAt(steps, i, base), clockLabel));
}
