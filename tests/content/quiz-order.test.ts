import { join } from "node:path";
import { expect, it } from "vitest";
import { shownOptions } from "@/app/_lib/quiz/score";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const { journeys } = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);
const choice = journeys.flatMap((j) => Object.values(j.quizzes)).flatMap((q) => (q.kind === "ordering" ? [] : [q]));

it("shows a right option first about as often as chance would, wherever authors wrote it", () => {
  const written = choice.filter((q) => q.options[0]?.correct).length / choice.length;
  const shown = choice.filter((q) => shownOptions<{ correct: boolean }>(q)[0]?.correct).length / choice.length;
  // What chance gives: the share of right options in each quiz, averaged.
  const chance = choice.reduce((n, q) => n + q.options.filter((o) => o.correct).length / q.options.length, 0) / choice.length;
  console.log(`choice quizzes: ${choice.length}; a right option written first in ${(written * 100).toFixed(0)} %, shown first in ${(shown * 100).toFixed(0)} % (chance: ${(chance * 100).toFixed(0)} %)`);
  expect(choice.length).toBeGreaterThan(50);
  expect(Math.abs(shown - chance)).toBeLessThan(0.15);
});
