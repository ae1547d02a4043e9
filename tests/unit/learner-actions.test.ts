import { describe, expect, it } from "vitest";
import { applyAction } from "@/app/_lib/learner/actions";
import { emptyState, isBookmarked } from "@/app/_lib/learner/read";

describe("learner actions", () => {
  const now = 1_700_000_000_000;

  it("a seen step is also where the reader resumes", () => {
    const s = applyAction(emptyState(now), { type: "seen", slug: "trip", stepId: "dns-question" }, now);
    expect(s.journeys.trip?.seen["dns-question"]).toBe(now);
    expect(s.journeys.trip?.current?.stepId).toBe("dns-question");
  });

  it("answers, bookmarks and reviews go to their updaters", () => {
    let s = applyAction(emptyState(now), { type: "answer", slug: "trip", quizId: "q-one", correct: false }, now);
    s = applyAction(s, { type: "answer", slug: "trip", quizId: "q-one", correct: true }, now + 1);
    expect(s.journeys.trip?.answers["q-one"]).toMatchObject({ correct: true, tries: 2 });
    s = applyAction(s, { type: "bookmark", conceptId: "dns" }, now + 2);
    expect(isBookmarked(s, "dns")).toBe(true);
    s = applyAction(s, { type: "review", conceptId: "dns", rating: 3 }, now + 3);
    expect(s.reviews.dns?.due).toBeGreaterThan(now + 3);
  });
});
