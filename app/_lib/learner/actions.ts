/**
 * What a page can ask of the learner's state, as plain data. The browser store loads this
 * module (small: no zod, no ts-fsrs) on the first change, with what it needs to write the
 * result and merge other tabs' copies (`encode`, `merge`), so that is one file to fetch; a
 * review also needs the scheduler, which the store loads only then and passes in.
 */
import type { LearnerState } from "./state";
import type { ReviewRating } from "./review";
import { markSeen, merge, recordAnswer, setCurrent, toggleBookmark } from "./update";

export { encode, merge } from "./update";

export type LearnerAction =
  | { type: "seen"; slug: string; stepId: string }
  /** `chosen`: the options chosen, or the order given, as written positions. */
  | { type: "answer"; slug: string; quizId: string; correct: boolean; chosen?: readonly number[] }
  | { type: "bookmark"; conceptId: string }
  | { type: "review"; conceptId: string; rating: ReviewRating }
  /** Merges another copy of the state in (an imported file): nothing the learner has here is lost. */
  | { type: "merge"; state: LearnerState };

export type Reviewer = (state: LearnerState, conceptId: string, rating: ReviewRating, now: number) => LearnerState;

export function applyAction(state: LearnerState, action: LearnerAction, now: number, review?: Reviewer): LearnerState {
  switch (action.type) {
    case "seen":
      return setCurrent(markSeen(state, action.slug, action.stepId, now), action.slug, action.stepId, now);
    case "answer":
      return recordAnswer(state, action.slug, action.quizId, action.correct, now, action.chosen);
    case "bookmark":
      return toggleBookmark(state, action.conceptId, now);
    case "merge":
      return merge(state, action.state);
    case "review":
      if (!review) throw new Error("A review needs the scheduler (app/_lib/learner/review.ts) passed in.");
      return review(state, action.conceptId, action.rating, now);
  }
}
