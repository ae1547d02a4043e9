/**
 * How long `journey:from-trace` takes on a large trace: writes a generated 10,000-span OTLP/JSON
 * trace (tests/support/otlp.ts, `bigTrace`) to .tmp/, drafts it in process five times (reading,
 * redacting, ordering, folding, writing the files' text) and prints the median, then the CLI
 * command that drafts the same file to disk.
 *
 *   npx tsx tests/bench/trace.ts [spans]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { draftJourney } from "../../app/_lib/trace/draft";
import { bigTrace, otlpText } from "../support/otlp";

const spans = Number(process.argv[2] ?? 10_000);
const dir = join(process.cwd(), ".tmp");
mkdirSync(dir, { recursive: true });
const file = join(".tmp", `trace-${spans}.json`);
const text = otlpText(bigTrace(spans));
writeFileSync(file, text);

const times: number[] = [];
let last: ReturnType<typeof draftJourney> | undefined;
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  last = draftJourney({ text, file, slug: "bench-trace" });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`${file}: ${spans} spans, ${(text.length / 1e6).toFixed(1)} MB → ${last!.steps} steps, ${last!.nodes.length} nodes, clock ${last!.clock} ms`);
for (const f of last!.folding) console.log(`  steps: ${f}`);
console.log(`drafted in ${(times[2]! / 1000).toFixed(2)} s median of 5 (fastest ${(times[0]! / 1000).toFixed(2)} s, slowest ${(times[4]! / 1000).toFixed(2)} s)`);
console.log(`the CLI on the same file: npm run journey:from-trace -- ${file} --slug bench-trace --root .tmp/journeys`);
