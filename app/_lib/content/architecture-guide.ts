/**
 * The guide to the architectures (`journeys/architecture-guide.yaml`): a path through every
 * architecture once, from the simplest to the most complex, each stop with one line on what it
 * adds over the one before, and tips for adapting any of them. One ordered list in one file, so
 * the order is read and changed in one place; the check makes sure the path names each
 * architecture exactly once. A content root without the file has an empty guide.
 */
import { existsSync } from "node:fs";
import { readYaml } from "./files";
import type { Reporter } from "./reporter";
import { ArchitectureGuide } from "./schema";
import type { ArchitectureGuideData } from "./types";
import { check } from "./yaml-source";

export const ARCHITECTURE_GUIDE_FILE = "architecture-guide.yaml";

const EMPTY: ArchitectureGuideData = { path: [], tips: [] };

/**
 * Reads and checks the guide at `file`; `r` reports for that file. `ids` are every architecture
 * file's id (one with problems of its own still exists); the stops take their titles from the
 * `architectures` that loaded, and leave out the others.
 */
export function loadArchitectureGuide(file: string, r: Reporter, ids: ReadonlySet<string>, architectures: readonly { id: string; title: string }[]): ArchitectureGuideData {
  if (!existsSync(file)) return EMPTY;
  const src = readYaml(file, r);
  const guide = src && check(ArchitectureGuide, src, r);
  if (!src || !guide) return EMPTY;
  const titles = new Map(architectures.map((a) => [a.id, a.title]));
  const seen = new Set<string>();
  guide.path.forEach((stop, i) => {
    const line = src.lineOf(["path", i]);
    if (seen.has(stop.id)) r.at(line, `architecture '${stop.id}' is on the path twice: each comes once`);
    else if (!ids.has(stop.id)) r.at(line, `architecture '${stop.id}' does not exist (no journeys/architectures/${stop.id}.yaml)`);
    seen.add(stop.id);
  });
  const missing = [...ids].filter((id) => !seen.has(id)).map((id) => `'${id}'`);
  if (missing.length > 0) r.at(src.lineOf(["path"]), `the path leaves out ${missing.join(", ")}: every architecture comes once`);
  return {
    path: guide.path.filter((s) => titles.has(s.id)).map((s) => ({ id: s.id, title: titles.get(s.id)!, adds: s.adds })),
    tips: guide.tips,
  };
}
