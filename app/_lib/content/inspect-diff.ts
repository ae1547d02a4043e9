/**
 * What changed at each hop, worked out when content loads: each block of a step's `<Inspect>` is
 * compared with the last block of the same label earlier in the sequence, so a header the edge
 * adds or the gateway strips is marked without anyone marking it by hand. The line diff is
 * jsdiff's; this module runs on the server only, so it never reaches the browser.
 */
import { diffArrays } from "diff";
import { highlightLines } from "./highlight";
import type { CodeToken, InspectedPart, InspectLine, Inspection, InspectSource } from "../journey/inspect";

/**
 * A line diff: every line of `next` marked `same` or `added`, with the lines of `prev` it dropped
 * marked `removed` where they stood (before the lines that replace them).
 */
export function diffLines(prev: readonly string[], next: readonly string[]): InspectLine[] {
  return diffArrays([...prev], [...next]).flatMap((change) => {
    const mark = change.added ? "added" : change.removed ? "removed" : "same";
    return change.value.map((text): InspectLine => ({ text, mark }));
  });
}

function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
}

/** The lines standing at this hop take the tokens of the block as written, in order; removed lines stay plain. */
function highlighted(lines: InspectLine[], tokens: CodeToken[][]): InspectLine[] {
  let at = 0;
  return lines.map((line) => (line.mark === "removed" ? line : { ...line, tokens: tokens[at++] ?? [] }));
}

/** The last block seen under a label: its text, and the step and hop that showed it. */
type Seen = { text: string; step: string; hop: string };

/**
 * The inspections of a sequence of steps (a journey's main line, or a fork after its origin),
 * in order. `seed` holds blocks seen before the sequence starts (a fork compares with the main
 * line up to its origin); it is not changed.
 */
export function inspectSequence(
  steps: readonly { id: string; inspect?: InspectSource }[],
  seed: ReadonlyMap<string, Seen> = new Map(),
): { inspections: Map<string, Inspection>; last: Map<string, Seen> } {
  const last = new Map(seed);
  const inspections = new Map<string, Inspection>();
  for (const step of steps) {
    if (!step.inspect) continue;
    const parts = step.inspect.parts.map((part): InspectedPart => {
      const before = last.get(part.label);
      const now = linesOf(part.text);
      const lines = before ? diffLines(linesOf(before.text), now) : now.map((text): InspectLine => ({ text, mark: "same" }));
      return { label: part.label, lang: part.lang, lines: highlighted(lines, highlightLines(now.join("\n"), part.lang)), ...(before ? { since: { step: before.step, hop: before.hop } } : {}) };
    });
    for (const part of step.inspect.parts) last.set(part.label, { text: part.text, step: step.id, hop: step.inspect.hop });
    inspections.set(step.id, { hop: step.inspect.hop, title: step.inspect.title, parts });
  }
  return { inspections, last };
}
