/**
 * Spaced-repetition review of concept cards with ts-fsrs. Its own module, so that only the
 * review screen loads the scheduler.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { own } from "./read";
import type { LearnerState, SerializedCard } from "./state";
import { isId, stamp } from "./update";

/** Again, Hard, Good, Easy: the four answers a review can get. */
export type ReviewRating = 1 | 2 | 3 | 4;
const GRADES: Record<ReviewRating, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

// Default FSRS parameters, no fuzz: the same review always gives the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

export function toFsrsCard(card: SerializedCard): Card {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: new Date(due), ...(last_review === undefined ? {} : { last_review: new Date(last_review) }) };
}

export function fromFsrsCard(card: Card): SerializedCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review === undefined ? {} : { last_review: card.last_review.getTime() }),
  };
}

/** Reviews a concept card with FSRS; a card never reviewed before starts as a new one. */
export function reviewCard(state: LearnerState, conceptId: string, rating: ReviewRating, now: number): LearnerState {
  const grade = GRADES[rating];
  if (grade === undefined || !isId(conceptId)) return state;
  now = stamp(now);
  const before = own(state.reviews, conceptId);
  const card = before ? toFsrsCard(before) : createEmptyCard(new Date(now));
  const { card: after } = scheduler.next(card, new Date(now), grade);
  return { ...state, reviews: { ...state.reviews, [conceptId]: fromFsrsCard(after) }, updatedAt: Math.max(state.updatedAt, now) };
}
