/**
 * Issue 16's proof that a journey needs no code: a second complete journey, about a system that
 * is not a shop, written with only what journeys/README.md offers. It uses every feature the
 * first journey does, and none of its text names the first journey's protagonist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const SLUG = "ines-photo";
const DIR = join(PROJECT_DIR, "journeys", SLUG);
const content = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);
const journey = content.journeys.find((j) => j.slug === SLUG)!;
const allSteps = () => [...journey.steps, ...journey.forks.flatMap((f) => f.steps)];

describe("the second journey, Follow Ines's photo", () => {
  it("is a journey (not a flow) with at least four chapters of three to five steps, each timed, its clock their sum", () => {
    expect(journey).toBeDefined();
    expect(journey.kind).toBe("journey");
    expect(journey.chapters.length).toBeGreaterThanOrEqual(4);
    for (const c of journey.chapters) expect(c.stepCount, c.id).toBeGreaterThanOrEqual(3);
    for (const c of journey.chapters) expect(c.stepCount, c.id).toBeLessThanOrEqual(5);
    expect(journey.steps.every((s) => s.ms !== undefined)).toBe(true);
    expect(journey.steps.reduce((sum, s) => sum + (s.ms ?? 0), 0)).toBe(journey.clock);
    expect(journey.clockLabel).not.toBe("Clock");
    expect(journey.requestName).not.toBe("the request");
  });

  it("draws its own map of 8 to 14 nodes", () => {
    expect(journey.map.nodes.length).toBeGreaterThanOrEqual(8);
    expect(journey.map.nodes.length).toBeLessThanOrEqual(14);
  });

  it("has a fork that asks what should happen next, a variation that changes the clock, and a lens", () => {
    expect(journey.forks.length).toBeGreaterThanOrEqual(1);
    for (const f of journey.forks) expect(f.steps.some((s) => s.quizzes.length > 0), f.id).toBe(true);
    expect(journey.variations.some((v) => v.steps.some((c) => c.ms !== undefined))).toBe(true);
    expect(journey.lenses.length).toBeGreaterThanOrEqual(1);
  });

  it("asks quizzes of every kind", () => {
    expect(new Set(Object.values(journey.quizzes).map((q) => q.kind))).toEqual(new Set(["single", "multiple", "ordering", "next-hop"]));
  });

  it("fans a step out to several routes from one node", () => {
    const fans = journey.steps.filter((s) => (s.branches?.length ?? 0) > 0);
    expect(fans.length).toBeGreaterThanOrEqual(1);
    for (const s of fans) for (const route of s.branches!) expect(route[0], s.id).toBe(s.path[0]);
  });

  it("carries payloads in the inspector on several steps, across several hops", () => {
    const inspected = allSteps().filter((s) => s.inspect);
    expect(inspected.length).toBeGreaterThanOrEqual(6);
    expect(new Set(inspected.map((s) => s.inspect!.hop)).size).toBeGreaterThanOrEqual(4);
  });

  it("places shared cards on its own map, and a card of its own that no other journey places", () => {
    const nodes = new Set(journey.map.nodes.map((n) => n.id));
    const placed = Object.entries(journey.cards);
    expect(placed.length).toBeGreaterThanOrEqual(6);
    for (const [id, place] of placed) for (const n of place.nodes) expect(nodes.has(n), `${id} on ${n}`).toBe(true);
    const others = content.journeys.filter((j) => j.slug !== SLUG);
    const shared = placed.filter(([id]) => others.some((j) => id in j.cards));
    const own = placed.filter(([id]) => !others.some((j) => id in j.cards));
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(own.map(([id]) => id)).toContain("presigned-url");
    // Every shared card says why it matters here, so no chip shows another journey's reason.
    for (const [id, place] of shared) expect(place.why, id).toBeTruthy();
  });

  it("never names Kareem: not in journey.yaml, its chapters, quizzes, forks, variations, lenses or its own card", () => {
    const files = readdirSync(DIR, { recursive: true, encoding: "utf8" })
      .filter((p) => /\.(mdx|yaml)$/.test(p))
      .map((p) => join(DIR, p));
    expect(files.length).toBeGreaterThanOrEqual(10);
    files.push(join(PROJECT_DIR, "journeys", "concepts", "presigned-url.mdx"));
    const naming = files.filter((f) => /kareem/i.test(readFileSync(f, "utf8")));
    expect(naming).toEqual([]);
  });

  it("opens cards in place that name no one: a card's summary, use, avoid and body are shown in every journey, only its why is replaced", () => {
    const naming = Object.values(content.concepts)
      .filter((c) => /kareem/i.test([c.title, c.summary, c.use, c.avoid, c.body].join("\n")))
      .map((c) => c.id);
    expect(naming).toEqual([]);
  });
});
