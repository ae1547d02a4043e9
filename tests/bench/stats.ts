/** Small statistics for the bench: medians and percentiles of what it measured. */

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** The p-th percentile (nearest rank), NaN for no values. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  if (p === 50) {
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;
