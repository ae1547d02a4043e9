/**
 * One journey: its folder holds journey.yaml, map.yaml, quizzes, chapters, failure forks and,
 * optionally, variations.yaml and lenses.yaml. Every part is checked, even when another is
 * broken, so one run reports everything; a journey with any problem is not handed over.
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { totalMs } from "../journey/clock";
import type { InspectSource } from "../journey/inspect";
import { inspectSequence } from "./inspect-diff";
import { readYaml } from "./files";
import { isId } from "./ids";
import { readChapters } from "./load-chapters";
import { cardPlaces } from "./card-places";
import type { ConceptIndex } from "./load-concepts";
import { loadForks, type ReadFork } from "./load-forks";
import { loadQuizzes } from "./load-quizzes";
import { readMap } from "./map-checks";
import type { Reporter } from "./reporter";
import { JourneyMeta } from "./schema";
import { createStepReader, type ReadStep } from "./steps";
import type { ForkData, JourneyData, StepData } from "./types";
import { checkLenses, checkVariations, mapUsers } from "./variations-lenses";
import { check, type Located } from "./yaml-source";

const WORDS_PER_MINUTE = 200;

/** What a journey is checked against. */
export type JourneyContext = {
  concepts: ConceptIndex;
  /** Ids of the architectures a flow may belong to. */
  architectureIds: ReadonlySet<string>;
};

/** Loads the journey in `dir` (its folder name is its slug); undefined when it has any problem. */
export function loadJourney(dir: string, root: Reporter, { concepts, architectureIds }: JourneyContext): JourneyData | undefined {
  const start = root.count();
  const slug = basename(dir);
  if (!isId(slug)) root.child(dir).at(1, "a journey folder's name is its URL: lowercase words joined by '-'");
  const metaFile = root.child(join(dir, "journey.yaml"));
  const metaSrc = readYaml(join(dir, "journey.yaml"), metaFile);
  const meta = metaSrc && readMeta(metaSrc, metaFile, architectureIds);

  const mapFile = root.child(join(dir, "map.yaml"));
  const mapSrc = readYaml(join(dir, "map.yaml"), mapFile);
  const map = mapSrc && readMap(mapSrc, mapFile);
  const { quizzes, known: knownQuizzes } = loadQuizzes(dir, root);
  // Each journey says where the shared cards sit on its own map (see card-places).
  const cards = cardPlaces(concepts.concepts, map, meta?.kind === "flow");

  const reader = createStepReader({
    dir,
    map,
    packet: meta?.packet ?? "",
    conceptIds: concepts.ids,
    placeConcept: (ref, r) => {
      if (concepts.concepts[ref.id]) cards.place(ref, r);
    },
    quizzes,
    knownQuizzes,
  });

  // Chapters are read even when journey.yaml or map.yaml is broken, so one run reports
  // everything; without a map, the checks that need one are skipped.
  const list = meta && metaSrc ? { ids: meta.chapters, lineOf: (i: number) => metaSrc.lineOf(["chapters", i]) } : undefined;
  const read = readChapters(dir, root, metaFile, list, reader);
  const forks = loadForks(dir, root, reader, read);
  const placed = cards.finish();
  for (const [id, { line, report }] of quizzes) {
    if (!read.unreadable && !reader.quizPlaced.has(id)) report.at(line, `quiz '${id}' is never placed with <Quiz id="${id}" />`);
  }

  if (meta && metaSrc && root.count() === start) {
    const sum = totalMs(read.steps);
    if (sum !== meta.clock) metaFile.at(metaSrc.lineOf(["clock"]), `clock: says ${meta.clock} ms, but the steps' times add up to ${sum} ms`);
  }

  const lenses = readOptionalYaml(join(dir, "lenses.yaml"), root, (src, r) => checkLenses(src, r, map));
  // A chapter that cannot be parsed hides which steps exist: the variations are then checked
  // against the map alone, so its one syntax error is not followed by problems that come from it.
  const steps = read.unreadable ? undefined : read.steps;
  const users = mapUsers(forks, lenses);
  const variations = readOptionalYaml(join(dir, "variations.yaml"), root, (src, r) => checkVariations(src, r, map, steps, { unread: reader.unread, users }));

  if (root.count() > start || !meta || !map) return undefined;
  const finished = finishSequences(read.steps, forks);
  return {
    slug,
    title: meta.title,
    pitch: meta.pitch,
    packet: meta.packet,
    map,
    chapters: read.chapters,
    steps: finished.steps,
    quizzes: Object.fromEntries([...quizzes].map(([id, q]) => [id, q.quiz])),
    clock: meta.clock,
    clockLabel: meta.clockLabel,
    requestName: meta.requestName,
    forks: finished.forks,
    variations,
    lenses,
    kind: meta.kind,
    ...(meta.architecture ? { architecture: meta.architecture } : {}),
    minutes: meta.readingMinutes ?? Math.max(1, Math.round(read.words / WORDS_PER_MINUTE)),
    cards: placed,
  };
}

/** Checks journey.yaml against its schema: an architecture it names must exist, and a flow must name one. */
function readMeta(src: Located<unknown>, r: Reporter, architectureIds: ReadonlySet<string>): JourneyMeta | undefined {
  const meta = check(JourneyMeta, src, r);
  if (meta?.architecture && !architectureIds.has(meta.architecture)) {
    r.at(src.lineOf(["architecture"]), `architecture '${meta.architecture}' does not exist (no journeys/architectures/${meta.architecture}.yaml)`);
  }
  if (meta && meta.kind === "flow" && !meta.architecture) r.at(src.lineOf(["kind"]), "a flow needs an architecture: to be listed with");
  return meta;
}

type Inspections = ReadonlyMap<string, NonNullable<StepData["inspect"]>>;

/**
 * The main line and the forks as handed over, each step built once: with its inspection (what
 * changed since the previous hop; a fork continues from its origin) and the forks that branch
 * off it, without the `<Inspect>` as written.
 */
function finishSequences(steps: ReadStep[], forks: ReadFork[]): { steps: StepData[]; forks: ForkData[] } {
  const main = inspectSequence(steps.map(inspectable)).inspections;
  return {
    steps: steps.map((s) => finishStep(s, main, forks.filter((f) => f.origin === s.index))),
    forks: forks.map((fork) => {
      const before = inspectSequence(steps.slice(0, fork.origin + 1).map(inspectable)).last;
      const own = inspectSequence(fork.steps.map(inspectable), before).inspections;
      return { ...fork, steps: fork.steps.map((s) => finishStep(s, own, [])) };
    }),
  };
}

function inspectable(s: ReadStep): { id: string; inspect?: InspectSource } {
  return { id: s.id, ...(s.inspectSource ? { inspect: s.inspectSource } : {}) };
}

function finishStep({ inspectSource: _written, ...step }: ReadStep, inspections: Inspections, branches: readonly ReadFork[]): StepData {
  const inspect = inspections.get(step.id);
  return {
    ...step,
    ...(inspect ? { inspect } : {}),
    ...(branches.length > 0 ? { forks: branches.map((f) => ({ id: f.id, title: f.title })) } : {}),
  };
}

/** Reads a YAML file the journey may leave out; `read` checks it. */
function readOptionalYaml<T>(path: string, root: Reporter, read: (src: Located<unknown>, r: Reporter) => T[]): T[] {
  if (!existsSync(path)) return [];
  const r = root.child(path);
  const src = readYaml(path, r);
  return src ? read(src, r) : [];
}
