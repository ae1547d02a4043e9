/**
 * The drafted journey's files as text: journey.yaml, map.yaml (in lanes, by layer),
 * quizzes.yaml (one next-hop quiz where the request first moves) and a chapter per few steps.
 * Every place that needs an author's words carries a `TODO(author)` marker in a comment, which
 * readers never see and `check:content` accepts; `todoMarkers` finds them again with their lines.
 */
import { LAYERS } from "../content/layers";
import type { Layer } from "../content/schema-base";
import { inspectBlocks, type Block } from "./inspect-blocks";
import { slug, type TraceNode } from "./places";
import { tenths } from "./span";
import type { DraftStep } from "./steps";

export const TODO = "TODO(author)";

/** What a lane of the drafted map is called. */
const LANE_LABEL: Record<Layer, string> = {
  client: "Clients",
  network: "Network",
  edge: "Edge",
  security: "Security",
  infrastructure: "Infrastructure",
  application: "Services",
  data: "Data",
  async: "Messaging",
  external: "Outside the system",
  observability: "Observability",
};

const STEPS_PER_CHAPTER = 5;

export type DraftInput = {
  slug: string;
  title: string | undefined;
  source: string;
  traceId: string;
  spanCount: number;
  nodes: readonly TraceNode[];
  /** Every pair of nodes a span's call joins, once. */
  edges: readonly (readonly [string, string])[];
  steps: readonly DraftStep[];
};

/** Files by path inside the journey's folder. */
export type DraftFiles = Record<string, string>;

export function renderJourney(input: DraftInput): DraftFiles {
  const { steps, nodes } = input;
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const first = steps[0]!;
  const services = nodes.filter((n) => n.kind === "service").map((n) => n.label);
  const ids = stepIds(steps);
  const chapters = chunk(steps.length).map((range, i) => ({ id: `part-${i + 1}`, range }));
  // A next-hop quiz needs one way on: never in a fan-out.
  const quizAt = steps.findIndex((s) => s.place.from !== undefined && !s.branches);
  const files: DraftFiles = {};

  files["journey.yaml"] = lines(
    `# Drafted by npm run journey:from-trace from ${input.source}, trace ${input.traceId} (${input.spanCount} spans).`,
    `# ${TODO}: a title, a pitch and the request's name in your own words: whose wait is this?`,
    `title: ${q(input.title ?? `Follow ${first.label} through the system`)}`,
    `pitch: ${q(`One traced ${first.label}, hop by hop through ${list(services)}.`)}`,
    `packet: ${q(first.label)}`,
    `clock: ${steps.reduce((n, s) => n + s.ms, 0)}`,
    `clockLabel: Trace clock`,
    `requestName: the traced request`,
    `chapters:`,
    ...chapters.map((c) => `  - ${c.id}`),
  );

  const used = LAYERS.filter((l) => nodes.some((n) => n.layer === l));
  files["map.yaml"] = lines(
    `# Drafted from the trace: a node for each service, database, queue and outside peer, in lanes by layer.`,
    `# ${TODO}: labels readers know, and the parts the trace cannot see (the browser, a CDN, DNS).`,
    `lanes:`,
    ...used.map((l) => `  - { id: ${l}, label: ${q(LANE_LABEL[l])} }`),
    `nodes:`,
    ...nodes.map((n) => `  - { id: ${n.id}, label: ${q(n.label)}, layer: ${n.layer}, lane: ${n.layer} }`),
    `edges:`,
    ...input.edges.map(([a, b]) => `  - [${a}, ${b}]`),
  );
  if (input.edges.length === 0) files["map.yaml"] = files["map.yaml"].replace(/edges:\n$/, "edges: []\n");

  const quizStep = steps[quizAt];
  const others = quizStep ? nodes.filter((n) => n.id !== quizStep.place.from && n.id !== quizStep.place.node).slice(0, 2) : [];
  if (quizStep && others.length > 0) {
    const s = quizStep;
    const from = s.place.from!;
    files["quizzes.yaml"] = lines(
      `# ${TODO}: explain each answer for your readers; the drafted reasons only repeat the trace.`,
      `- id: ${ids[quizAt]}-next`,
      `  kind: next-hop`,
      `  prompt: ${q(`${nodeById.get(from)?.label ?? from} has ${first.label} in hand. Where does it go next?`)}`,
      `  options:`,
      `    - { node: ${s.place.node}, correct: true, why: ${q(`The trace shows ${nodeById.get(from)?.label} calling ${nodeById.get(s.place.node)?.label} next.`)} }`,
      ...others.map((n) => `    - { node: ${n.id}, why: ${q(`The trace has no call from ${nodeById.get(from)?.label} to ${n.label} at this point.`)} }`),
    );
  }

  for (const c of chapters) {
    const part = steps.slice(c.range[0], c.range[1]);
    const where = [...new Set(part.map((s) => nodeById.get(s.place.node)?.label ?? s.place.node))];
    const body = part.map((s, k) => stepMdx(s, ids[c.range[0] + k]!, c.range[0] + k === quizAt && others.length > 0 ? `${ids[quizAt]}-next` : undefined, nodeById));
    files[`chapters/${c.id}.mdx`] = lines(
      `---`,
      `# ${TODO}: a title and a one-line summary of your own.`,
      `title: ${q(where.length > 1 ? `${where[0]} to ${where.at(-1)}` : `At ${where[0]}`)}`,
      `summary: ${q(`Steps ${c.range[0] + 1} to ${c.range[1]} of the trace, through ${list(where)}.`)}`,
      `---`,
      ``,
      body.join("\n").trimEnd(),
    );
  }
  return files;
}

function stepMdx(s: DraftStep, id: string, quiz: string | undefined, nodes: ReadonlyMap<string, TraceNode>): string {
  const node = nodes.get(s.place.node);
  const route = (p: { node: string; from?: string | undefined }) => (p.from ? `${p.from} ${p.node}` : p.node);
  const path = [s.place, ...(s.branches ?? [])].map(route).join(" | ");
  const where = node?.label ?? s.place.node;
  const title = s.span.kind === "client" || s.span.kind === "producer" ? `What ${s.span.service} sent to ${where}: ${s.label}` : `What ${where} saw: ${s.label}`;
  return lines(
    `<Step id="${id}" path="${path}" packet="${attribute(s.label)}" ms="${s.ms}" caption="${attribute(caption(s, nodes))}">`,
    ``,
    `{/* ${TODO}: what happens here, and why it takes ${s.ms} ms. */}`,
    ``,
    `Drafted from the span ${code(s.span.name)} of ${code(s.span.service)} (${s.span.kind}, ${tenths(s.span.end - s.span.start)} ms)${s.also.length > 0 ? ` and ${s.also.length} more folded in` : ""}: ${tenths(s.exact)} ms of the trace are this step's own.`,
    ...(quiz ? [``, `<Quiz id="${quiz}" />`] : []),
    ``,
    `<Inspect hop="${s.place.node}" title="${attribute(title.length > 80 ? `${title.slice(0, 79)}…` : title)}">`,
    ``,
    inspectBlocks(s.span, s.also).map(fence).join("\n\n"),
    ``,
    `</Inspect>`,
    ``,
    `</Step>`,
  );
}

/** The stage's caption: who does what, where, and for how long (`orders-service runs POST /checkout (38 ms).`). */
export function caption(s: DraftStep, nodes: ReadonlyMap<string, TraceNode>): string {
  const label = nodes.get(s.place.node)?.label ?? s.place.node;
  const what = s.count > 1 ? `${s.label} ×${s.count}` : s.label;
  const who = s.span.service;
  const kind = nodes.get(s.place.node)?.kind;
  const does =
    kind === "database" ? `${who} queries ${label}: ${what}`
    : kind === "queue" ? `${who} publishes ${what} to ${label}`
    : kind === "peer" ? `${who} calls ${label}: ${what}`
    : s.span.kind === "consumer" ? `${who} takes ${what} from ${nodes.get(s.place.from ?? "")?.label ?? "its queue"}`
    : s.span.kind === "server" ? `${who} handles ${what}`
    : `${who} runs ${what}`;
  const failed = [s.span, ...s.also].some((x) => x.status.error) ? " A span of it ends in an error." : "";
  const beside = (s.branches ?? []).map((b) => nodes.get(b.node)?.label ?? b.node);
  const fans = beside.length > 0 ? `, and at the same time reaches ${list(beside)}` : "";
  return `${does}${fans} (${s.ms} ms).${failed}`;
}

/** Step ids from their node and label, unique in the journey. */
function stepIds(steps: readonly DraftStep[]): string[] {
  const seen = new Set<string>();
  return steps.map((s) => {
    const base = slug(`${s.place.node} ${s.label}`).slice(0, 48).replace(/-+$/, "") || "step";
    let id = base.startsWith("chapter-") ? `at-${base}` : base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** Chapters of at most five steps, as even as can be, none with fewer than two (unless there is only one step). */
function chunk(n: number): [number, number][] {
  const count = Math.max(1, Math.ceil(n / STEPS_PER_CHAPTER));
  return Array.from({ length: count }, (_, i) => [Math.round((i * n) / count), Math.round(((i + 1) * n) / count)]);
}

function fence(b: Block): string {
  const longest = Math.max(2, ...[...b.body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${b.language} ${b.label}\n${b.body}\n${ticks}`;
}

/** A YAML scalar: JSON's double-quoted string is YAML too. */
function q(text: string): string {
  return JSON.stringify(text);
}

/** A value inside an MDX attribute's double quotes (which cannot be escaped). */
function attribute(text: string): string {
  return text.replace(/"/g, "'").replace(/\s+/g, " ");
}

/** Inline code that survives any text (MDX reads no `{` or `<` inside it). */
function code(text: string): string {
  const clean = text.replace(/`/g, "'").replace(/\s+/g, " ");
  return `\`${clean}\``;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function lines(...parts: string[]): string {
  return `${parts.join("\n")}\n`;
}

/** Every `TODO(author)` in the drafted files, as `path:line: what to write`. */
export function todoMarkers(files: DraftFiles, dir: string): { file: string; line: number; text: string }[] {
  return Object.entries(files).flatMap(([path, text]) =>
    text.split("\n").flatMap((l, i) => {
      const at = l.indexOf(TODO);
      return at < 0 ? [] : [{ file: `${dir}/${path}`, line: i + 1, text: l.slice(at + TODO.length).replace(/^:\s*/, "").replace(/\s*\*\/\}$/, "") }];
    }),
  );
}
