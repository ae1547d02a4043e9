/** The real content in journeys/: it must load cleanly and make a good reading experience. */
import { join } from "node:path";
import type { StepData } from "@/app/_lib/content/types";
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

describe("Follow Kareem's click, whole", () => {
  const journey = content.journeys.find((j) => j.slug === "kareems-click");

  it("covers every chapter of the seed journey: 21 chapters, each with at least two steps", () => {
    expect(journey?.chapters.length).toBeGreaterThanOrEqual(21);
    expect(journey?.steps.length).toBeGreaterThanOrEqual(21 * 2);
  });

  it("has at least 60 concept cards, each with a use, an avoid and an example", () => {
    const cards = Object.values(content.concepts);
    expect(cards.length).toBeGreaterThanOrEqual(60);
    for (const c of cards) {
      expect(c.use.length, c.id).toBeGreaterThan(10);
      expect(c.avoid.length, c.id).toBeGreaterThan(10);
      expect(c.body, c.id).toMatch(/^## Example/m);
    }
  });

  it("has at least 30 quizzes across the four kinds, at least one in every chapter", () => {
    const quizzes = Object.values(journey?.quizzes ?? {});
    expect(quizzes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(quizzes.map((q) => q.kind))).toEqual(new Set(["single", "multiple", "ordering", "next-hop"]));
    const withQuiz = new Set(journey?.steps.filter((s) => s.quizzes.length > 0).map((s) => s.chapterId));
    expect(journey?.chapters.filter((c) => !withQuiz.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it("resolves every reference: concepts placed, related cards, card nodes on the map", () => {
    const nodes = new Set(journey?.map.nodes.map((n) => n.id));
    for (const c of Object.values(content.concepts)) {
      for (const r of c.related) expect(content.concepts[r], `${c.id} → ${r}`).toBeDefined();
    }
    for (const [id, place] of Object.entries(journey?.cards ?? {})) {
      expect(place.nodes.length, id).toBeGreaterThan(0);
      for (const n of place.nodes) expect(nodes.has(n), `${id} lives on ${n}`).toBe(true);
    }
    for (const s of journey?.steps ?? []) for (const id of s.concepts) expect(content.concepts[id], `${s.id} places ${id}`).toBeDefined();
  });

  it("carries the request as each hop sees it: at least 12 steps with an inspector, across at least 8 hops", () => {
    const inspected = (journey?.steps ?? []).filter((s) => s.inspect);
    expect(inspected.length).toBeGreaterThanOrEqual(12);
    expect(new Set(inspected.map((s) => s.inspect!.hop)).size).toBeGreaterThanOrEqual(8);
    // Blocks follow one another: most hops after the first show what changed since an earlier one.
    const compared = inspected.flatMap((s) => s.inspect!.parts).filter((p) => p.since);
    expect(compared.length).toBeGreaterThanOrEqual(8);
    expect(compared.some((p) => p.lines.some((l) => l.mark === "added"))).toBe(true);
    expect(compared.some((p) => p.lines.some((l) => l.mark === "removed"))).toBe(true);
  });

  it("has at least ten failure forks, each placed, asking what should happen next, and returning to its step", () => {
    const forks = journey?.forks ?? [];
    expect(forks.length).toBeGreaterThanOrEqual(10);
    // The four ways a connection fails, from the network chapter, can each be played.
    expect(forks.map((f) => f.id)).toEqual(expect.arrayContaining(["name-not-found", "connect-times-out", "certificate-expired", "idle-connection-reset"]));
    // And the gateway's rate limit, from the chapter on where code runs.
    expect(forks.map((f) => f.id)).toContain("rate-limited");
    for (const f of forks) {
      expect(journey?.steps[f.origin]?.forks?.map((x) => x.id), f.id).toContain(f.id);
      expect(f.steps.length, f.id).toBeGreaterThanOrEqual(2);
      expect(f.steps.some((s) => s.quizzes.length > 0), f.id).toBe(true);
    }
  });

  it("has variations that reroute the packet and change the clock, and lenses for security, data and observability", () => {
    const variations = journey?.variations ?? [];
    expect(variations.length).toBeGreaterThanOrEqual(2);
    const rerouting = variations.filter((v) => v.steps.some((c) => c.path && c.ms !== undefined));
    expect(rerouting.length).toBeGreaterThanOrEqual(2);
    expect(journey?.lenses.map((l) => l.id)).toEqual(expect.arrayContaining(["security", "data", "observability"]));
    expect(journey?.lenses.find((l) => l.id === "observability")?.waterfall).toBe(true);
  });

  it("puts a time on every step, and Kareem's clock stays inside her two seconds", () => {
    const missing = journey?.steps.filter((s) => s.ms === undefined).map((s) => s.id);
    expect(missing).toEqual([]);
    const total = (journey?.steps ?? []).reduce((sum, s) => sum + (s.ms ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(journey?.clock);
    expect(total).toBeLessThan(2000);
  });

  it("names its request in journey.yaml; a journey that does not is 'the request'", () => {
    expect(journey?.requestName).toBe("Kareem’s click");
    const unnamed = content.journeys.find((j) => j.slug === "replication");
    expect(unnamed?.requestName).toBe("the request");
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

  it("places every quiz, in a chapter or a fork", () => {
    const placed = new Set([...journey.steps, ...journey.forks.flatMap((f) => f.steps)].flatMap((s) => s.quizzes));
    expect(Object.keys(journey.quizzes).filter((id) => !placed.has(id))).toEqual([]);
    expect(placed.size).toBeGreaterThan(0);
  });
});
