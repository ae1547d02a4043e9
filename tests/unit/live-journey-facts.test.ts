import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/app/_lib/content/load";
import type { Quiz } from "@/app/_lib/content/schema";
import { journeyFacts } from "@/app/_lib/live/journey-facts";

/** How many options (or, for an ordering, items) a quiz is written with. */
const written = (quiz: Quiz | undefined) => (quiz === undefined ? -1 : quiz.kind === "ordering" ? quiz.items.length : quiz.options.length);

describe("what the live handlers know of a journey", () => {
  const content = loadContent({ root: join(process.cwd(), "journeys") });

  it("counts the main line's steps and gives every quiz placed in the journey, on the main line or a fork, its kind and option count", () => {
    for (const journey of content.journeys) {
      const facts = journeyFacts(journey);
      expect(facts.stepCount).toBe(journey.steps.length);
      const placed = new Set([...journey.steps, ...journey.forks.flatMap((f) => f.steps)].flatMap((s) => s.quizzes));
      expect(new Set(facts.quizzes.keys())).toEqual(placed);
      for (const [id, quiz] of facts.quizzes) {
        expect(quiz.kind).toBe(journey.quizzes[id]?.kind);
        expect(quiz.optionCount).toBe(written(journey.quizzes[id]));
      }
    }
  });

  it("counts an ordering's items as its options", () => {
    const orderings = content.journeys.flatMap((j) => [...journeyFacts(j).quizzes].filter(([, q]) => q.kind === "ordering").map(([id, q]) => ({ q, quiz: j.quizzes[id] })));
    expect(orderings.length).toBeGreaterThan(0);
    for (const { q, quiz } of orderings) expect(q.optionCount).toBe(quiz?.kind === "ordering" ? quiz.items.length : -1);
  });
});
