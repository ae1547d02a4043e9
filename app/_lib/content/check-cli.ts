/**
 * `npm run check:content`: loads every journey under journeys/ and prints each problem as
 * `path:line: what is wrong`. Exits 1 when there is any, so `npm run build` stops too.
 *
 * `-- --trace <slug>=<trace.json>` (repeatable) also compares a journey with a fresh trace of its
 * request, and reports its drift the same way (see app/_lib/trace/drift-source.ts).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { traceDrift } from "../trace/drift-source";
import { loadContent } from "./load";
import { formatProblem, sortProblems } from "./problems";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { trace: { type: "string", multiple: true } } });
const root = positionals[0] ?? join(process.cwd(), "journeys");
const { journeys, concepts, architectures, problems } = loadContent({ root });
for (const spec of values.trace ?? []) problems.push(...traceDrift(spec, journeys, root));

if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\n${problems.length} content problem${problems.length === 1 ? "" : "s"} found.`);
  process.exit(1);
}
const steps = journeys.reduce((n, j) => n + j.steps.length, 0);
const quizzes = journeys.reduce((n, j) => n + Object.keys(j.quizzes).length, 0);
console.log(
  `content ok: ${journeys.filter((j) => j.kind === "journey").length} journey(s) and ${journeys.filter((j) => j.kind === "flow").length} flow(s), ${steps} steps, ${quizzes} quizzes, ${Object.keys(concepts).length} concept cards, ${architectures.length} architecture(s)`,
);
if (values.trace) console.log(`no drift from ${values.trace.join(", ")}`);
