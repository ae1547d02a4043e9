"use client";
import { useLearnerSelect } from "./learner-store";

type Props = { slug: string | undefined; quizId: string };

/** What the learner answered here before, so a returning reader sees their record. */
export function PastAnswer({ slug, quizId }: Props) {
  const past = useLearnerSelect(({ state, loaded }) => (slug && loaded ? state.journeys[slug]?.answers[quizId] : undefined));
  if (!past) return null;
  return (
    <p className="quiz-past" data-past-answer={past.correct ? "right" : "tried"}>
      {past.correct ? `You answered this one right before (${past.tries} ${past.tries === 1 ? "try" : "tries"}).` : "You tried this one before."}
    </p>
  );
}
