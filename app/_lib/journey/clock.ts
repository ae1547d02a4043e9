/** Kareem's clock: the time each hop costs, added up as the packet travels. */

export type Clock = {
  /** What this step's hop costs, in ms (0 when the step does not say). */
  hop: number;
  /** Everything up to and including this step. */
  elapsed: number;
  /** The whole journey. */
  total: number;
};

export function clockAt(steps: readonly { ms?: number }[], index: number): Clock {
  let elapsed = 0;
  let total = 0;
  steps.forEach((s, i) => {
    total += s.ms ?? 0;
    if (i <= index) elapsed += s.ms ?? 0;
  });
  return { hop: steps[index]?.ms ?? 0, elapsed, total };
}

/** "850 ms", "1.25 s": short enough for a small dial. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, "")} s`;
}
