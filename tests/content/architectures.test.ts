/**
 * The architecture explorer keeps every node the reference documents name: each architecture's
 * map (with its variations' nodes) and each flow's map hold a node for every component listed in
 * architecture-sources.ts, and the platform overview keeps every labelled edge.
 */
import { join } from "node:path";
import { ARCHITECTURE_SOURCES, FLOW_SOURCES } from "./architecture-sources";
import { loadRoot, PROJECT_DIR } from "./load-helpers";

const content = loadRoot(join(PROJECT_DIR, "journeys"), PROJECT_DIR);
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

describe("architectures/", () => {
  it("load with no problems", () => {
    expect(content.lines).toEqual([]);
  });

  it.each(Object.entries(ARCHITECTURE_SOURCES))("%s keeps every node its documents name", (id, sources) => {
    const arch = content.architectures.find((a) => a.id === id);
    expect(arch, `journeys/architectures/${id}.yaml`).toBeDefined();
    const labels = new Set(Object.values(arch!.details).map((d) => norm(d.label)));
    const missing = sources.flatMap((s) => s.nodes.filter((n) => !labels.has(norm(n))).map((n) => `${s.doc} ${s.section}: ${n}`));
    expect(missing).toEqual([]);
    for (const s of sources) {
      for (const [from, to, label] of s.edges ?? []) {
        const byLabel = (l: string) => Object.entries(arch!.details).find(([, d]) => norm(d.label) === norm(l))?.[0];
        const edge = arch!.map.edges.find((e) => e.from === byLabel(from) && e.to === byLabel(to));
        expect(edge, `${from} → ${to}`).toBeDefined();
        if (label) expect(norm(edge?.label ?? ""), `${from} → ${to} is labelled`).toBe(norm(label));
      }
    }
  });

  it.each(content.architectures.map((a) => [a.id, a] as const))("%s has a request to play, a variation that reroutes it, and code for its nodes", (_id, arch) => {
    expect(arch.request.steps.length).toBeGreaterThanOrEqual(3);
    expect(arch.variations.some((v) => v.steps.some((c) => c.path))).toBe(true);
    const inCode = new Set(arch.code.files.flatMap((f) => f.nodes));
    expect(arch.map.nodes.filter((n) => !inCode.has(n.id)).map((n) => n.id)).toEqual([]);
    expect(arch.purpose.length).toBeGreaterThan(20);
  });
});

/** Issue 18's depth: what each of these architectures' sections must cover, as words a reader would look for. */
const DEPTH: Record<string, RegExp[]> = {
  serverless: [/15 minutes/, /cold start/i, /lock-in/i, /steady/i, /break-even/],
  "content-delivery": [/max-age=31536000/, /purge by tag/i, /versioned urls/i, /adaptive bitrate/i, /HLS/],
  "mobile-backend": [/If-None-Match/, /304 Not Modified/, /pinning/i, /topic/i, /batching/i],
  "multi-region": [/residency/i, /GDPR/, /recovery time \(RTO\)/i, /per gigabyte/],
  "data-pipeline": [/lineage/i, /profiling/i, /data versioning/i, /idempotent/i],
};

describe("the path through the architectures and their sections", () => {
  const { path, tips } = content.architectureGuide;

  it("visits every architecture exactly once, each stop saying what it adds", () => {
    expect(path.map((s) => s.id).sort()).toEqual(content.architectures.map((a) => a.id).sort());
    expect(new Set(path.map((s) => s.id)).size).toBe(path.length);
    for (const s of path) expect(s.adds.length, s.id).toBeGreaterThan(40);
    expect(path[0]!.id).toBe("classic-web-app");
  });

  it("ends with tips for adapting any of them", () => {
    expect(tips.length).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.entries(DEPTH))("%s covers in its sections what issue 18 found missing", (id, words) => {
    const arch = content.architectures.find((a) => a.id === id)!;
    const text = arch.sections.map((s) => [s.title, s.intro ?? "", ...s.points, ...(s.table ? [s.table.columns, ...s.table.rows].flat() : [])].join("\n")).join("\n");
    for (const w of words) expect(text, `${id}: ${w}`).toMatch(w);
    expect(arch.sections.some((s) => s.table), `${id} has a table`).toBe(id === "mobile-backend" ? false : true);
  });
});

/** Issue 18's flows for the mechanisms: a deployment, rate limiting, a circuit breaker, growth in stages, choreography. */
const MECHANISMS = ["deployment", "rate-limiting", "circuit-breaker", "growth-in-stages", "event-choreography"];

describe("flows", () => {
  it("number at least eleven, the five mechanisms among them", () => {
    const flows = content.journeys.filter((j) => j.kind === "flow");
    expect(flows.length).toBeGreaterThanOrEqual(11);
    expect(flows.map((f) => f.slug)).toEqual(expect.arrayContaining(MECHANISMS));
  });

  it.each(MECHANISMS)("%s has a small map, 6 to 12 timed steps, and at least two quizzes that explain every answer", (slug) => {
    const flow = content.journeys.find((j) => j.slug === slug)!;
    expect(flow.kind).toBe("flow");
    expect(flow.map.nodes.length).toBeGreaterThanOrEqual(5);
    expect(flow.map.nodes.length).toBeLessThanOrEqual(9);
    expect(flow.steps.length).toBeGreaterThanOrEqual(6);
    expect(flow.steps.length).toBeLessThanOrEqual(12);
    for (const s of flow.steps) expect(Number.isInteger(s.ms) && s.ms >= 0, `${s.id} has a time`).toBe(true);
    const quizzes = Object.values(flow.quizzes);
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    for (const q of quizzes) {
      const answers = q.kind === "ordering" ? q.items : q.options;
      for (const a of answers) expect(a.why.trim().length, `${q.id}: "${"text" in a ? a.text : ""}"`).toBeGreaterThan(20);
    }
  });

  it.each(Object.entries(FLOW_SOURCES))("%s is a flow of an architecture and keeps every node its document names", (slug, sources) => {
    const flow = content.journeys.find((j) => j.slug === slug);
    expect(flow, `journeys/${slug}/`).toBeDefined();
    expect(flow!.kind).toBe("flow");
    expect(content.architectures.some((a) => a.id === flow!.architecture)).toBe(true);
    const labels = new Set(flow!.map.nodes.map((n) => norm(n.label)));
    const missing = sources.flatMap((s) => s.nodes.filter((n) => !labels.has(norm(n))).map((n) => `${s.section}: ${n}`));
    expect(missing).toEqual([]);
  });
});
