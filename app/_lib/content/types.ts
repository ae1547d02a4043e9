/**
 * What the loader hands over: the data types of journeys, chapters, steps, forks, concept cards
 * and architectures. Types only, and only type imports, so browser code can import them from
 * here without pulling in the loader, zod or node:fs.
 */
import type { Laid } from "../architecture/layout";
import type { StageStep } from "../journey/stage";
import type { Problem } from "./problems";
import type { Architecture, ArchitectureGuide, ArchitectureNode, ConceptFrontmatter, Lens, Quiz, SystemMap, Variation } from "./schema";

/** A step as loaded: what the stage draws, plus what only the server needs. */
export type StepData = StageStep & {
  /** The chapter (or fork) the step is written in; the browser finds it from the chapters' ranges. */
  chapterId: string;
  /** Position in its sequence (the journey's main line, or its fork), from 0. */
  index: number;
  ms: number;
  span: string;
  concepts: string[];
  quizzes: string[];
  /** Ids of the failure forks placed in this step. */
  forkIds: string[];
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

/** A failure fork: steps of their own that branch off one step of the main line and come back to it. */
export type ForkData = {
  id: string;
  title: string;
  summary: string;
  /** Absolute path of the MDX file, for the compiler. */
  path: string;
  /** Index of the main-line step it branches from (and returns to). */
  origin: number;
  /** Its steps, indexed from 0 within the fork. */
  steps: StepData[];
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
  /** The journey's clock at the end, as journey.yaml states it (checked: the sum of every step's time). */
  clock: number;
  /** What the stage calls the clock (journey.yaml's `clockLabel`). */
  clockLabel: string;
  /** What pages call the request the journey follows, inside a sentence (journey.yaml's `requestName`). */
  requestName: string;
  forks: ForkData[];
  variations: Variation[];
  lenses: Lens[];
  /** A journey, or a flow that plays one flow of an architecture (listed with it, not on the home page). */
  kind: "journey" | "flow";
  architecture?: string;
  /** Reading time in minutes: journey.yaml's `readingMinutes`, or estimated from the narration. */
  minutes: number;
  /** Where each concept card the journey places sits on its map, by card id. */
  cards: Record<string, CardPlace>;
};

/** Where a shared concept card sits on one journey's map, and why it matters there if the journey says. */
export type CardPlace = {
  /** Node ids of the journey's map (for a flow, only those of the card's default that are on it). */
  nodes: string[];
  /** The journey's own `why` (`<Concept why="…">`); the card's `why` otherwise. */
  why?: string;
};

export type ConceptData = ConceptFrontmatter & { id: string; path: string; body: string };

export type NodeDetails = Pick<ArchitectureNode, "label" | "layer" | "owns" | "why" | "without" | "tools" | "concepts">;

export type ArchitectureData = {
  id: string;
  title: string;
  purpose: string;
  summary: string;
  aka: string[];
  compare: Architecture["compare"];
  /** The map as drawn with no variation on (places kept free for the nodes variations add). */
  map: Laid;
  /** What each node is for, variations' nodes included. */
  details: Record<string, NodeDetails>;
  request: { title: string; steps: StageStep[] };
  /** Ready for `applyVariations`: added nodes carry their places on the map. */
  variations: Variation[];
  code: Architecture["code"];
  /** Notes below the map: limits, costs, tables, tips. */
  sections: Architecture["sections"];
  /** Flows (short journeys) that play on this architecture. */
  flows: { slug: string; title: string; pitch: string }[];
  path: string;
};

/** Everything under a content root that loaded, and every problem found on the way. */
/** One stop on the path through the architectures, from the simplest to the most complex. */
export type PathStop = { id: string; title: string; adds: string };

/** The path through the architectures and the tips for adapting them (empty without architecture-guide.yaml). */
export type ArchitectureGuideData = { path: PathStop[]; tips: ArchitectureGuide["tips"] };

export type Content = {
  journeys: JourneyData[];
  concepts: Record<string, ConceptData>;
  architectures: ArchitectureData[];
  /** Every architecture once, simplest first, and tips for adapting them. */
  architectureGuide: ArchitectureGuideData;
  problems: Problem[];
};
