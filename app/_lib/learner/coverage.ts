/**
 * What the learner has covered, computed from their state and a small index of the content:
 * how much of each layer they have walked through, and how well they know each concept, counted
 * across every journey. Pure and zod-free, so the progress page computes it in the browser.
 */
import type { LearnerState, SerializedCard } from "./state";
import { own } from "./read";

/** A step as coverage sees it: the layers its hops touch, the cards and quizzes it carries. */
export type CoverageStep = { id: string; layers: readonly string[]; concepts: readonly string[]; quizzes: readonly string[] };
export type CoverageJourney = { slug: string; title: string; steps: readonly CoverageStep[] };

export type LayerCoverage = { layer: string; seen: number; total: number; percent: number };

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 100);
}

/**
 * Per layer, in the order given: steps touching it that the learner has seen, of all steps
 * touching it, over every journey. A step that crosses two layers counts for both. Layers no
 * step touches are left out.
 */
export function layerCoverage(state: LearnerState, journeys: readonly CoverageJourney[], layers: readonly string[]): LayerCoverage[] {
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const j of journeys) {
    const seenHere = own(state.journeys, j.slug)?.seen ?? {};
    for (const step of j.steps) {
      const wasSeen = own(seenHere, step.id) !== undefined;
      for (const layer of new Set(step.layers)) {
        total.set(layer, (total.get(layer) ?? 0) + 1);
        if (wasSeen) seen.set(layer, (seen.get(layer) ?? 0) + 1);
      }
    }
  }
  return layers
    .filter((layer) => (total.get(layer) ?? 0) > 0)
    .map((layer) => {
      const s = seen.get(layer) ?? 0;
      const t = total.get(layer) ?? 0;
      return { layer, seen: s, total: t, percent: percent(s, t) };
    });
}

/**
 * How well a concept is known, from nothing to remembered:
 * 0 not met yet; 1 met (a step carrying it was seen); 2 practised (a quiz on such a step was
 * answered right); 3 remembered (its card was reviewed and is not due again yet, and the last
 * review was not "Again").
 */
export type MasteryLevel = 0 | 1 | 2 | 3;
export const MASTERY_LABELS: Record<MasteryLevel, string> = { 0: "not met yet", 1: "met", 2: "practised", 3: "remembered" };

export type ConceptMastery = {
  id: string;
  stepsSeen: number;
  steps: number;
  quizzesRight: number;
  quizzes: number;
  level: MasteryLevel;
};

/** ts-fsrs's state for a card in review (not new, learning or relearning after "Again"). */
const IN_REVIEW = 2;

function remembered(card: SerializedCard | undefined, now: number): boolean {
  return card !== undefined && card.state === IN_REVIEW && card.due > now;
}

/** Mastery of each concept in `conceptIds`, counted over every journey that carries it. */
export function conceptMastery(state: LearnerState, journeys: readonly CoverageJourney[], conceptIds: readonly string[], now: number): ConceptMastery[] {
  const tally = new Map<string, { stepsSeen: number; steps: number; quizzesRight: number; quizzes: number }>(
    conceptIds.map((id) => [id, { stepsSeen: 0, steps: 0, quizzesRight: 0, quizzes: 0 }]),
  );
  for (const j of journeys) {
    const progress = own(state.journeys, j.slug);
    for (const step of j.steps) {
      const seen = progress !== undefined && own(progress.seen, step.id) !== undefined;
      const right = step.quizzes.filter((q) => (progress ? own(progress.answers, q)?.correct === true : false)).length;
      for (const id of new Set(step.concepts)) {
        const t = tally.get(id);
        if (!t) continue;
        t.steps += 1;
        if (seen) t.stepsSeen += 1;
        t.quizzes += step.quizzes.length;
        t.quizzesRight += right;
      }
    }
  }
  return conceptIds.map((id) => {
    const t = tally.get(id)!;
    const level: MasteryLevel = remembered(own(state.reviews, id), now) ? 3 : t.quizzesRight > 0 ? 2 : t.stepsSeen > 0 ? 1 : 0;
    return { id, ...t, level };
  });
}
