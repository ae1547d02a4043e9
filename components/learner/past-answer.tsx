"use client";
import { useState, type MouseEvent, type ReactNode } from "react";
import { useLearnerSelect } from "./learner-store";
import styles from "./past-answer.module.css";

/** A past attempt as the quiz shows it: whether it was right, and what was chosen and why. */
export type PastAttempt = { correct: boolean; detail: ReactNode };

type Props = {
  slug: string | undefined;
  quizId: string;
  /** Answered during this visit: the quiz itself shows that answer, so there is no past to show. */
  answeredHere: boolean;
  /** Puts a stored attempt (written positions) back into the quiz; undefined if it no longer fits. */
  describe: (last: readonly number[]) => PastAttempt | undefined;
};

/**
 * What the learner answered here on an earlier visit: their last attempt, right or not, with the
 * explanations, and a button to answer afresh. Answers kept before attempts were (or that no
 * longer fit an edited quiz) are told in one sentence.
 */
export function PastAnswer({ slug, quizId, answeredHere, describe }: Props) {
  const past = useLearnerSelect(({ state, loaded }) => (slug && loaded ? state.journeys[slug]?.answers[quizId] : undefined));
  const [dismissed, setDismissed] = useState(false);
  if (!past || answeredHere || dismissed) return null;

  const tries = `${past.tries} ${past.tries === 1 ? "try" : "tries"}`;
  const attempt = past.last ? describe(past.last) : undefined;
  const retry = (e: MouseEvent<HTMLButtonElement>) => {
    const first = e.currentTarget.closest("form")?.querySelector<HTMLElement>("input, li[data-item] button");
    setDismissed(true);
    first?.focus();
  };

  let headline: string;
  if (!attempt) headline = past.correct ? `You answered this one right before (${tries}).` : "You tried this one before.";
  else if (attempt.correct) headline = `Your last answer was right (${tries} in all).`;
  else if (past.correct) headline = `You answered this one right before, but your last answer was not (${tries} in all).`;
  else headline = `Your last answer was not right yet (${tries} in all).`;

  return (
    <div className={styles.quizPast} data-past-answer={past.correct ? "right" : "tried"} data-last={attempt ? (attempt.correct ? "right" : "wrong") : undefined}>
      <p>{headline}</p>
      {attempt?.detail}
      <button type="button" className={styles.quizRetry} onClick={retry}>
        Try again
      </button>
    </div>
  );
}
