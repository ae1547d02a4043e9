/** Shared by the content tests: load a content root and format its problems the way the CLI does. */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent, type Content } from "@/app/_lib/content/load";
import { formatProblem, sortProblems } from "@/app/_lib/content/problems";

export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/content", import.meta.url));
export const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));

export type LoadedRoot = Content & {
  /** Every problem as `path:line: message`, sorted, with paths relative to `displayFrom`. */
  lines: string[];
};

export function loadRoot(root: string, displayFrom: string = root): LoadedRoot {
  const content = loadContent({ root, display: (p) => relative(displayFrom, p) });
  return { ...content, lines: sortProblems(content.problems).map(formatProblem) };
}
