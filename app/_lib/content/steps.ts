/**
 * Reads the `<Step>`s of one sequence (a chapter, or a failure fork) into checked step data.
 * One reader serves the whole journey, so step ids, quiz placements and concept placements are
 * checked across chapters and forks alike.
 */
import { join } from "node:path";
import type { InspectSource } from "../journey/inspect";
import type { StageStep } from "../journey/stage";
import type { LoadedQuiz } from "./load-quizzes";
import type { ConceptRef, StepOutline } from "./mdx-outline";
import type { Reporter } from "./reporter";
import { InspectAttributes, StepAttributes, type SystemMap } from "./schema";
import type { StepData } from "./types";

/**
 * A step as read: the `<Inspect>` as written is kept beside it, and becomes the stage's
 * `inspect` once the journey's sequences are known (what changed since the previous hop).
 */
export type ReadStep = StepData & { inspectSource?: InspectSource };

export type StepContext = {
  /** The journey's folder (its concept cards are in `../concepts`). */
  dir: string;
  map: SystemMap | undefined;
  packet: string;
  conceptIds: ReadonlySet<string>;
  /** Called for each `<Concept>` of a card that exists (where it sits is checked against this map). */
  placeConcept: (ref: ConceptRef, r: Reporter) => void;
  quizzes: Map<string, LoadedQuiz>;
  /** Ids of every quiz in the files, valid or not; undefined when a file could not be read. */
  knownQuizzes: Set<string> | undefined;
};

export type StepReader = ReturnType<typeof createStepReader>;

export function createStepReader(ctx: StepContext) {
  const { map } = ctx;
  const stepLines = new Map<string, string>();
  const quizPlaced = new Map<string, string>();
  /** Ids of the steps whose attributes have problems: they exist, but were not read. */
  const unread = new Set<string>();
  const nodeIds = map ? new Set(map.nodes.map((n) => n.id)) : undefined;
  const edges = new Set(map?.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]) ?? []);

  /** Reads one step; `r` reports for its file, `sequence` is the chapter or fork id it belongs to. */
  function read(s: StepOutline, r: Reporter, sequence: string, index: number): ReadStep | undefined {
    // Placements count even when the step's attributes have problems, so they are not reported twice.
    for (const c of s.concepts) {
      if (!ctx.conceptIds.has(c.id)) {
        const expected = r.display(join(ctx.dir, "..", "concepts", `${c.id}.mdx`));
        r.at(c.line, `concept '${c.id}' does not exist (no ${expected})`);
      } else ctx.placeConcept(c, r);
    }
    for (const q of s.quizzes) {
      if (ctx.knownQuizzes && !ctx.knownQuizzes.has(q.id)) r.at(q.line, `quiz '${q.id}' does not exist in quizzes.yaml or quizzes/`);
      else if (quizPlaced.has(q.id)) r.at(q.line, `quiz '${q.id}' is already placed at ${quizPlaced.get(q.id)}`);
      else quizPlaced.set(q.id, r.where(q.line));
    }
    const step = readAttributes(s, r, sequence, index);
    if (!step) {
      if (s.attributes.id) unread.add(s.attributes.id);
      return undefined;
    }
    const seen = stepLines.get(step.id);
    if (seen) r.at(s.line, `step id '${step.id}' is already used at ${seen}`);
    stepLines.set(step.id, r.where(s.line));

    const branches = step.branches ?? [];
    for (const n of nodeIds ? new Set([...step.path, ...branches.flat(), ...step.focus]) : []) {
      if (!nodeIds?.has(n)) r.at(s.line, `step '${step.id}' names map node '${n}', which is not in map.yaml`);
    }
    for (const route of [step.path, ...branches]) {
      route.forEach((n, k) => {
        const next = route[k + 1];
        if (next && nodeIds?.has(n) && nodeIds.has(next) && !edges.has(`${n}>${next}`)) {
          r.at(s.line, `step '${step.id}' moves ${route === step.path ? "the packet" : "a packet"} ${n} → ${next}, but the map has no edge between them`);
        }
      });
    }
    branches.forEach((route, k) => {
      const where = `step '${step.id}' path: route ${k + 2} (${route.join(" ")})`;
      if (route[0] !== step.path[0]) r.at(s.line, `${where} starts at '${route[0]}': every route of a fan-out starts where the first does ('${step.path[0]}')`);
      else if (route.length < 2) r.at(s.line, `${where} goes nowhere: a route of a fan-out names at least two nodes`);
    });

    if (!step.path.includes(step.span)) {
      r.at(s.line, `step '${step.id}' span: '${step.span}' is not on the step's path (${step.path.join(" → ")})`);
    }
    const inspect = readInspect(s, step, r);
    const predict = checkNextHop(step, r, s.line);
    return { ...step, ...(predict ? { predict } : {}), ...(inspect ? { inspectSource: inspect } : {}) };
  }

  function readAttributes(s: StepOutline, r: Reporter, sequence: string, index: number): StepData | undefined {
    const parsed = StepAttributes.safeParse(s.attributes);
    if (!parsed.success) {
      const label = s.attributes.id ? `step '${s.attributes.id}'` : "<Step>";
      // An attribute written as an expression was reported already; "is required" would repeat it.
      for (const issue of parsed.error.issues.filter((i) => !s.rejected.includes(String(i.path[0])))) {
        r.at(s.line, `${label} ${String(issue.path[0] ?? "")}: ${issue.message}`.replace(" : ", ": "));
      }
      return undefined;
    }
    const a = parsed.data;
    return {
      id: a.id,
      index,
      chapterId: sequence,
      path: a.path[0]!,
      ...(a.path.length > 1 ? { branches: a.path.slice(1) } : {}),
      focus: a.focus ?? [],
      packet: a.packet ?? ctx.packet,
      caption: a.caption,
      ms: a.ms,
      span: a.span ?? a.path[0]!.at(-1) ?? "",
      concepts: s.concepts.map((c) => c.id),
      quizzes: s.quizzes.map((q) => q.id),
      forkIds: s.forks.map((f) => f.id),
      hasNotes: s.notes > 0,
    };
  }

  function readInspect(s: StepOutline, step: StepData, r: Reporter): InspectSource | undefined {
    if (!s.inspect) return undefined;
    const { line, attributes, rejected, parts } = s.inspect;
    const parsed = InspectAttributes.safeParse(attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.filter((i) => !rejected.includes(String(i.path[0])))) {
        r.at(line, `<Inspect> in step '${step.id}' ${String(issue.path[0] ?? "")}: ${issue.message}`.replace(" : ", ": "));
      }
      return undefined;
    }
    const { hop, title } = parsed.data;
    if (nodeIds && !nodeIds.has(hop)) r.at(line, `<Inspect> in step '${step.id}' shows hop '${hop}', which is not in map.yaml`);
    else if (!step.path.includes(hop)) r.at(line, `<Inspect> in step '${step.id}' shows hop '${hop}', but the step's packet never reaches it (${step.path.join(" → ")})`);
    return parts.length > 0 ? { hop, title, parts } : undefined;
  }

  /**
   * A next-hop quiz asks where the packet goes from the start of its step's path, so its right
   * answer must be the path's second node, and its options must be nodes on the map. Returns what
   * the stage needs to hold the step until the quiz is answered.
   */
  function checkNextHop(step: StepData, r: Reporter, line: number): StageStep["predict"] {
    const hops = step.quizzes.flatMap((id) => {
      const q = ctx.quizzes.get(id)?.quiz;
      return q?.kind === "next-hop" ? [q] : [];
    });
    if (hops.length > 1) r.at(line, `step '${step.id}' holds ${hops.length} next-hop quizzes; one step can hold back its packet for one question only`);
    const quiz = hops[0];
    if (!quiz) return undefined;
    if (step.branches) r.at(line, `next-hop quiz '${quiz.id}' is placed in step '${step.id}', which fans out: the question needs one way on (split the step, or move the quiz)`);
    for (const o of quiz.options) {
      if (nodeIds && !nodeIds.has(o.node)) r.at(line, `next-hop quiz '${quiz.id}' offers map node '${o.node}', which is not in map.yaml`);
    }
    const right = quiz.options.find((o) => o.correct)?.node;
    const next = step.path[1];
    if (!next) r.at(line, `next-hop quiz '${quiz.id}' is placed in step '${step.id}', whose path has no next hop to predict`);
    else if (right && right !== next) {
      r.at(line, `next-hop quiz '${quiz.id}' says the packet goes to '${right}', but step '${step.id}' sends it from '${step.path[0]}' to '${next}'`);
    }
    return { quiz: quiz.id, nodes: quiz.options.map((o) => o.node) };
  }

  return { read, quizPlaced, unread: unread as ReadonlySet<string>, stepIds: () => new Set(stepLines.keys()) };
}
