/**
 * The inspector: the request as one hop sees it. Authors write each hop's view in full (a few
 * labelled blocks of text); the parts that changed since the previous hop are worked out here,
 * by comparing each block with the last block of the same label earlier in the sequence, so a
 * header the edge adds or the gateway strips is marked without anyone marking it by hand.
 */

/** One labelled block as written in an `<Inspect>`: a fenced code block, its language and label. */
export type InspectPart = { label: string; lang: string; text: string };
/** What a step's `<Inspect>` holds, as written. */
export type InspectSource = { hop: string; title: string; parts: InspectPart[] };

export type LineMark = "same" | "added" | "removed";
export type InspectLine = { text: string; mark: LineMark };
export type InspectedPart = {
  label: string;
  lang: string;
  lines: InspectLine[];
  /** The earlier step (and its hop) this block is compared with; absent when the block is new at this hop. */
  since?: { step: string; hop: string };
};
/** What the stage's inspector shows for a step. */
export type Inspection = { hop: string; title: string; parts: InspectedPart[] };

/**
 * A line diff (longest common subsequence): every line of `next` marked `same` or `added`, with
 * the lines of `prev` it dropped marked `removed` where they stood. Blocks are a few dozen lines,
 * so the quadratic table is cheap.
 */
export function diffLines(prev: readonly string[], next: readonly string[]): InspectLine[] {
  const n = prev.length;
  const m = next.length;
  // lcs[i][j]: length of the longest common subsequence of prev[i..] and next[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = prev[i] === next[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: InspectLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && prev[i] === next[j]) {
      out.push({ text: next[j]!, mark: "same" });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ text: prev[i]!, mark: "removed" });
      i++;
    } else {
      out.push({ text: next[j]!, mark: "added" });
      j++;
    }
  }
  return out;
}

function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
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
      const lines = before ? diffLines(linesOf(before.text), linesOf(part.text)) : linesOf(part.text).map((text) => ({ text, mark: "same" as const }));
      return { label: part.label, lang: part.lang, lines, ...(before ? { since: { step: before.step, hop: before.hop } } : {}) };
    });
    for (const part of step.inspect.parts) last.set(part.label, { text: part.text, step: step.id, hop: step.inspect.hop });
    inspections.set(step.id, { hop: step.inspect.hop, title: step.inspect.title, parts });
  }
  return { inspections, last };
}

/** A block's text as it stands at this hop (what the copy button copies): removed lines left out. */
export function partText(part: InspectedPart): string {
  return part.lines
    .filter((l) => l.mark !== "removed")
    .map((l) => l.text)
    .join("\n");
}

/** How many lines of a block this hop added and removed. */
export function changeCount(part: InspectedPart): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of part.lines) {
    if (l.mark === "added") added++;
    else if (l.mark === "removed") removed++;
  }
  return { added, removed };
}
