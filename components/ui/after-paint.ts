/**
 * Runs `fn` just after the next frame is on the screen: work that a change causes but the change
 * does not need (a smooth scroll to start, a record to save) stays out of that change's frame.
 * A hidden tab paints no frames, so there `fn` runs at once.
 */
export function afterNextPaint(fn: () => void): void {
  if (document.hidden) fn();
  else requestAnimationFrame(() => window.setTimeout(fn, 0));
}
