/**
 * Loads and checks every journey and concept card under a content root (normally `journeys/`).
 * It never stops at the first problem: it collects all of them, each with its file and line,
 * and returns whatever it could read. Callers decide whether problems are fatal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { z } from "zod";
import { checkMarkdownBody, outlineChapter, type StepOutline } from "./mdx-outline";
import type { Problem } from "./problems";
import {
  ChapterFrontmatter,
  ConceptFrontmatter,
  JourneyMeta,
  Quiz,
  StepAttributes,
  SystemMap,
} from "./schema";
import type { StageStep } from "../journey/stage";
import { check, parseYaml, type Located } from "./yaml-source";

/** A step as loaded: what the stage draws, plus what only the server needs. */
export type StepData = StageStep & {
  /** Position in the whole journey, from 0. */
  index: number;
  concepts: string[];
  quizzes: string[];
  hasNotes: boolean;
};

export type ChapterData = {
  id: string;
  title: string;
  summary: string;
  /** Absolute path of the MDX file, for the compiler. */
  path: string;
  firstStep: number;
  stepCount: number;
};

export type JourneyData = {
  slug: string;
  title: string;
  pitch: string;
  packet: string;
  map: SystemMap;
  chapters: ChapterData[];
  steps: StepData[];
  quizzes: Record<string, Quiz>;
  /** Estimated reading time of the narration. */
  minutes: number;
};

export type ConceptData = ConceptFrontmatter & { id: string; path: string; body: string };

export type Content = { journeys: JourneyData[]; concepts: Record<string, ConceptData>; problems: Problem[] };

export type LoadOptions = {
  /** Folder holding `concepts/` and one folder per journey. */
  root: string;
  /** How a file is named in problems; defaults to its path relative to the working directory. */
  display?: (absolutePath: string) => string;
};

/** Valid concept cards, and the ids of every concept file (so an invalid card is not called missing). */
type ConceptIndex = { concepts: Record<string, ConceptData>; ids: Set<string> };

const WORDS_PER_MINUTE = 200;
const CONCEPTS_DIR = "concepts";

export function loadContent({ root, display = (p) => relative(process.cwd(), p) }: LoadOptions): Content {
  const problems: Problem[] = [];
  const conceptLines = new Map<string, Located<unknown>["lineOf"]>();
  /** Every concept file with a valid name, even one whose frontmatter has problems. */
  const conceptIds = new Set<string>();
  const concepts = loadConcepts(join(root, CONCEPTS_DIR), display, problems, conceptLines, conceptIds);
  const journeys: JourneyData[] = [];
  /** Concept id → the maps (by journey slug) of the journeys that place it. */
  const placements = new Map<string, Map<string, SystemMap>>();

  for (const slug of listDirs(root).filter((d) => d !== CONCEPTS_DIR)) {
    const dir = join(root, slug);
    if (!existsSync(join(dir, "journey.yaml"))) {
      problems.push({ file: display(dir), line: 1, message: "a journey folder needs a journey.yaml" });
      continue;
    }
    const journey = loadJourney(slug, dir, display, { concepts, ids: conceptIds }, problems, placements);
    if (journey) journeys.push(journey);
  }

  checkConcepts({ concepts, ids: conceptIds }, conceptLines, placements, display, problems);
  return { journeys, concepts, problems };
}

function loadJourney(
  slug: string,
  dir: string,
  display: (p: string) => string,
  { concepts, ids: conceptIds }: ConceptIndex,
  problems: Problem[],
  placements: Map<string, Map<string, SystemMap>>,
): JourneyData | undefined {
  const start = problems.length;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file: display(dir), line: 1, message: "a journey folder's name is its URL: lowercase words joined by '-'" });
  }
  const metaFile = join(dir, "journey.yaml");
  const metaSrc = readYaml(metaFile, display, problems);
  const meta = metaSrc && check(JourneyMeta, metaSrc, display(metaFile), problems);

  const mapFile = join(dir, "map.yaml");
  const mapSrc = readYaml(mapFile, display, problems);
  const map = mapSrc && check(SystemMap, mapSrc, display(mapFile), problems);
  if (map && mapSrc) checkMap(map, mapSrc, display(mapFile), problems);

  // Quizzes live in quizzes.yaml, in quizzes/*.yaml, or both (one file per chapter keeps them near their story).
  const quizFiles = [join(dir, "quizzes.yaml"), ...yamlFilesIn(join(dir, "quizzes"))].filter((f) => existsSync(f));
  const { quizzes, known: knownQuizzes } = loadQuizzes(quizFiles, display, problems);

  // Chapters are checked even when journey.yaml or map.yaml is broken, so one run reports
  // everything: without journey.yaml the chapter files are read in name order, and without a
  // map the checks that need one are skipped.
  const chapterDir = join(dir, "chapters");
  const chapterFiles = (isDirectory(chapterDir) ? readdirSync(chapterDir) : []).filter((f) => f.endsWith(".mdx")).sort();
  const chapterIds = meta ? meta.chapters : chapterFiles.map((f) => basename(f, ".mdx"));
  const chapterLine = (i: number) => (meta && metaSrc ? metaSrc.lineOf(["chapters", i]) : 1);

  const chapters: ChapterData[] = [];
  const steps: StepData[] = [];
  const stepLines = new Map<string, string>();
  const nodeIds = map ? new Set(map.nodes.map((n) => n.id)) : undefined;
  const edges = new Set(map?.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]) ?? []);
  const quizPlaced = new Map<string, string>();
  let words = 0;
  /** A chapter that cannot be parsed may place quizzes, so "never placed" cannot be told. */
  let unreadable = false;

  const listed = new Set<string>();
  chapterIds.forEach((chapterId, i) => {
    const line = chapterLine(i);
    if (listed.has(chapterId)) {
      problems.push({ file: display(metaFile), line, message: `chapter '${chapterId}' is listed twice` });
      return;
    }
    listed.add(chapterId);
    const path = join(dir, "chapters", `${chapterId}.mdx`);
    if (!isFile(path)) {
      problems.push({ file: display(metaFile), line, message: `chapter '${chapterId}' has no file chapters/${chapterId}.mdx` });
      return;
    }
    const file = display(path);
    const source = readFileSync(path, "utf8");
    const outline = outlineChapter(file, source, problems);
    words += countWords(source);

    if (!outline.parsed) unreadable = true;

    let front: ChapterFrontmatter | undefined;
    if (outline.frontmatter) {
      const fm = parseYaml({ file, text: outline.frontmatter.text, firstLine: outline.frontmatter.firstLine }, problems);
      front = fm && check(ChapterFrontmatter, fm, file, problems);
    } else if (outline.parsed) {
      problems.push({ file, line: 1, message: "frontmatter with title and summary is required" });
    }
    if (outline.steps.length === 0 && !problems.some((p) => p.file === file)) {
      problems.push({ file, line: 1, message: "a chapter needs at least one <Step>" });
    }

    const firstStep = steps.length;
    for (const s of outline.steps) {
      // Placements count even when the step's attributes have problems, so they are not reported twice.
      for (const c of s.concepts) {
        if (!conceptIds.has(c.id)) {
          const expected = display(join(dir, "..", CONCEPTS_DIR, `${c.id}.mdx`));
          problems.push({ file, line: c.line, message: `concept '${c.id}' does not exist (no ${expected})` });
        } else if (concepts[c.id] && map) placements.set(c.id, (placements.get(c.id) ?? new Map()).set(slug, map));
      }
      for (const q of s.quizzes) {
        if (knownQuizzes && !knownQuizzes.has(q.id)) problems.push({ file, line: q.line, message: `quiz '${q.id}' does not exist in quizzes.yaml or quizzes/` });
        else if (quizPlaced.has(q.id)) problems.push({ file, line: q.line, message: `quiz '${q.id}' is already placed at ${quizPlaced.get(q.id)}` });
        else quizPlaced.set(q.id, `${file}:${q.line}`);
      }
      const step = readStep(s, file, chapterId, meta?.packet ?? "", problems);
      if (!step) continue;
      const seen = stepLines.get(step.id);
      if (seen) problems.push({ file, line: s.line, message: `step id '${step.id}' is already used at ${seen}` });
      stepLines.set(step.id, `${file}:${s.line}`);

      for (const n of nodeIds ? [...step.path, ...step.focus] : []) {
        if (!nodeIds?.has(n)) problems.push({ file, line: s.line, message: `step '${step.id}' names map node '${n}', which is not in map.yaml` });
      }
      step.path.forEach((n, k) => {
        const next = step.path[k + 1];
        if (next && nodeIds?.has(n) && nodeIds.has(next) && !edges.has(`${n}>${next}`)) {
          problems.push({ file, line: s.line, message: `step '${step.id}' moves the packet ${n} → ${next}, but the map has no edge between them` });
        }
      });
      const predict = checkNextHop(step, quizzes, nodeIds, file, s.line, problems);
      steps.push({ ...step, ...(predict ? { predict } : {}), index: steps.length });
    }
    if (front) chapters.push({ id: chapterId, ...front, path, firstStep, stepCount: steps.length - firstStep });
  });

  for (const f of chapterFiles) {
    if (!listed.has(basename(f, ".mdx"))) {
      problems.push({ file: display(join(chapterDir, f)), line: 1, message: "this chapter is not listed in journey.yaml's chapters" });
    }
  }
  for (const [id, { line, file }] of quizzes) {
    if (!unreadable && !quizPlaced.has(id)) problems.push({ file, line, message: `quiz '${id}' is never placed with <Quiz id="${id}" />` });
  }

  if (problems.length > start || !meta || !map) return undefined;
  const journey: JourneyData = {
    slug,
    title: meta.title,
    pitch: meta.pitch,
    packet: meta.packet,
    map,
    chapters,
    steps,
    quizzes: Object.fromEntries([...quizzes].map(([id, q]) => [id, q.quiz])),
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
  return journey;
}

function readStep(s: StepOutline, file: string, chapterId: string, packet: string, problems: Problem[]): Omit<StepData, "index"> | undefined {
  const parsed = StepAttributes.safeParse(s.attributes);
  if (!parsed.success) {
    const label = s.attributes.id ? `step '${s.attributes.id}'` : "<Step>";
    // An attribute written as an expression was reported already; "is required" would repeat it.
    for (const issue of parsed.error.issues.filter((i) => !s.rejected.includes(String(i.path[0])))) {
      problems.push({ file, line: s.line, message: `${label} ${String(issue.path[0] ?? "")}: ${issue.message}`.replace(" : ", ": ") });
    }
    return undefined;
  }
  const a = parsed.data;
  return {
    id: a.id,
    chapterId,
    path: a.path,
    focus: a.focus ?? [],
    packet: a.packet ?? packet,
    caption: a.caption,
    ...(a.ms !== undefined ? { ms: a.ms } : {}),
    concepts: s.concepts.map((c) => c.id),
    quizzes: s.quizzes.map((q) => q.id),
    hasNotes: s.notes > 0,
  };
}

function checkMap(map: SystemMap, src: Located<unknown>, file: string, problems: Problem[]): void {
  const ids = new Map<string, number>();
  const groups = new Set<string>();
  map.groups.forEach((g, i) => {
    if (groups.has(g.id)) problems.push({ file, line: src.lineOf(["groups", i]), message: `group id '${g.id}' is used twice` });
    groups.add(g.id);
  });
  map.nodes.forEach((n, i) => {
    const line = src.lineOf(["nodes", i]);
    if (ids.has(n.id)) problems.push({ file, line, message: `node id '${n.id}' is used twice` });
    ids.set(n.id, i);
    if (n.group && !groups.has(n.group)) problems.push({ file, line, message: `node '${n.id}' is in group '${n.group}', which is not in groups` });
    if (n.x > map.width || n.y > map.height) problems.push({ file, line, message: `node '${n.id}' lies outside the ${map.width} × ${map.height} map` });
  });
  const seen = new Set<string>();
  map.edges.forEach((e, i) => {
    const line = src.lineOf(["edges", i]);
    for (const end of [e.from, e.to]) {
      if (!ids.has(end)) problems.push({ file, line, message: `edge ${e.from} → ${e.to} names node '${end}', which does not exist` });
    }
    const key = [e.from, e.to].sort().join("|");
    if (seen.has(key)) problems.push({ file, line, message: `edge ${e.from} → ${e.to} is listed twice` });
    seen.add(key);
  });
}

type LoadedQuiz = { quiz: Quiz; file: string; line: number };

type QuizSource = {
  quizzes: Map<string, LoadedQuiz>;
  /** Ids of every quiz in the files, valid or not; undefined when a file cannot be read as a list. */
  known?: Set<string>;
};

function loadQuizzes(paths: string[], display: (p: string) => string, problems: Problem[]): QuizSource {
  const out = new Map<string, LoadedQuiz>();
  const prompts = new Map<string, string>();
  let known: Set<string> | undefined = new Set<string>();
  for (const path of paths) {
    const file = display(path);
    const src = readYaml(path, display, problems);
    const list = src && check(z.array(z.unknown(), { error: "must be a list of quizzes" }), src, file, problems);
    if (!src || !list) {
      known = undefined;
      continue;
    }
    for (const q of list) if (known && q && typeof q === "object" && "id" in q && typeof q.id === "string") known.add(q.id);
    list.forEach((raw, i) => {
      const before = problems.length;
      const quiz = check(Quiz, src, file, problems, [i]);
      // Name the quiz in its problems ("quiz 'x' options: …") rather than its position ("[3].options: …").
      const name = raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" ? `quiz '${raw.id}'` : `quiz ${i + 1} in this file`;
      for (const p of problems.slice(before)) p.message = p.message.replace(new RegExp(`^\\[${i}\\]\\.?`), `${name} `).replace(/^(quiz \S+) :/, "$1:");
      if (!quiz) return;
      const line = src.lineOf([i]);
      const twin = out.get(quiz.id);
      if (twin) return problems.push({ file, line, message: `quiz id '${quiz.id}' is used twice (also at ${twin.file}:${twin.line})` });
      const prompt = quiz.prompt.toLowerCase().replace(/\s+/g, " ");
      const same = prompts.get(prompt);
      if (same) problems.push({ file, line, message: `quiz '${quiz.id}' asks the same question as ${same}` });
      prompts.set(prompt, `'${quiz.id}' (${file}:${line})`);
      out.set(quiz.id, { quiz, file, line });
    });
  }
  return { quizzes: out, known };
}

/**
 * A next-hop quiz asks where the packet goes from the start of its step's path, so its right
 * answer must be the path's second node, and its options must be nodes on the map. Returns what
 * the stage needs to hold the step until the quiz is answered.
 */
function checkNextHop(
  step: Omit<StepData, "index">,
  quizzes: Map<string, LoadedQuiz>,
  nodeIds: Set<string> | undefined,
  file: string,
  line: number,
  problems: Problem[],
): StageStep["predict"] {
  const hops = step.quizzes.flatMap((id) => {
    const q = quizzes.get(id)?.quiz;
    return q?.kind === "next-hop" ? [q] : [];
  });
  if (hops.length > 1) problems.push({ file, line, message: `step '${step.id}' holds ${hops.length} next-hop quizzes; one step can hold back its packet for one question only` });
  const quiz = hops[0];
  if (!quiz) return undefined;
  for (const o of quiz.options) {
    if (nodeIds && !nodeIds.has(o.node)) problems.push({ file, line, message: `next-hop quiz '${quiz.id}' offers map node '${o.node}', which is not in map.yaml` });
  }
  const right = quiz.options.find((o) => o.correct)?.node;
  const next = step.path[1];
  if (!next) problems.push({ file, line, message: `next-hop quiz '${quiz.id}' is placed in step '${step.id}', whose path has no next hop to predict` });
  else if (right && right !== next) {
    problems.push({ file, line, message: `next-hop quiz '${quiz.id}' says the packet goes to '${right}', but step '${step.id}' sends it from '${step.path[0]}' to '${next}'` });
  }
  return { quiz: quiz.id, nodes: quiz.options.map((o) => o.node) };
}

function yamlFilesIn(dir: string): string[] {
  return isDirectory(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => join(dir, f)) : [];
}

function loadConcepts(
  dir: string,
  display: (p: string) => string,
  problems: Problem[],
  lines: Map<string, Located<unknown>["lineOf"]>,
  known: Set<string>,
): Record<string, ConceptData> {
  const out: Record<string, ConceptData> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort()) {
    const path = join(dir, f);
    const file = display(path);
    const id = basename(f, ".mdx");
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, line: 1, message: "a concept's file name is its id: lowercase words joined by '-'" });
      continue;
    }
    known.add(id);
    if (!isFile(path)) {
      problems.push({ file, line: 1, message: "a concept card must be a file" });
      continue;
    }
    const source = readFileSync(path, "utf8");
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!m) {
      problems.push({ file, line: 1, message: "frontmatter (between --- lines) is required" });
      continue;
    }
    const fm = parseYaml({ file, text: m[1] ?? "", firstLine: 2 }, problems);
    const data = fm && check(ConceptFrontmatter, fm, file, problems);
    // The body is checked even when the frontmatter is not, so one run reports both.
    const body = source.slice(m[0].length);
    const bodyLine = m[0].split("\n").length;
    checkMarkdownBody(file, body, bodyLine, problems);
    if (!/^#{2,3}[ \t]+Example\b/m.test(body)) {
      problems.push({ file, line: bodyLine, message: "a concept card needs a short example under a '## Example' heading (a few lines of code or a concrete scenario)" });
    }
    if (!data || !fm) continue;
    out[id] = { ...data, id, path, body: body.trim() };
    lines.set(id, fm.lineOf);
  }
  return out;
}

function checkConcepts(
  { concepts, ids }: ConceptIndex,
  lines: Map<string, Located<unknown>["lineOf"]>,
  placements: Map<string, Map<string, SystemMap>>,
  display: (p: string) => string,
  problems: Problem[],
): void {
  for (const c of Object.values(concepts)) {
    const lineOf = lines.get(c.id) ?? (() => 1);
    const file = display(c.path);
    c.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file, line: lineOf(["related", i]), message: `related concept '${r}' does not exist` });
      if (r === c.id) problems.push({ file, line: lineOf(["related", i]), message: "a concept cannot be related to itself" });
    });
    for (const [slug, map] of placements.get(c.id) ?? []) {
      const ids = new Set(map.nodes.map((n) => n.id));
      c.nodes.forEach((n, i) => {
        if (!ids.has(n)) problems.push({ file, line: lineOf(["nodes", i]), message: `node '${n}' is not on the map of journey '${slug}', which places this card` });
      });
    }
  }
}

function readYaml(path: string, display: (p: string) => string, problems: Problem[]): Located<unknown> | undefined {
  if (!isFile(path)) {
    problems.push({ file: display(path), line: 1, message: "file is missing" });
    return undefined;
  }
  return parseYaml({ file: display(path), text: readFileSync(path, "utf8") }, problems);
}

function listDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => !d.startsWith(".") && isDirectory(join(root, d)))
    .sort();
}

/** Like statSync, but a broken link or an unreadable entry is simply "not a file". */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function countWords(mdx: string): number {
  return mdx.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
}

