/**
 * Every folder under tests/fixtures/content/ is a small content root. A folder with an
 * `expected.txt` must produce exactly those problems (sorted, one `path:line: message` per
 * line, paths relative to the folder); a folder without one must load cleanly.
 * Adding a case means adding a folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES_DIR, loadRoot } from "./load-helpers";

const cases = readdirSync(FIXTURES_DIR)
  .filter((name) => statSync(join(FIXTURES_DIR, name)).isDirectory())
  .sort();

function expectedProblems(name: string): string[] | undefined {
  const file = join(FIXTURES_DIR, name, "expected.txt");
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}

describe("content fixtures", () => {
  it("finds the valid case and the broken ones", () => {
    expect(cases).toContain("valid");
    expect(cases.filter((name) => expectedProblems(name) !== undefined).length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)("%s reports exactly the problems in its expected.txt", (name) => {
    const expected = expectedProblems(name);
    // An empty expected.txt would be a broken case that checks nothing.
    if (expected) expect(expected.length).toBeGreaterThan(0);
    expect(loadRoot(join(FIXTURES_DIR, name)).lines).toEqual(expected ?? []);
  });

  it("reports every problem at once, across files, not only the first", () => {
    const { problems } = loadRoot(join(FIXTURES_DIR, "many-problems"));
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(new Set(problems.map((p) => p.file)).size).toBeGreaterThanOrEqual(4);
  });

  it("does not hand over a journey that has problems", () => {
    expect(loadRoot(join(FIXTURES_DIR, "step-unknown-node")).journeys).toEqual([]);
  });
});

describe("the valid fixture", () => {
  const content = loadRoot(join(FIXTURES_DIR, "valid"));
  const journey = content.journeys[0];
  const step = (id: string) => journey?.steps.find((s) => s.id === id);

  it("loads one journey, its steps, quizzes and concept cards", () => {
    expect(content.problems).toEqual([]);
    expect(content.journeys.map((j) => j.slug)).toEqual(["tiny"]);
    expect(journey?.steps.map((s) => s.id)).toEqual(["sitting", "lookup", "request"]);
    expect(Object.keys(journey?.quizzes ?? {}).sort()).toEqual(["lookup-next", "order-the-visit", "what-dns-returns", "what-tls-protects", "why-tls"]);
    expect(Object.values(journey?.quizzes ?? {}).map((q) => q.kind).sort()).toEqual(["multiple", "next-hop", "ordering", "single", "single"]);
    expect(Object.keys(content.concepts).sort()).toEqual(["dns", "tls"]);
    expect(journey?.map.nodes).toHaveLength(3);
  });

  it("numbers the steps across the journey and gives each chapter its first step and count", () => {
    expect(journey?.steps.map((s) => [s.index, s.chapterId])).toEqual([
      [0, "ask"],
      [1, "ask"],
      [2, "connect"],
    ]);
    expect(journey?.chapters.map(({ id, title, firstStep, stepCount }) => ({ id, title, firstStep, stepCount }))).toEqual([
      { id: "ask", title: "Asking the way", firstStep: 0, stepCount: 2 },
      { id: "connect", title: "Connecting", firstStep: 2, stepCount: 1 },
    ]);
  });

  it("fills in step defaults and parses attributes", () => {
    expect(step("sitting")).toMatchObject({ packet: "GET /", path: ["browser"], focus: [], concepts: [], quizzes: [], hasNotes: false });
    expect(step("sitting")).toMatchObject({ ms: 0, span: "browser" });
    expect(step("lookup")).toMatchObject({ packet: "A? shop.example", path: ["browser", "dns"], ms: 12, hasNotes: true });
    expect(step("lookup")).toMatchObject({ concepts: ["dns"], quizzes: ["what-dns-returns", "lookup-next"] });
    expect(step("request")).toMatchObject({ packet: "GET /", path: ["dns", "browser", "shop"], focus: ["dns"], ms: 40 });
  });

  it("normalises map edges and quiz options, and reads concept cards", () => {
    expect(journey?.map.edges).toEqual([
      { from: "browser", to: "dns", kind: "flow" },
      { from: "browser", to: "shop", kind: "flow" },
    ]);
    const quiz = journey?.quizzes["what-dns-returns"];
    expect(quiz?.kind === "single" && quiz.options.map((o) => o.correct)).toEqual([true, false]);
    expect(content.concepts.dns).toMatchObject({ layer: "network", nodes: ["browser", "dns"], related: ["tls"] });
    expect(content.concepts.dns?.body).toBe("A resolver answers with an IP address and a TTL.\n\n## Example\n\nThe browser looks up shop.example before it connects.");
    expect(content.concepts.dns).toMatchObject({ use: expect.any(String), avoid: expect.any(String) });
    expect(content.concepts.tls?.related).toEqual([]);
  });

  it("reads quizzes from quizzes/ as well, and marks a step that holds a next-hop question", () => {
    expect(step("lookup")?.predict).toEqual({ quiz: "lookup-next", nodes: ["dns", "shop"] });
    expect(step("request")?.predict).toBeUndefined();
  });

  it("estimates at least one minute of reading", () => {
    expect(journey?.minutes).toBe(1);
  });
});

describe("the valid fixture with an inspector, a fork, a variation and lenses", () => {
  const content = loadRoot(join(FIXTURES_DIR, "valid-extras"));
  const journey = content.journeys[0]!;

  it("loads cleanly, with the fork apart from the main line", () => {
    expect(content.problems).toEqual([]);
    expect(journey.steps.map((s) => s.id)).toEqual(["sitting", "lookup", "request"]);
    expect(journey.clock).toBe(52);
    expect(journey.forks).toHaveLength(1);
    expect(journey.forks[0]).toMatchObject({ id: "resolver-down", title: "The resolver does not answer", origin: 1 });
    expect(journey.forks[0]!.steps.map((s) => [s.id, s.index, s.chapterId, s.ms, s.span])).toEqual([
      ["no-answer", 0, "resolver-down", 1000, "dns"],
      ["second-resolver", 1, "resolver-down", 15, "dns"],
    ]);
    expect(journey.steps[1]!.forks).toEqual([{ id: "resolver-down", title: "The resolver does not answer" }]);
  });

  it("marks what each inspector block changed since the last block of its label", () => {
    const [dns, request] = journey.steps[2]!.inspect!.parts;
    expect(journey.steps[1]!.inspect).toMatchObject({ hop: "dns", title: "The question on the wire" });
    expect(dns!.since).toEqual({ step: "lookup", hop: "dns" });
    expect(dns!.lines.map((l) => l.mark)).toEqual(["same", "same", "added", "added"]);
    expect(request!.since).toBeUndefined();
    expect(journey.steps[0]!.inspect).toBeUndefined();
    // The loader keeps what it read for checking to itself.
    expect(journey.steps.some((s) => "inspectSource" in s)).toBe(false);
  });

  it("takes the reading time journey.yaml states rather than the estimate", () => {
    expect(journey.minutes).toBe(12);
  });

  it("reads variations and lenses", () => {
    expect(journey.variations.map((v) => v.id)).toEqual(["cached-answer"]);
    expect(journey.variations[0]!.add.nodes.map((n) => n.id)).toEqual(["hosts"]);
    expect(journey.lenses.map((l) => [l.id, l.waterfall])).toEqual([
      ["network", false],
      ["traces", true],
    ]);
  });

  it("reads an architecture laid out in lanes, and a flow attached to it whose map is written in lanes too", () => {
    const arch = content.architectures.find((a) => a.id === "two-tier")!;
    expect(arch.map.nodes.map((n) => n.id)).toEqual(["browser", "server", "db"]);
    expect(arch.map.groups.map((g) => g.label)).toEqual(["Clients", "Application", "Data"]);
    expect(arch.request.steps.map((s) => [s.id, s.packet, s.ms])).toEqual([
      ["ask", "GET /", 30],
      ["read", "GET /", 5],
      ["back", "GET /", 30],
    ]);
    // The variation's node has a place kept for it, in its lane, beside the database.
    const cache = arch.variations[0]!.add.nodes[0]!;
    expect(cache.y).toBe(arch.map.nodes.find((n) => n.id === "db")!.y);
    expect(arch.details.cache).toMatchObject({ label: "Cache", tools: ["Redis"] });
    expect(arch.map.edges[0]).toEqual({ from: "browser", to: "server", kind: "flow", label: "HTTPS" });
    expect(arch.flows).toEqual([{ slug: "tiny-flow", title: "A read, step by step", pitch: "One read through the two tiers." }]);
    const flow = content.journeys.find((j) => j.slug === "tiny-flow")!;
    expect(flow).toMatchObject({ kind: "flow", architecture: "two-tier" });
    expect(flow.map.nodes.map((n) => n.id)).toEqual(["browser", "server"]);
    expect(journey.kind).toBe("journey");
  });
});
