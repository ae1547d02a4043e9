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
