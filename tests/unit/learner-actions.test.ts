import { describe, expect, it } from "vitest";
import { applyAction } from "@/app/_lib/learner/actions";
import { reviewCard } from "@/app/_lib/learner/review";
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
    s = applyAction(s, { type: "review", conceptId: "dns", rating: 3 }, now + 3, reviewCard);
    expect(s.reviews.dns?.due).toBeGreaterThan(now + 3);
  });

  it("an imported state is merged in, keeping what is here", () => {
    const here = applyAction(emptyState(now), { type: "bookmark", conceptId: "dns" }, now);
    const there = applyAction(emptyState(now), { type: "seen", slug: "trip", stepId: "handshake" }, now + 5);
    const s = applyAction(here, { type: "merge", state: there }, now + 9);
    expect(isBookmarked(s, "dns")).toBe(true);
    expect(s.journeys.trip?.current?.stepId).toBe("handshake");
  });

  it("a review without the scheduler is refused, not silently dropped", () => {
    expect(() => applyAction(emptyState(now), { type: "review", conceptId: "dns", rating: 3 }, now)).toThrow(/scheduler/);
  });
});

describe("what the browser loads for a change", () => {
  // The store loads actions.ts and update.ts on a learner's first change; zod and ts-fsrs must
  // stay out of them (and out of read.ts, which every page loads), or every page pays for them.
  // Our own modules they import (a sibling, or the content's id rule) are walked too.
  it("imports neither zod nor ts-fsrs, directly or through a module of ours", async () => {
    const { readFile } = await import("node:fs/promises");
    const { posix } = await import("node:path");
    const seen = new Set<string>();
    const heavy: string[] = [];
    /** `name` is a module's path under app/_lib, without `.ts`. */
    async function walk(name: string) {
      if (seen.has(name)) return;
      seen.add(name);
      const text = await readFile(`app/_lib/${name}.ts`, "utf8");
      for (const m of text.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)) {
        const from = m[1] ?? "";
        if (from.startsWith("./") || from.startsWith("../")) await walk(posix.join(posix.dirname(name), from));
        else heavy.push(`${posix.basename(name)}.ts imports ${from}`);
      }
    }
    for (const name of ["read", "update", "actions"]) await walk(`learner/${name}`);
    expect([...seen].sort()).toEqual(["content/ids", "learner/actions", "learner/limits", "learner/read", "learner/update"]);
    expect(heavy).toEqual([]);
  });
});
