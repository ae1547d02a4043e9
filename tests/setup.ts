import "@testing-library/jest-dom/vitest";
import { vi } from "vitest";

// Component tests render quizzes and cards that talk to the learner's browser store. The real
// store loads its engine (zod, ts-fsrs) when the page is idle, which can land after a test file
// has finished; here it is an inert stand-in. The store itself is covered end to end by
// tests/e2e/learner.spec.ts, and the logic under it by the unit tests of app/_lib/learner.
vi.mock("@/components/learner/learner-store", async () => {
  const { emptyState } = await import("@/app/_lib/learner/read");
  const snapshot = { state: emptyState(0), loaded: false, notice: undefined };
  return {
    useLearner: () => snapshot,
    useLearnerSelect: <T,>(select: (s: typeof snapshot) => T) => select(snapshot),
    dispatchLearner: () => {},
    dismissLearnerNotice: () => {},
  };
});
