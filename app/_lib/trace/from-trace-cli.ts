/**
 * `npm run journey:from-trace -- <trace.json> --slug <slug> [--title "…"] [--trace-id <id>]`:
 * drafts journeys/<slug>/ from a recorded trace (OTLP/JSON or Jaeger JSON), prints what it made
 * and every place left for the author. Never writes over an existing folder. `--root <dir>` drafts
 * into another content folder than ./journeys (the tests and the bench use it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { isId } from "../content/ids";
import { draftJourney } from "./draft";
import { todoMarkers } from "./render";
import { TraceError } from "./span";

const USAGE = 'usage: npm run journey:from-trace -- <trace.json> --slug <slug> [--title "…"] [--trace-id <id>] [--root <content dir>]';

function main(): number {
  const started = performance.now();
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { slug: { type: "string" }, title: { type: "string" }, "trace-id": { type: "string" }, root: { type: "string" } } });
  const [input] = positionals;
  const slug = values.slug;
  if (!input || !slug) return fail(USAGE);
  if (!isId(slug)) return fail(`--slug '${slug}': a journey's folder name is its URL: lowercase words joined by '-'`);
  const root = values.root ?? join(process.cwd(), "journeys");
  const dir = join(root, slug);
  const shown = relative(process.cwd(), dir) || dir;
  if (existsSync(dir)) return fail(`${shown} already exists: choose another --slug, or move the folder away first (nothing was written)`);
  if (!existsSync(input)) return fail(`${input}: no such file`);

  const draft = draftJourney({ text: readFileSync(input, "utf8"), file: input, slug, title: values.title, traceId: values["trace-id"] });
  for (const [path, text] of Object.entries(draft.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`drafted ${shown}/ from trace ${draft.traceId}: ${draft.spans} spans → ${draft.nodes.length} map nodes, ${draft.steps} steps, clock ${draft.clock} ms (${seconds} s)`);
  for (const path of Object.keys(draft.files)) console.log(`  ${shown}/${path}`);
  for (const f of draft.folding) console.log(`steps: ${f}`);
  for (const w of draft.warnings) console.warn(`warning: ${w}`);
  const todos = todoMarkers(draft.files, shown);
  console.log(`\nWhat to write next (${todos.length} places marked TODO(author)):`);
  for (const t of todos) console.log(`  ${t.file}:${t.line}: ${t.text}`);
  console.log(`\nThen: npm run check:content, and read the journey at /journeys/${slug}.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof TraceError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
