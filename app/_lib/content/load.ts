/**
 * Loads and checks every journey and concept card under a content root (normally `journeys/`).
 * It never stops at the first problem: it collects all of them, each with its file and line,
 * and returns whatever it could read. Callers decide whether problems are fatal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { z } from "zod";
import { inspectSequence } from "../journey/inspect";
import { totalMs } from "../journey/clock";
import { layoutLanes } from "../architecture/layout";
import { ARCHITECTURES_DIR, loadArchitectures } from "./architectures";
import { CODE_FRONTMATTER, codeFrontmatter } from "./frontmatter";
import { isId } from "./ids";
import { checkLinks, siteOf } from "./links";
import { checkMarkdownBody, outlineChapter, type ChapterOutline } from "./mdx-outline";
import type { Problem } from "./problems";
import { reporter, type Reporter } from "./reporter";
import { ChapterFrontmatter, ConceptFrontmatter, ForkFrontmatter, JourneyMeta, LaneMap, Quiz, SystemMap } from "./schema";
import { createStepReader, type LoadedQuiz } from "./steps";
import type { ChapterData, ConceptData, Content, ForkData, JourneyData, StepData } from "./types";
import { checkLenses, checkVariations } from "./variations-lenses";
import { check, checkItem, parseYaml, type Located } from "./yaml-source";

export type { Content } from "./types";

export type LoadOptions = {
  /** Folder holding `concepts/` and one folder per journey. */
  root: string;
  /** How a file is named in problems; defaults to its path relative to the working directory. */
  display?: (absolutePath: string) => string;
};

/** Valid concept cards, and the ids of every concept file (so an invalid card is not called missing). */
type ConceptIndex = { concepts: Record<string, ConceptData>; ids: Set<string> };

/** A card's frontmatter as parsed, and the reporter for its lines, for the checks made once every journey is loaded. */
type Front = { src: Located<unknown>; r: Reporter };

/** A `<Fork id>` as written in a chapter's step: reported where it stands. */
type ForkRef = { id: string; report: Reporter; line: number };

const WORDS_PER_MINUTE = 200;
const CONCEPTS_DIR = "concepts";
/** Folders under the content root that are not journeys. */
const NOT_JOURNEYS = new Set([CONCEPTS_DIR, ARCHITECTURES_DIR]);

export function loadContent({ root, display = (p) => relative(process.cwd(), p) }: LoadOptions): Content {
  const problems: Problem[] = [];
  const r = reporter(problems, display, root);
  const conceptFronts = new Map<string, Front>();
  /** Every concept file with a valid name, even one whose frontmatter has problems. */
  const conceptIds = new Set<string>();
  const concepts = loadConcepts(join(root, CONCEPTS_DIR), r, conceptFronts, conceptIds);
  const architectures = loadArchitectures(join(root, ARCHITECTURES_DIR), r, conceptIds);
  const archIds = new Set(listYaml(join(root, ARCHITECTURES_DIR)));
  const journeys: JourneyData[] = [];
  /** Concept id → the maps (by journey slug) of the journeys that place it. */
  const placements = new Map<string, Map<string, SystemMap>>();

  for (const slug of listDirs(root).filter((d) => !NOT_JOURNEYS.has(d))) {
    const dir = join(root, slug);
    if (!existsSync(join(dir, "journey.yaml"))) {
      r.child(dir).at(1, "a journey folder needs a journey.yaml");
      continue;
    }
    const journey = loadJourney(slug, dir, r, { concepts, ids: conceptIds }, placements, archIds);
    if (journey) journeys.push(journey);
  }
  for (const a of architectures) {
    a.flows = journeys.filter((j) => j.architecture === a.id).map((j) => ({ slug: j.slug, title: j.title, pitch: j.pitch }));
  }

  checkConcepts({ concepts, ids: conceptIds }, conceptFronts, placements);
  const content = { journeys, concepts, architectures, problems };
  const publicDir = join(root, "..", "public");
  checkLinks(content, siteOf(content, (path) => !path.includes("..") && isFile(join(publicDir, path))), r);
  return content;
}

function loadJourney(
  slug: string,
  dir: string,
  root: Reporter,
  { concepts, ids: conceptIds }: ConceptIndex,
  placements: Map<string, Map<string, SystemMap>>,
  archIds: ReadonlySet<string>,
): JourneyData | undefined {
  const start = root.count();
  if (!isId(slug)) root.child(dir).at(1, "a journey folder's name is its URL: lowercase words joined by '-'");
  const metaFile = root.child(join(dir, "journey.yaml"));
  const metaSrc = readYaml(join(dir, "journey.yaml"), metaFile);
  const meta = metaSrc && check(JourneyMeta, metaSrc, metaFile);
  if (meta?.architecture && metaSrc && !archIds.has(meta.architecture)) {
    metaFile.at(metaSrc.lineOf(["architecture"]), `architecture '${meta.architecture}' does not exist (no journeys/architectures/${meta.architecture}.yaml)`);
  }
  if (meta && metaSrc && meta.kind === "flow" && !meta.architecture) {
    metaFile.at(metaSrc.lineOf(["kind"]), "a flow needs an architecture: to be listed with");
  }

  const mapFile = root.child(join(dir, "map.yaml"));
  const mapSrc = readYaml(join(dir, "map.yaml"), mapFile);
  const map = mapSrc && readMap(mapSrc, mapFile);
  if (map && mapSrc) checkMap(map, mapSrc, mapFile);

  // Quizzes live in quizzes.yaml, in quizzes/*.yaml, or both (one file per chapter keeps them near their story).
  const quizFiles = [join(dir, "quizzes.yaml"), ...yamlFilesIn(join(dir, "quizzes"))].filter((f) => existsSync(f));
  const { quizzes, known: knownQuizzes } = loadQuizzes(quizFiles, root);

  const reader = createStepReader({
    dir,
    map,
    packet: meta?.packet ?? "",
    conceptIds,
    // A card's nodes must be on the map of every journey that places it (its page draws them
    // there); a flow's map is the architecture's own, so flows may place any card.
    placeConcept: (id) => {
      if (concepts[id] && map && meta?.kind !== "flow") placements.set(id, (placements.get(id) ?? new Map()).set(slug, map));
    },
    quizzes,
    knownQuizzes,
  });

  // Chapters are checked even when journey.yaml or map.yaml is broken, so one run reports
  // everything: without journey.yaml the chapter files are read in name order, and without a
  // map the checks that need one are skipped.
  const chapterDir = join(dir, "chapters");
  const chapterFiles = mdxFilesIn(chapterDir);
  const chapterIds = meta ? meta.chapters : chapterFiles.map((f) => basename(f, ".mdx"));
  const chapterLine = (i: number) => (meta && metaSrc ? metaSrc.lineOf(["chapters", i]) : 1);

  const chapters: ChapterData[] = [];
  const steps: StepData[] = [];
  /** Where each fork is placed: fork id → the step it branches from. */
  const forkPlaced = new Map<string, { step: StepData; at: string }>();
  const forkRefs: ForkRef[] = [];
  let words = 0;
  /** A chapter that cannot be parsed may place quizzes or forks, so "never placed" cannot be told. */
  let unreadable = false;

  const listed = new Set<string>();
  chapterIds.forEach((chapterId, i) => {
    const line = chapterLine(i);
    if (listed.has(chapterId)) {
      metaFile.at(line, `chapter '${chapterId}' is listed twice`);
      return;
    }
    listed.add(chapterId);
    const path = join(chapterDir, `${chapterId}.mdx`);
    if (!isFile(path)) {
      metaFile.at(line, `chapter '${chapterId}' has no file chapters/${chapterId}.mdx`);
      return;
    }
    const file = root.child(path);
    const { outline, front, source } = readSequence(path, file, ChapterFrontmatter, "a chapter");
    words += countWords(source);
    if (!outline.parsed) unreadable = true;

    const firstStep = steps.length;
    for (const s of outline.steps) {
      const step = reader.read(s, file, chapterId, steps.length);
      for (const f of s.forks) forkRefs.push({ id: f.id, report: file, line: f.line });
      if (!step) continue;
      for (const f of s.forks) if (!forkPlaced.has(f.id)) forkPlaced.set(f.id, { step, at: file.where(f.line) });
      steps.push(step);
    }
    if (front) chapters.push({ id: chapterId, ...front, path, firstStep, stepCount: steps.length - firstStep });
  });

  for (const f of chapterFiles) {
    if (!listed.has(basename(f, ".mdx"))) {
      root.child(join(chapterDir, f)).at(1, "this chapter is not listed in journey.yaml's chapters");
    }
  }

  const forks = loadForks(dir, root, reader, forkRefs, forkPlaced, unreadable);
  for (const [id, { line, report }] of quizzes) {
    if (!unreadable && !reader.quizPlaced.has(id)) report.at(line, `quiz '${id}' is never placed with <Quiz id="${id}" />`);
  }

  if (meta && metaSrc && root.count() === start) {
    const sum = totalMs(steps);
    if (sum !== meta.clock) metaFile.at(metaSrc.lineOf(["clock"]), `clock: says ${meta.clock} ms, but the steps' times add up to ${sum} ms`);
  }

  const variations = readOptionalYaml(join(dir, "variations.yaml"), root, (src, r) => checkVariations(src, r, map, steps));
  const lenses = readOptionalYaml(join(dir, "lenses.yaml"), root, (src, r) => checkLenses(src, r, map));

  if (root.count() > start || !meta || !map) return undefined;
  attachInspections(steps, forks);
  for (const step of steps) {
    const here = forks.filter((f) => f.origin === step.index);
    if (here.length > 0) step.forks = here.map((f) => ({ id: f.id, title: f.title }));
  }
  return {
    slug,
    title: meta.title,
    pitch: meta.pitch,
    packet: meta.packet,
    map,
    chapters,
    steps,
    quizzes: Object.fromEntries([...quizzes].map(([id, q]) => [id, q.quiz])),
    clock: meta.clock,
    clockLabel: meta.clockLabel,
    forks,
    variations,
    lenses,
    kind: meta.kind,
    ...(meta.architecture ? { architecture: meta.architecture } : {}),
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

/** A map is written with coordinates, or in lanes (then laid out here); lanes are checked too. */
function readMap(src: Located<unknown>, r: Reporter): SystemMap | undefined {
  const value = src.value;
  if (!(value && typeof value === "object" && "lanes" in value)) return check(SystemMap, src, r);
  const laneMap = check(LaneMap, src, r);
  if (!laneMap) return undefined;
  const lanes = new Set(laneMap.lanes.map((l) => l.id));
  const before = r.count();
  laneMap.nodes.forEach((n, i) => {
    if (!lanes.has(n.lane)) r.at(src.lineOf(["nodes", i, "lane"]), `node '${n.id}' is in lane '${n.lane}', which is not in lanes`);
  });
  return r.count() === before ? layoutLanes(laneMap.lanes, laneMap.nodes, laneMap.edges).map : undefined;
}

function listYaml(dir: string): string[] {
  return isDirectory(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, "")) : [];
}

/** Reads a chapter or fork file: its outline and checked frontmatter. */
function readSequence<F extends z.ZodType>(path: string, r: Reporter, schema: F, what: string) {
  const source = readFileSync(path, "utf8");
  if (source.trim() === "") {
    // Nothing to read: say so, and nothing that follows from it (an unread file may place anything).
    r.at(1, "the file is empty");
    return { outline: { parsed: false, steps: [] } as ChapterOutline, front: undefined, source };
  }
  const code = codeFrontmatter(source);
  // Past a code block the rest of the file cannot be read as the author meant: report that block alone.
  const outline: ChapterOutline = outlineChapter(source, code ? reporter([], r.display, path) : r);
  let front: z.infer<F> | undefined;
  if (code) {
    r.at(1, CODE_FRONTMATTER(code));
  } else if (outline.frontmatter) {
    const fr = r.from(outline.frontmatter.firstLine);
    const fm = parseYaml(outline.frontmatter.text, fr);
    front = fm && check(schema, fm, fr);
  } else if (outline.parsed) {
    r.at(1, "frontmatter with title and summary is required");
  }
  if (outline.steps.length === 0 && !r.hasProblems()) r.at(1, `${what} needs at least one <Step>`);
  return { outline, front, source };
}

/**
 * Failure forks live in `forks/<id>.mdx`, one file each, and are placed with `<Fork id>` in the
 * main-line step they branch from. A fork plays steps of its own and returns to that step; it
 * must ask, in a quiz, what should happen next.
 */
function loadForks(
  dir: string,
  root: Reporter,
  reader: ReturnType<typeof createStepReader>,
  refs: ForkRef[],
  placed: Map<string, { step: StepData; at: string }>,
  unreadable: boolean,
): ForkData[] {
  const forkDir = join(dir, "forks");
  const files = mdxFilesIn(forkDir);
  const ids = new Set(files.map((f) => basename(f, ".mdx")));
  const seen = new Map<string, string>();
  for (const ref of refs) {
    if (!ids.has(ref.id)) ref.report.at(ref.line, `fork '${ref.id}' does not exist (no forks/${ref.id}.mdx)`);
    else if (seen.has(ref.id)) ref.report.at(ref.line, `fork '${ref.id}' is already placed at ${seen.get(ref.id)}: a fork branches off one step`);
    else seen.set(ref.id, ref.report.where(ref.line));
  }
  const forks: ForkData[] = [];
  for (const f of files) {
    const id = basename(f, ".mdx");
    const path = join(forkDir, f);
    const file = root.child(path);
    if (!isId(id)) {
      file.at(1, "a fork's file name is its URL: lowercase words joined by '-'");
      continue;
    }
    const { outline, front } = readSequence(path, file, ForkFrontmatter, "a fork");
    const steps: StepData[] = [];
    for (const s of outline.steps) {
      for (const ref of s.forks) file.at(ref.line, "a fork cannot branch again: place <Fork> in a step of a chapter");
      const step = reader.read(s, file, id, steps.length);
      if (step) steps.push(step);
    }
    if (outline.parsed && outline.steps.length > 0 && !outline.steps.some((s) => s.quizzes.length > 0)) {
      file.at(1, "a fork needs a quiz that asks what should happen next: place one with <Quiz id=\"…\" />");
    }
    const origin = placed.get(id);
    if (!origin && !unreadable && !seen.has(id)) {
      file.at(1, `this fork is never placed: add <Fork id="${id}" /> to the step it branches from`);
    }
    if (front && origin) forks.push({ id, ...front, path, origin: origin.step.index, steps });
  }
  return forks;
}

/** Works out, for every `<Inspect>`, what changed since the previous hop (forks continue from their origin). */
function attachInspections(steps: StepData[], forks: ForkData[]): void {
  const main = inspectSequence(steps.map((s) => ({ id: s.id, ...(s.inspectSource ? { inspect: s.inspectSource } : {}) })));
  const attach = (list: StepData[], inspections: Map<string, NonNullable<StepData["inspect"]>>) => {
    for (const s of list) {
      const i = inspections.get(s.id);
      if (i) s.inspect = i;
      delete s.inspectSource;
    }
  };
  for (const fork of forks) {
    const before = inspectSequence(steps.slice(0, fork.origin + 1).map((s) => ({ id: s.id, ...(s.inspectSource ? { inspect: s.inspectSource } : {}) }))).last;
    attach(fork.steps, inspectSequence(fork.steps.map((s) => ({ id: s.id, ...(s.inspectSource ? { inspect: s.inspectSource } : {}) })), before).inspections);
  }
  attach(steps, main.inspections);
}

function readOptionalYaml<T>(path: string, root: Reporter, read: (src: Located<unknown>, r: Reporter) => T[]): T[] {
  if (!existsSync(path)) return [];
  const r = root.child(path);
  const src = readYaml(path, r);
  return src ? read(src, r) : [];
}

function mdxFilesIn(dir: string): string[] {
  return (isDirectory(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith(".mdx")).sort();
}

function checkMap(map: SystemMap, src: Located<unknown>, r: Reporter): void {
  const ids = new Map<string, number>();
  const groups = new Set<string>();
  map.groups.forEach((g, i) => {
    if (groups.has(g.id)) r.at(src.lineOf(["groups", i]), `group id '${g.id}' is used twice`);
    groups.add(g.id);
  });
  map.nodes.forEach((n, i) => {
    const line = src.lineOf(["nodes", i]);
    if (ids.has(n.id)) r.at(line, `node id '${n.id}' is used twice`);
    ids.set(n.id, i);
    if (n.group && !groups.has(n.group)) r.at(line, `node '${n.id}' is in group '${n.group}', which is not in groups`);
    if (n.x > map.width || n.y > map.height) r.at(line, `node '${n.id}' lies outside the ${map.width} × ${map.height} map`);
  });
  const seen = new Set<string>();
  map.edges.forEach((e, i) => {
    const line = src.lineOf(["edges", i]);
    for (const end of [e.from, e.to]) {
      if (!ids.has(end)) r.at(line, `edge ${e.from} → ${e.to} names node '${end}', which does not exist`);
    }
    const key = [e.from, e.to].sort().join("|");
    if (seen.has(key)) r.at(line, `edge ${e.from} → ${e.to} is listed twice`);
    seen.add(key);
  });
}

type QuizSource = {
  quizzes: Map<string, LoadedQuiz>;
  /** Ids of every quiz in the files, valid or not; undefined when a file cannot be read as a list. */
  known?: Set<string>;
};

function loadQuizzes(paths: string[], root: Reporter): QuizSource {
  const out = new Map<string, LoadedQuiz>();
  const prompts = new Map<string, string>();
  let known: Set<string> | undefined = new Set<string>();
  for (const path of paths) {
    const r = root.child(path);
    const src = readYaml(path, r);
    const list = src && check(z.array(z.unknown(), { error: "must be a list of quizzes" }), src, r);
    if (!src || !list) {
      known = undefined;
      continue;
    }
    for (const q of list) if (known && q && typeof q === "object" && "id" in q && typeof q.id === "string") known.add(q.id);
    list.forEach((_, i) => {
      const quiz = checkItem(Quiz, src, i, "quiz", r);
      if (!quiz) return;
      const line = src.lineOf([i]);
      const twin = out.get(quiz.id);
      if (twin) return r.at(line, `quiz id '${quiz.id}' is used twice (also at ${twin.report.where(twin.line)})`);
      const prompt = quiz.prompt.toLowerCase().replace(/\s+/g, " ");
      const same = prompts.get(prompt);
      if (same) r.at(line, `quiz '${quiz.id}' asks the same question as ${same}`);
      prompts.set(prompt, `'${quiz.id}' (${r.where(line)})`);
      out.set(quiz.id, { quiz, report: r, line });
    });
  }
  return { quizzes: out, known };
}

function yamlFilesIn(dir: string): string[] {
  return isDirectory(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => join(dir, f)) : [];
}

function loadConcepts(dir: string, root: Reporter, fronts: Map<string, Front>, known: Set<string>): Record<string, ConceptData> {
  const out: Record<string, ConceptData> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort()) {
    const path = join(dir, f);
    const file = root.child(path);
    const id = basename(f, ".mdx");
    if (!isId(id)) {
      file.at(1, "a concept's file name is its id: lowercase words joined by '-'");
      continue;
    }
    known.add(id);
    if (!isFile(path)) {
      file.at(1, "a concept card must be a file");
      continue;
    }
    const source = readFileSync(path, "utf8");
    const code = codeFrontmatter(source);
    if (code) {
      file.at(1, CODE_FRONTMATTER(code));
      continue;
    }
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!m) {
      file.at(1, "frontmatter (between --- lines) is required");
      continue;
    }
    const fr = file.from(2);
    const fm = parseYaml(m[1] ?? "", fr);
    const data = fm && check(ConceptFrontmatter, fm, fr);
    // The body is checked even when the frontmatter is not, so one run reports both.
    const body = source.slice(m[0].length);
    const bodyLine = m[0].split("\n").length;
    // The compiler reads a block at the start of the body as front matter too.
    const lead = body.length - body.trimStart().length;
    const bodyCode = codeFrontmatter(body.trimStart());
    if (bodyCode) file.at(bodyLine + (body.slice(0, lead).match(/\n/g)?.length ?? 0), CODE_FRONTMATTER(bodyCode));
    else checkMarkdownBody(body, file.from(bodyLine));
    if (!/^#{2,3}[ \t]+Example\b/m.test(body)) {
      file.at(bodyLine, "a concept card needs a short example under a '## Example' heading (a few lines of code or a concrete scenario)");
    }
    if (!data || !fm) continue;
    out[id] = { ...data, id, path, body: body.trim() };
    fronts.set(id, { src: fm, r: fr });
  }
  return out;
}

function checkConcepts({ concepts, ids }: ConceptIndex, fronts: Map<string, Front>, placements: Map<string, Map<string, SystemMap>>): void {
  for (const c of Object.values(concepts)) {
    const front = fronts.get(c.id);
    if (!front) continue;
    const { src, r } = front;
    c.related.forEach((related, i) => {
      if (!ids.has(related)) r.at(src.lineOf(["related", i]), `related concept '${related}' does not exist`);
      if (related === c.id) r.at(src.lineOf(["related", i]), "a concept cannot be related to itself");
    });
    for (const [slug, map] of placements.get(c.id) ?? []) {
      const ids = new Set(map.nodes.map((n) => n.id));
      c.nodes.forEach((n, i) => {
        if (!ids.has(n)) r.at(src.lineOf(["nodes", i]), `node '${n}' is not on the map of journey '${slug}', which places this card`);
      });
    }
  }
}

/** Reads a YAML file that must exist and hold something; `r` reports for it. */
function readYaml(path: string, r: Reporter): Located<unknown> | undefined {
  if (!isFile(path)) {
    r.at(1, isDirectory(path) ? "is a folder, where a file is expected" : "file is missing");
    return undefined;
  }
  const text = readFileSync(path, "utf8");
  if (text.trim() === "") {
    r.at(1, "the file is empty");
    return undefined;
  }
  return parseYaml(text, r);
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

