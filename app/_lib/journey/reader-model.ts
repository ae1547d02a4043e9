/**
 * What the browser gets of a journey: the map and, per step, only what the stage draws.
 * Narration is rendered on the server; speaker notes and quiz placement never leave it.
 * What the stage says at a step (its caption, its packet's label, a next-hop question, the
 * inspector's payloads, the forks offered) travels only for the page's own steps: the others need
 * only what the clock, the lenses and the variations read (path, focus, time, span). A page that
 * shows more than its own steps says so (`Whole`); the stage's trace waterfall, opened on demand,
 * gets the other steps' packets with the menus' prose (`ViewText`).
 */
import type { JourneyData, StepData } from "../content/types";
import type { Lens, SystemMap, Variation } from "../content/schema";
import { clockAt } from "./clock";
import type { LensShape } from "./lenses";
import { isOnPage, journeyHref, stepHref } from "./pages";
import type { StageStep } from "./stage";
import type { VariationChange } from "./variations";

export type ReaderChapter = { id: string; title: string; firstStep: number; stepCount: number };

/** A failure fork's page: where it branched off, to go back to. */
export type ReaderFork = { id: string; title: string; summary: string; origin: { id: string; href: string; number: number } };

export type ReaderModel = {
  slug: string;
  title: string;
  map: SystemMap;
  /** Every step of the sequence (indexes are global to it); this page's narration holds `page`'s. Steps on other pages have an empty caption and packet, unless `Whole` asked for them. */
  steps: StageStep[];
  chapters: ReaderChapter[];
  /** The chapter this page shows, as a position in `chapters`. */
  page: number;
  /** The journey's clock before the first step: 0 on the main line, where the fork branched off on a fork's page. */
  clockBase: number;
  /** What the clock is called. */
  clockLabel: string;
  /** What the request the journey follows is called, inside a sentence. */
  requestName: string;
  /** The variations and lenses without their prose: that is `ViewText`, fetched when a menu opens or a lens is on. */
  variations: VariationChange[];
  lenses: LensShape[];
  /** Set on a failure fork's page. */
  fork?: ReaderFork;
};

/**
 * What a page shows of the steps beyond its own: everything the stage says (caption, packet
 * label, next-hop question) for presenter mode, whose one page plays the whole journey; or every
 * packet's label, for a chapter that draws the whole journey as a trace in its narration.
 */
export type Whole = { stage?: boolean; packets?: boolean };

export function toStageStep(s: StepData, onPage: boolean, whole: Whole): StageStep {
  const { id, path, branches, focus, packet, caption, ms, span, predict, inspect, forks } = s;
  return {
    id,
    path,
    ...(branches ? { branches } : {}),
    focus,
    packet: onPage || whole.stage || whole.packets ? packet : "",
    caption: onPage || whole.stage ? caption : "",
    ms,
    ...(span !== path[path.length - 1] ? { span } : {}),
    ...((onPage || whole.stage) && predict ? { predict } : {}),
    ...(onPage && inspect ? { inspect } : {}),
    ...(onPage && forks ? { forks } : {}),
  };
}

export function toReaderModel(journey: JourneyData, page = 0, whole: Whole = {}): ReaderModel {
  const chapter = journey.chapters[page];
  const onPage = (i: number) => !!chapter && isOnPage(chapter, i);
  return {
    page,
    slug: journey.slug,
    title: journey.title,
    map: journey.map,
    steps: journey.steps.map((s) => toStageStep(s, onPage(s.index), whole)),
    chapters: journey.chapters.map(({ id, title, firstStep, stepCount }) => ({ id, title, firstStep, stepCount })),
    clockBase: 0,
    clockLabel: journey.clockLabel,
    requestName: journey.requestName,
    variations: journey.variations.map(variationChange),
    lenses: journey.lenses.map(lensShape),
  };
}

/** A failure fork's page: its own steps, the clock carried over from the step it branches off. */
export function toForkModel(journey: JourneyData, forkId: string): ReaderModel | undefined {
  const fork = journey.forks.find((f) => f.id === forkId);
  if (!fork) return undefined;
  const origin = journey.steps[fork.origin]!;
  return {
    page: 0,
    slug: journey.slug,
    title: journey.title,
    map: journey.map,
    steps: fork.steps.map((s) => toStageStep(s, true, {})),
    chapters: [{ id: fork.id, title: fork.title, firstStep: 0, stepCount: fork.steps.length }],
    clockBase: fork.origin > 0 ? clockAt(journey.steps, fork.origin - 1).elapsed : 0,
    clockLabel: journey.clockLabel,
    requestName: journey.requestName,
    // Variations change main-line steps; a fork tells its own story.
    variations: [],
    lenses: journey.lenses.map(lensShape),
    fork: {
      id: fork.id,
      title: fork.title,
      summary: fork.summary,
      origin: { id: origin.id, href: stepHref(journey.slug, journey.chapters, journey.steps, fork.origin) ?? journeyHref(journey.slug), number: fork.origin + 1 },
    },
  };
}

function variationChange({ summary: _summary, buys: _buys, costs: _costs, ...change }: Variation): VariationChange {
  return change;
}

function lensShape({ id, label, waterfall, nodes }: Lens): LensShape {
  return { id, label, waterfall, nodes: nodes.map(({ node }) => ({ node })) };
}

/**
 * The prose of a journey's view menus: what each lens is about and sees at each node, what each
 * variation is, buys and costs; and every main-line step's packet label, for the stage's trace
 * waterfall (a lens may open it), which names every step. Read only once a reader opens a menu or
 * turns a lens on, so the pages carry none of it (`/journeys/<slug>/view.json`).
 */
export type ViewText = {
  lenses: Record<string, { summary: string; why: Record<string, string> }>;
  variations: Record<string, { summary: string; buys: string; costs: string }>;
  packets: Record<string, string>;
};

export function viewText(journey: Pick<JourneyData, "lenses" | "variations" | "steps">): ViewText {
  return {
    packets: Object.fromEntries(journey.steps.map((s) => [s.id, s.packet])),
    lenses: Object.fromEntries(journey.lenses.map((l) => [l.id, { summary: l.summary, why: Object.fromEntries(l.nodes.map((n) => [n.node, n.why])) }])),
    variations: Object.fromEntries(journey.variations.map((v) => [v.id, { summary: v.summary, buys: v.buys, costs: v.costs }])),
  };
}

/** `steps` with the packet labels their page left out filled in from `packets` (`ViewText`'s), once it has come. */
export function withPackets<S extends { id: string; packet: string }>(steps: readonly S[], packets: Readonly<Record<string, string>> | undefined): readonly S[] {
  if (!packets) return steps;
  return steps.map((s) => (s.packet === "" && packets[s.id] ? { ...s, packet: packets[s.id]! } : s));
}
