/**
 * Where one architecture stands on the path through them all (journeys/architecture-guide.yaml):
 * its stop number and the stops either side, for its page to say "stop 3 of 15, after …, then …".
 */
import type { PathStop } from "../content/types";

export type PathPlace = { stop: number; of: number; adds: string; before?: PathStop | undefined; after?: PathStop | undefined };

/** The place of architecture `id` on `path`, or undefined when the path does not name it. */
export function placeOnPath(path: readonly PathStop[], id: string): PathPlace | undefined {
  const i = path.findIndex((s) => s.id === id);
  if (i < 0) return undefined;
  return { stop: i + 1, of: path.length, adds: path[i]!.adds, before: path[i - 1], after: path[i + 1] };
}
