/**
 * Quiz answers and feedback, apart from React. Options and items are addressed by their
 * position in the quiz as written.
 */
import type { Quiz } from "../content/schema";

/** Quizzes answered by choosing options: single, multiple and next-hop. */
export type ChoiceQuiz = Exclude<Quiz, { kind: "ordering" }>;
export type OrderingQuiz = Extract<Quiz, { kind: "ordering" }>;

export type QuizResult = {
  correct: boolean;
  /** One entry per chosen option: was it right, and why. */
  feedback: { option: number; correct: boolean; why: string }[];
  /** Right options the reader did not choose (multiple choice: "you missed one"). */
  missed: number;
};

/** What choosing needs to know of a quiz's options (next-hop options as well as plain ones). */
type Choosable = { options: readonly { correct: boolean; why: string }[] };

export function correctOptions(quiz: Choosable): number[] {
  return quiz.options.flatMap((o, i) => (o.correct ? [i] : []));
}

export function scoreAnswer(quiz: Choosable, chosen: readonly number[]): QuizResult {
  const valid = [...new Set(chosen)].filter((i) => i >= 0 && i < quiz.options.length).sort((a, b) => a - b);
  const right = correctOptions(quiz);
  const correct = valid.length === right.length && valid.every((i, k) => right[k] === i);
  return {
    correct,
    feedback: valid.map((i) => ({ option: i, correct: quiz.options[i]?.correct ?? false, why: quiz.options[i]?.why ?? "" })),
    missed: right.filter((i) => !valid.includes(i)).length,
  };
}

export type OrderResult = {
  correct: boolean;
  /** How many items sit in their right place. */
  inPlace: number;
  /** For each position of the reader's order: the item there and whether it belongs there. */
  places: { item: number; correct: boolean }[];
};

/** Scores an ordering: `order` lists item indices (as written, i.e. in the right order) in the reader's order. */
export function scoreOrder(quiz: { items: readonly unknown[] }, order: readonly number[]): OrderResult {
  const n = quiz.items.length;
  const complete = order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
  const places = order.map((item, position) => ({ item, correct: complete && item === position }));
  const inPlace = places.filter((p) => p.correct).length;
  return { correct: complete && inPlace === n, inPlace, places };
}

/**
 * A shuffle of 0…n-1 that depends only on `seed`: the same on the server, in the browser, in
 * the presenter and in print, so there is no hydration mismatch and every view agrees.
 */
export function seededOrder(seed: string, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = 0;
  for (const ch of seed) state = (Math.imul(state, 31) + ch.charCodeAt(0)) >>> 0;
  const next = () => {
    // mulberry32: small, fast, good enough to shuffle a handful of items
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The order an ordering quiz starts in: shuffled by its id, and never already solved. */
export function startingOrder(quizId: string, n: number): number[] {
  const order = seededOrder(quizId, n);
  // A shuffle that lands on the answer would give it away: rotate by one instead.
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/**
 * A choice quiz's options in the order readers see them (and letter them): shuffled by the
 * quiz's id, so where the author wrote the right answer gives nothing away.
 */
export function shownOptions<T>(quiz: { id: string; options: readonly T[] }): T[] {
  return shownOrder(quiz.id, quiz.options.length).map((i) => quiz.options[i]!);
}

/** For each position shown, the option's position as written. */
export function shownOrder(quizId: string, n: number): number[] {
  return seededOrder(`options:${quizId}`, n);
}

/**
 * A past attempt at a choice quiz, kept as written positions, put back in the positions shown
 * (`options` are the shown ones) and scored; undefined when it no longer fits the quiz (its
 * options were edited since).
 */
export function pastChoice(quiz: Choosable & { id: string }, written: readonly number[]): QuizResult | undefined {
  const order = shownOrder(quiz.id, quiz.options.length);
  const shown = written.map((w) => order.indexOf(w));
  if (shown.length === 0 || shown.some((i) => i < 0) || new Set(shown).size !== shown.length) return undefined;
  return scoreAnswer(quiz, shown);
}

/** A past attempt at an ordering quiz, scored; undefined when it is not an order of its items. */
export function pastOrder(quiz: { items: readonly unknown[] }, order: readonly number[]): OrderResult | undefined {
  const n = quiz.items.length;
  if (order.length !== n || new Set(order).size !== n || !order.every((i) => Number.isInteger(i) && i >= 0 && i < n)) return undefined;
  return scoreOrder(quiz, order);
}

/** Moves the item at `from` to `to` in an order (used by the up/down buttons and keys). */
export function moveItem(order: readonly number[], from: number, to: number): number[] {
  if (from === to || from < 0 || to < 0 || from >= order.length || to >= order.length) return [...order];
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
