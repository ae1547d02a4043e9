/** The journey's clock: the time each hop costs, added up as the packet travels. */

export type Clock = {
  /** What this step's hop costs, in ms (0 when the step does not say). */
  hop: number;
  /** Everything up to and including this step. */
  elapsed: number;
  /** The whole sequence. */
  total: number;
};

/**
 * The clock at a step. `base` is time already spent before the sequence starts: a failure
 * fork's steps continue from the clock where it branched off.
 */
export function clockAt(steps: readonly { ms?: number }[], index: number, base = 0): Clock {
  let elapsed = base;
  let total = base;
  steps.forEach((s, i) => {
    total += s.ms ?? 0;
    if (i <= index) elapsed += s.ms ?? 0;
  });
  return { hop: steps[index]?.ms ?? 0, elapsed, total };
}

/** The sum of every step's time. */
export function totalMs(steps: readonly { ms?: number }[]): number {
  return steps.reduce((sum, s) => sum + (s.ms ?? 0), 0);
}

/** "850 ms", "1.25 s", "17 min", "1.5 h": short enough for a small dial (batch pipelines run for minutes). */
export function formatMs(ms: number): string {
  const trim = (n: number, digits: number) => n.toFixed(digits).replace(/\.?0+$/, "");
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trim(ms / 1000, ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `${trim(ms / 60_000, ms < 600_000 ? 1 : 0)} min`;
  return `${trim(ms / 3_600_000, 1)} h`;
}

/** "saves 13 ms", "costs 1.2 s", "no change": a difference in time, said plainly. */
export function formatDelta(deltaMs: number): string {
  if (deltaMs === 0) return "no change in time";
  return deltaMs < 0 ? `saves ${formatMs(-deltaMs)}` : `costs ${formatMs(deltaMs)} more`;
}
