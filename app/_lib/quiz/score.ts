/** Quiz answers and feedback, apart from React. Options are addressed by their position. */
import type { Quiz } from "../content/schema";

export type QuizResult = {
  correct: boolean;
  /** One entry per chosen option: was it right, and why. */
  feedback: { option: number; correct: boolean; why: string }[];
};

export function correctOptions(quiz: Quiz): number[] {
  return quiz.options.flatMap((o, i) => (o.correct ? [i] : []));
}

export function scoreAnswer(quiz: Quiz, chosen: readonly number[]): QuizResult {
  const valid = [...new Set(chosen)].filter((i) => i >= 0 && i < quiz.options.length).sort((a, b) => a - b);
  const right = correctOptions(quiz);
  const correct = valid.length === right.length && valid.every((i, k) => right[k] === i);
  return {
    correct,
    feedback: valid.map((i) => ({ option: i, correct: quiz.options[i]?.correct ?? false, why: quiz.options[i]?.why ?? "" })),
  };
}

/** Share of quizzes answered right, as a whole percentage (0 when there are none). */
export function scorePercent(results: readonly { correct: boolean }[]): number {
  if (results.length === 0) return 0;
  return Math.round((100 * results.filter((r) => r.correct).length) / results.length);
}
