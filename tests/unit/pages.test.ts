import { describe, expect, it } from "vitest";
import { chapterAt, chapterHref, chapterIndexOf, forkHref, isOnPage, journeyHref, journeyJsonHref, stepHref, stepsOf, toolHref } from "@/app/_lib/journey/pages";

const chapters = [
  { id: "meet", firstStep: 0, stepCount: 2 },
  { id: "travel", firstStep: 2, stepCount: 3 },
  { id: "arrive", firstStep: 5, stepCount: 1 },
];
const steps = ["a", "b", "c", "d", "e", "f g"].map((id) => ({ id }));

describe("chapter pages", () => {
  it("reads the first chapter on the journey's own page and each other on its own", () => {
    expect(chapterHref("trip", chapters, "meet")).toBe("/journeys/trip");
    expect(chapterHref("trip", chapters, "travel")).toBe("/journeys/trip/travel");
  });

  it("finds the chapter that holds a global step index", () => {
    expect([0, 1, 2, 4, 5].map((i) => chapterIndexOf(chapters, i))).toEqual([0, 0, 1, 1, 2]);
    expect(chapterIndexOf(chapters, 6)).toBe(-1);
    expect(chapterIndexOf(chapters, -1)).toBe(-1);
    expect(chapterAt(chapters, 4)).toBe(chapters[1]);
    expect(chapterAt(chapters, 6)).toBeUndefined();
  });

  it("gives a chapter its own steps out of the whole sequence", () => {
    expect(stepsOf(chapters[1]!, steps).map((s) => s.id)).toEqual(["c", "d", "e"]);
    expect(stepsOf(chapters[2]!, steps).map((s) => s.id)).toEqual(["f g"]);
  });

  it("says whether a step is on a page", () => {
    expect(isOnPage(chapters[1]!, 2)).toBe(true);
    expect(isOnPage(chapters[1]!, 4)).toBe(true);
    expect(isOnPage(chapters[1]!, 5)).toBe(false);
    expect(isOnPage(chapters[1]!, 1)).toBe(false);
  });

  it("links a step to its chapter's page, with its id as the hash", () => {
    expect(stepHref("trip", chapters, steps, 1)).toBe("/journeys/trip#b");
    expect(stepHref("trip", chapters, steps, 3)).toBe("/journeys/trip/travel#d");
    expect(stepHref("trip", chapters, steps, 5)).toBe("/journeys/trip/arrive#f%20g");
    expect(stepHref("trip", chapters, steps, 9)).toBeUndefined();
  });
});

describe("a journey's other addresses", () => {
  it("names the journey's page, its forks, its tools and its JSON files under /journeys/<slug>", () => {
    expect(journeyHref("trip")).toBe("/journeys/trip");
    expect(forkHref("trip", "no-dns")).toBe("/journeys/trip/what-if/no-dns");
    expect(forkHref("trip", "no-dns", "f g")).toBe("/journeys/trip/what-if/no-dns#f%20g");
    expect(toolHref("trip", "transcript")).toBe("/journeys/trip/transcript");
    expect(toolHref("trip", "present/console", "b")).toBe("/journeys/trip/present/console#b");
    expect(journeyJsonHref("trip", "cards")).toBe("/journeys/trip/cards.json");
  });
});
