/** The real content in journeys/: it must load cleanly and make a good reading experience. */
import { join } from "node:path";
import type { StepData } from "@/app/_lib/content/load";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const content = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);

/** What the stage shows for a step, apart from the caption. */
const stageOf = (s: StepData) => JSON.stringify({ path: s.path, focus: [...s.focus].sort(), packet: s.packet });

describe("journeys/", () => {
  it("loads with no problems", () => {
    expect(content.lines).toEqual([]);
    expect(content.journeys.length).toBeGreaterThan(0);
  });

  it("places every concept card in at least one journey", () => {
    const placed = new Set(content.journeys.flatMap((j) => j.steps.flatMap((s) => s.concepts)));
    const unplaced = Object.keys(content.concepts).filter((id) => !placed.has(id));
    expect(unplaced).toEqual([]);
  });
});

describe.each(content.journeys.map((j) => [j.slug, j] as const))("journey %s", (_slug, journey) => {
  it("has at least two steps in every chapter", () => {
    const short = journey.chapters.filter((c) => c.stepCount < 2).map((c) => c.id);
    expect(short).toEqual([]);
  });

  it("changes the stage (path, focus or packet) on every step", () => {
    const unchanged = journey.steps.filter((s, i) => i > 0 && stageOf(s) === stageOf(journey.steps[i - 1] as StepData)).map((s) => s.id);
    expect(unchanged).toEqual([]);
  });

  it("places every quiz", () => {
    const placed = new Set(journey.steps.flatMap((s) => s.quizzes));
    expect(Object.keys(journey.quizzes).filter((id) => !placed.has(id))).toEqual([]);
    expect(placed.size).toBeGreaterThan(0);
  });
});
