/**
 * What a page can ask of the learner's state, as plain data. The browser store loads this
 * module (and with it zod and ts-fsrs) after the page is up, then applies each action.
 */
import { markSeen, recordAnswer, reviewCard, setCurrent, toggleBookmark, type LearnerState, type ReviewRating } from "./state";

export type LearnerAction =
  | { type: "seen"; slug: string; stepId: string }
  | { type: "answer"; slug: string; quizId: string; correct: boolean }
  | { type: "bookmark"; conceptId: string }
  | { type: "review"; conceptId: string; rating: ReviewRating };

export function applyAction(state: LearnerState, action: LearnerAction, now: number): LearnerState {
  switch (action.type) {
    case "seen":
      return setCurrent(markSeen(state, action.slug, action.stepId, now), action.slug, action.stepId, now);
    case "answer":
      return recordAnswer(state, action.slug, action.quizId, action.correct, now);
    case "bookmark":
      return toggleBookmark(state, action.conceptId, now);
    case "review":
      return reviewCard(state, action.conceptId, action.rating, now);
  }
}
