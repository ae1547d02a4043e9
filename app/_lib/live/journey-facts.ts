/**
 * What the live handlers need to know of a journey, taken from its loaded content: how many
 * steps the instructor can go to, and each quiz placed in it with its kind and option count,
 * so an open-quiz command is checked against what the journey really asks.
 */
import type { QuizKind } from "../content/schema-quiz";
import type { JourneyData } from "../content/types";
import type { JourneyFacts } from "./http";

/** The main line's step count, and every quiz placed on a step of the main line or a fork (an ordering counts its items). */
export function journeyFacts(journey: JourneyData): JourneyFacts {
  const quizzes = new Map<string, { kind: QuizKind; optionCount: number }>();
  const steps = [...journey.steps, ...journey.forks.flatMap((fork) => fork.steps)];
  for (const id of steps.flatMap((step) => step.quizzes)) {
    const quiz = journey.quizzes[id];
    if (quiz) quizzes.set(id, { kind: quiz.kind, optionCount: quiz.kind === "ordering" ? quiz.items.length : quiz.options.length });
  }
  return { stepCount: journey.steps.length, quizzes };
}
