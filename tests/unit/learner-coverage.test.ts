import { describe, expect, it } from "vitest";
import { conceptMastery, layerCoverage, type CoverageJourney } from "@/app/_lib/learner/coverage";
import { emptyState } from "@/app/_lib/learner/read";
import { reviewCard } from "@/app/_lib/learner/review";
import { markSeen, recordAnswer } from "@/app/_lib/learner/update";

const now = 1_700_000_000_000;
const DAY = 86_400_000;

const trip: CoverageJourney = {
  slug: "trip",
  title: "A trip",
  steps: [
    { id: "ask-dns", layers: ["client", "network"], concepts: ["dns"], quizzes: ["q-dns"] },
    { id: "handshake", layers: ["network"], concepts: ["tls", "dns"], quizzes: [] },
    { id: "query", layers: ["data"], concepts: ["index"], quizzes: ["q-index", "q-plan"] },
  ],
};
const other: CoverageJourney = {
  slug: "other",
  title: "Another",
  steps: [{ id: "lookup", layers: ["network", "network"], concepts: ["dns"], quizzes: ["q-ttl"] }],
};
const LAYERS = ["client", "network", "edge", "data"];

describe("layer coverage", () => {
  it("counts every step touching a layer, in the layers' order, leaving out untouched layers", () => {
    expect(layerCoverage(emptyState(now), [trip, other], LAYERS)).toEqual([
      { layer: "client", seen: 0, total: 1, percent: 0 },
      { layer: "network", seen: 0, total: 3, percent: 0 },
      { layer: "data", seen: 0, total: 1, percent: 0 },
    ]);
  });

  it("a seen step counts once for each layer it crosses, and only in its own journey", () => {
    let s = markSeen(emptyState(now), "trip", "ask-dns", now);
    s = markSeen(s, "other", "handshake", now); // not a step of "other": ignored
    const byLayer = Object.fromEntries(layerCoverage(s, [trip, other], LAYERS).map((c) => [c.layer, c]));
    expect(byLayer.client).toMatchObject({ seen: 1, total: 1, percent: 100 });
    expect(byLayer.network).toMatchObject({ seen: 1, total: 3, percent: 33 });
    expect(byLayer.data).toMatchObject({ seen: 0, percent: 0 });
  });
});

describe("concept mastery", () => {
  const ids = ["dns", "tls", "index", "cdn"];
  const of = (list: ReturnType<typeof conceptMastery>, id: string) => list.find((m) => m.id === id)!;

  it("starts at not met, with the steps and quizzes counted across journeys", () => {
    const m = conceptMastery(emptyState(now), [trip, other], ids, now);
    expect(of(m, "dns")).toEqual({ id: "dns", stepsSeen: 0, steps: 3, quizzesRight: 0, quizzes: 2, level: 0 });
    expect(of(m, "cdn")).toEqual({ id: "cdn", stepsSeen: 0, steps: 0, quizzesRight: 0, quizzes: 0, level: 0 });
  });

  it("seeing a step meets its concepts; a right answer on any journey practises them; a wrong one does not", () => {
    let s = markSeen(emptyState(now), "trip", "handshake", now);
    s = recordAnswer(s, "trip", "q-index", false, now);
    s = recordAnswer(s, "other", "q-ttl", true, now);
    const m = conceptMastery(s, [trip, other], ids, now);
    expect(of(m, "tls")).toMatchObject({ stepsSeen: 1, level: 1 });
    expect(of(m, "dns")).toMatchObject({ stepsSeen: 1, quizzesRight: 1, level: 2 });
    expect(of(m, "index")).toMatchObject({ stepsSeen: 0, quizzesRight: 0, level: 0 });
  });

  it("a card reviewed well is remembered until it falls due; 'Again' is not remembering", () => {
    let s = reviewCard(emptyState(now), "cdn", 4, now); // Easy: straight into review, due in days
    s = reviewCard(s, "tls", 1, now); // Again
    const due = s.reviews.cdn!.due;
    expect(due).toBeGreaterThan(now + DAY);
    expect(of(conceptMastery(s, [trip], ids, now), "cdn").level).toBe(3);
    expect(of(conceptMastery(s, [trip], ids, now), "tls").level).toBe(0);
    expect(of(conceptMastery(s, [trip], ids, due + 1), "cdn").level).toBe(0);
  });
});
