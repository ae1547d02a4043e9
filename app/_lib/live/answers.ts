/**
 * A live quiz's answers: whether one fits the quiz that is open, and the room's tally, kept up
 * to date one answer at a time so a thousand answers cost a thousand small steps, not a
 * thousand recounts. Options and items are addressed by their position as written, as in
 * app/_lib/quiz/score.ts.
 */
import type { Answer, LiveQuiz, Tally } from "./events";

/** An answer that fits (tidied), or a sentence saying why it does not. */
export type Checked = { ok: true; answer: Answer } | { ok: false; problem: string };

/** Whether a quiz of `kind` takes an order of its items rather than a choice of options. */
export function isOrdering(quiz: Pick<LiveQuiz, "kind">): boolean {
  return quiz.kind === "ordering";
}

/** The first position in `list` that is not a whole number from 0 to n-1, or -1. */
function outOfRange(list: readonly number[], n: number): number {
  return list.findIndex((i) => !Number.isInteger(i) || i < 0 || i >= n);
}

/** The first position in `list` that repeats an earlier one, or -1. */
function repeated(list: readonly number[]): number {
  return list.findIndex((value, i) => list.indexOf(value) !== i);
}

/**
 * An answer checked against `quiz`: single and next-hop take one option, multiple takes one or
 * more different options, ordering takes every item once. Choices come back sorted, so two
 * answers that choose the same options are the same answer.
 */
export function checkAnswer(quiz: LiveQuiz, answer: Answer): Checked {
  const n = quiz.optionCount;
  if (isOrdering(quiz)) {
    if (!("order" in answer)) return { ok: false, problem: `quiz '${quiz.id}' asks for an order of its items, not a choice` };
    const { order } = answer;
    if (order.length !== n) return { ok: false, problem: `the order lists ${order.length} items where quiz '${quiz.id}' has ${n}` };
    const bad = outOfRange(order, n);
    if (bad >= 0) return { ok: false, problem: `order[${bad}] is ${order[bad]}, not an item of quiz '${quiz.id}' (0 to ${n - 1})` };
    const twice = repeated(order);
    if (twice >= 0) return { ok: false, problem: `order[${twice}] lists item ${order[twice]} a second time` };
    return { ok: true, answer: { order: [...order] } };
  }
  if (!("choices" in answer)) return { ok: false, problem: `quiz '${quiz.id}' asks for a choice of options, not an order` };
  const { choices } = answer;
  if (choices.length === 0) return { ok: false, problem: "no option is chosen" };
  if (quiz.kind !== "multiple" && choices.length > 1) return { ok: false, problem: `quiz '${quiz.id}' takes one option, and ${choices.length} are chosen` };
  const bad = outOfRange(choices, n);
  if (bad >= 0) return { ok: false, problem: `choices[${bad}] is ${choices[bad]}, not an option of quiz '${quiz.id}' (0 to ${n - 1})` };
  const twice = repeated(choices);
  if (twice >= 0) return { ok: false, problem: `choices[${twice}] chooses option ${choices[twice]} a second time` };
  return { ok: true, answer: { choices: [...choices].sort((a, b) => a - b) } };
}

/** A tally with nobody counted yet. */
export function emptyTally(quiz: LiveQuiz): Tally {
  const n = quiz.optionCount;
  if (isOrdering(quiz)) return { kind: "order", answered: 0, places: Array.from({ length: n }, () => new Array<number>(n).fill(0)) };
  return { kind: "choices", answered: 0, counts: new Array<number>(n).fill(0) };
}

/**
 * `tally` with one checked answer added (`by` 1) or taken away (`by` -1): how a changed answer
 * replaces the one before it. A new tally; the one given is left as it was.
 */
export function count(tally: Tally, answer: Answer, by: 1 | -1): Tally {
  const answered = tally.answered + by;
  if (tally.kind === "order" && "order" in answer) {
    const places = tally.places.map((row) => [...row]);
    answer.order.forEach((item, position) => {
      const row = places[position];
      if (row && item < row.length) row[item] = (row[item] ?? 0) + by;
    });
    return { kind: "order", answered, places };
  }
  if (tally.kind === "choices" && "choices" in answer) {
    const counts = [...tally.counts];
    for (const option of answer.choices) if (option < counts.length) counts[option] = (counts[option] ?? 0) + by;
    return { kind: "choices", answered, counts };
  }
  return tally;
}
