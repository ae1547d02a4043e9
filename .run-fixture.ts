import { relative, resolve } from "node:path";
import { loadContent } from "./app/_lib/content/load";
import { formatProblem, sortProblems } from "./app/_lib/content/problems";
const dir = resolve(process.argv[2]!);
const c = loadContent({ root: dir, display: (p) => relative(dir, p) });
for (const p of sortProblems(c.problems)) console.log(formatProblem(p));
if (process.argv[3]) console.log(JSON.stringify({ journeys: c.journeys.map(j => ({...j, map: undefined})), concepts: Object.keys(c.concepts) }, null, 1));
