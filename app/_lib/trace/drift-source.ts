/**
 * The drift check's reading side, for `check:content -- --trace <slug>=<trace.json>`: reads the
 * trace and the lines the journey's steps and map nodes are written at, then asks `driftProblems`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "../content/problems";
import type { JourneyData } from "../content/types";
import { traceNodes } from "./draft";
import { driftProblems } from "./drift";
import { TraceError } from "./span";

/** Problems of `spec` (`<slug>=<trace.json>`): drift, or why the comparison could not be made. */
export function traceDrift(spec: string, journeys: readonly JourneyData[], root: string, display = (p: string) => relative(process.cwd(), p)): Problem[] {
  const [slug = "", file = ""] = spec.split(/=(.*)/s);
  const here = { file: file || spec, line: 1 };
  if (!slug || !file) return [{ ...here, message: `--trace ${spec}: write it as <journey-slug>=<trace.json>` }];
  if (!existsSync(file)) return [{ ...here, message: "--trace: no such file" }];
  const journey = journeys.find((j) => j.slug === slug);
  const dir = join(root, slug);
  if (!journey) return [{ file: display(dir), line: 1, message: `--trace: no journey '${slug}' loaded (a problem above, or no such folder)` }];
  let nodes;
  try {
    nodes = traceNodes(readFileSync(file, "utf8"), file);
  } catch (error) {
    if (error instanceof TraceError) return [{ ...here, message: error.message }];
    throw error;
  }
  const mapFile = join(dir, "map.yaml");
  const chapterLines = new Map<string, string[]>();
  const linesOf = (path: string) => chapterLines.get(path) ?? chapterLines.set(path, readFileSync(path, "utf8").split("\n")).get(path)!;
  // A step works on its span's node, and on the end of each route it fans out to.
  const steps = journey.steps.flatMap((s) => {
    const path = join(dir, "chapters", `${s.chapterId}.mdx`);
    const line = Math.max(1, linesOf(path).findIndex((l) => l.includes(`<Step id="${s.id}"`)) + 1);
    const nodes = [...new Set([s.span, ...(s.branches ?? []).map((route) => route.at(-1)!)])];
    return nodes.map((node) => ({ id: s.id, node, file: display(path), line }));
  });
  const nodesLine = readFileSync(mapFile, "utf8").split("\n").findIndex((l) => /^nodes:/.test(l)) + 1;
  return driftProblems({ mapFile: display(mapFile), nodesLine: Math.max(1, nodesLine), nodes: journey.map.nodes, steps }, nodes, file);
}
