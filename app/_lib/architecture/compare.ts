/**
 * "Which one when": the architectures side by side. Sorting and filtering are pure, so the table
 * can be tested without a browser and shows the same order on the server and in the client.
 */
import { COMPARE_LEVELS, COMPARE_SCALES, COMPARE_TEAMS } from "./compare-values";

export type CompareRow = {
  id: string;
  title: string;
  purpose: string;
  scale: (typeof COMPARE_SCALES)[number];
  complexity: (typeof COMPARE_LEVELS)[number];
  team: (typeof COMPARE_TEAMS)[number];
  use: string;
};

export type SortKey = "title" | "scale" | "complexity" | "team";
export type Filter = { scale?: CompareRow["scale"] | undefined; complexity?: CompareRow["complexity"] | undefined; team?: CompareRow["team"] | undefined };

const ORDER: Record<Exclude<SortKey, "title">, readonly string[]> = { scale: COMPARE_SCALES, complexity: COMPARE_LEVELS, team: COMPARE_TEAMS };

/** Rows that match every filter that is set, sorted by a column (ties by title), ascending or not. */
export function compareRows(rows: readonly CompareRow[], sort: SortKey, ascending: boolean, filter: Filter = {}): CompareRow[] {
  const rank = (r: CompareRow) => (sort === "title" ? 0 : ORDER[sort].indexOf(r[sort]));
  return rows
    .filter((r) => (!filter.scale || r.scale === filter.scale) && (!filter.complexity || r.complexity === filter.complexity) && (!filter.team || r.team === filter.team))
    .sort((a, b) => {
      const d = sort === "title" ? a.title.localeCompare(b.title) : rank(a) - rank(b);
      return (ascending ? d : -d) || a.title.localeCompare(b.title);
    });
}
