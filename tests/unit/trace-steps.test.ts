/** Issue 17: a trace's spans as steps: causal order, self time, places on the map and their layers, caps. */
import { describe, expect, it } from "vitest";
import { draftJourney } from "@/app/_lib/trace/draft";
import { parseTrace } from "@/app/_lib/trace/parse";
import { placeSpans } from "@/app/_lib/trace/places";
import { selfTimes, wholeMs } from "@/app/_lib/trace/self-time";
import { draftSteps } from "@/app/_lib/trace/steps";
import { buildTree } from "@/app/_lib/trace/tree";
import { bigTrace, otlpText, spanId, type SpanSpec } from "../support/otlp";

const treeOf = (spans: SpanSpec[]) => buildTree(parseTrace(otlpText(spans), "t.json"), "t.json");
const names = (spans: SpanSpec[]) => treeOf(spans).order.map((s) => s.name);
const selfOf = (spans: SpanSpec[]) => {
  const tree = treeOf(spans);
  const self = selfTimes(tree);
  return Object.fromEntries(tree.order.map((s) => [s.name, Math.round((self.get(s.spanId) ?? 0) * 1000) / 1000]));
};
const stepsOf = (spans: SpanSpec[], max?: number) => {
  const tree = treeOf(spans);
  const places = placeSpans(tree);
  return { ...draftSteps(tree, places, max), places };
};

describe("causal order", () => {
  it("puts parents before children and siblings by start time, however they are written", () => {
    const spans: SpanSpec[] = [
      { id: "c2", parent: "b", name: "c2", start: 6, end: 7 },
      { id: "b2", parent: "a", name: "b2", start: 8, end: 9 },
      { id: "c1", parent: "b", name: "c1", start: 2, end: 3 },
      { id: "a", name: "a", start: 0, end: 10 },
      { id: "b", parent: "a", name: "b", start: 1, end: 7 },
    ];
    expect(names(spans)).toEqual(["a", "b", "c1", "c2", "b2"]);
    expect(treeOf(spans).depth.get(spanId("c2"))).toBe(2);
  });

  it("keeps a 10,000-span chain without overflowing the stack", () => {
    const chain: SpanSpec[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}), start: i * 0.001, end: 20 - i * 0.001 }));
    expect(treeOf(chain).order).toHaveLength(10_000);
  }, 30_000);
});

describe("self time", () => {
  it("is the duration minus the union of the children's time", () => {
    expect(selfOf([{ id: "a", name: "a", start: 0, end: 10 }, { id: "b", parent: "a", name: "b", start: 1, end: 4 }, { id: "c", parent: "a", name: "c", start: 5, end: 7 }])).toEqual({ a: 5, b: 3, c: 2 });
  });

  it("counts overlapping children once: the overlap is the earlier child's, and the total is the trace's duration", () => {
    const t = selfOf([{ id: "a", name: "a", start: 0, end: 10 }, { id: "b", parent: "a", name: "b", start: 1, end: 6 }, { id: "c", parent: "a", name: "c", start: 3, end: 8 }]);
    expect(t).toEqual({ a: 3, b: 5, c: 2 });
    expect(t.a! + t.b! + t.c!).toBe(10);
  });

  it("clamps at 0 and counts only inside the parent: a child running past its parent's end", () => {
    expect(selfOf([{ id: "a", name: "a", start: 0, end: 4 }, { id: "b", parent: "a", name: "b", start: 1, end: 9 }])).toEqual({ a: 1, b: 3 });
    expect(selfOf([{ id: "a", name: "a", start: 0, end: 4 }, { id: "b", parent: "a", name: "b", start: 0, end: 4 }])).toEqual({ a: 0, b: 4 });
  });

  it("rounds to whole ms so the steps add up to the rounded total", () => {
    const ms = wholeMs([0.4, 0.4, 0.4, 1.3]);
    expect(ms).toEqual([0, 1, 0, 2]);
    expect(ms.reduce((a, b) => a + b)).toBe(Math.round(0.4 + 0.4 + 0.4 + 1.3));
  });
});

describe("places on the map and their layers", () => {
  const spans: SpanSpec[] = [
    { id: "gw", service: "api-gateway", name: "POST /order", kind: "server", start: 0, end: 100 },
    { id: "call", parent: "gw", service: "api-gateway", name: "POST", kind: "client", start: 5, end: 95, attrs: { "http.request.method": "POST", "url.full": "http://orders/orders" } },
    { id: "ord", parent: "call", service: "orders", name: "POST /orders", kind: "server", start: 6, end: 94 },
    { id: "auth", parent: "ord", service: "auth-service", name: "check", kind: "server", start: 7, end: 9 },
    { id: "db", parent: "ord", service: "orders", name: "INSERT orders", kind: "client", start: 10, end: 20, attrs: { "db.system": "postgresql", "db.namespace": "shop" } },
    { id: "pub", parent: "ord", service: "orders", name: "publish", kind: "producer", start: 21, end: 22, attrs: { "messaging.system": "kafka", "messaging.destination.name": "order-events" } },
    { id: "con", parent: "pub", service: "mailer", name: "order-events process", kind: "consumer", start: 30, end: 40, attrs: { "messaging.system": "kafka", "messaging.destination.name": "order-events" } },
    { id: "psp", parent: "ord", service: "orders", name: "POST", kind: "client", start: 41, end: 90, attrs: { "http.request.method": "POST", "url.full": "https://api.stripe.example/v1/charges" } },
  ];
  const { places, steps } = stepsOf(spans);
  const layers = Object.fromEntries(places.nodes.map((n) => [n.id, [n.kind, n.layer]]));

  it("a node per service, database, queue and outside peer, each on a layer", () => {
    expect(layers).toEqual({
      "api-gateway": ["service", "edge"],
      orders: ["service", "application"],
      "auth-service": ["service", "security"],
      "postgresql-shop": ["database", "data"],
      "kafka-order-events": ["queue", "async"],
      mailer: ["service", "async"],
      "api-stripe-example": ["peer", "external"],
    });
  });

  it("steps move from the caller's node to the worker's; an answered call is one hop with its answer", () => {
    expect(steps.map((s) => `${s.place.from ?? ""}>${s.place.node} ${s.label}`)).toEqual([
      ">api-gateway POST /order",
      "api-gateway>orders POST /orders",
      "orders>auth-service check",
      "orders>postgresql-shop INSERT orders",
      "orders>kafka-order-events publish",
      "kafka-order-events>mailer order-events process",
      "orders>api-stripe-example POST /v1/charges",
    ]);
    // The client span's own 2 ms (the network) belong to the hop it makes.
    expect(steps[1]!.exact).toBeCloseTo(2 + 88 - 2 - 10 - 1 - 49, 6);
    expect(steps.reduce((n, s) => n + s.ms, 0)).toBe(100);
  });
});

describe("caps and folding", () => {
  it("folds a run of three or more like siblings into one step", () => {
    const spans: SpanSpec[] = [{ id: "a", service: "app", name: "GET /list", kind: "server", start: 0, end: 20 }, ...[0, 1, 2, 3].map((i) => ({ id: `q${i}`, parent: "a", service: "app", name: "SELECT item", kind: "client" as const, start: 1 + i * 4, end: 4 + i * 4, attrs: { "db.system": "mysql" } }))];
    const { steps } = stepsOf(spans);
    expect(steps.map((s) => [s.label, s.count, s.ms])).toEqual([["GET /list", 1, 8], ["SELECT item", 4, 12]]);
  });

  it("drafts 10,000 spans within a journey's size, says how, keeps the clock, and takes seconds at most", () => {
    const text = otlpText(bigTrace(10_000));
    const started = performance.now();
    const d = draftJourney({ text, file: "big.json", slug: "big" });
    const seconds = (performance.now() - started) / 1000;
    expect(d.spans).toBe(10_000);
    expect(d.steps).toBeLessThanOrEqual(40);
    expect(d.folding.join("\n")).toMatch(/same hop are one step.*\n.*deeper than depth 2 are folded/);
    expect(d.clock).toBe(Math.round(10_000 / 2));
    expect(seconds).toBeLessThan(5);
  }, 30_000);

  it("ends in one step for the rest when even the shallowest cut gives too many (a partial trace of many roots)", () => {
    const roots: SpanSpec[] = Array.from({ length: 50 }, (_, i) => ({ id: `k${i}`, parent: "lost", service: `svc-${i}`, name: `job ${i}`, kind: "server" as const, start: i * 2, end: i * 2 + 2 }));
    const { steps, folding } = stepsOf(roots, 10);
    expect(steps).toHaveLength(10);
    expect(steps.at(-1)!.label).toBe("41 more spans");
    expect(folding.at(-1)).toMatch(/the last 41 \(41 spans\) are one step/);
    expect(steps.reduce((n, s) => n + s.ms, 0)).toBe(100);
  });
});

describe("fan-out", () => {
  it("makes calls from one node that overlap in time one step with a route each, its time counted once", () => {
    const spans: SpanSpec[] = [
      { id: "a", service: "api", name: "GET /page", kind: "server", start: 0, end: 20 },
      { id: "db", parent: "a", service: "api", name: "SELECT", kind: "client", start: 2, end: 12, attrs: { "db.system": "postgresql" } },
      { id: "cache", parent: "a", service: "api", name: "GET key", kind: "client", start: 3, end: 6, attrs: { "db.system": "redis" } },
      { id: "later", parent: "a", service: "api", name: "INSERT", kind: "client", start: 14, end: 16, attrs: { "db.system": "mysql" } },
    ];
    const { steps } = stepsOf(spans);
    expect(steps.map((s) => [s.place.node, (s.branches ?? []).map((b) => b.node), s.ms])).toEqual([
      ["api", [], 8],
      ["postgresql", ["redis"], 10],
      ["mysql", [], 2],
    ]);
    const d = draftJourney({ text: otlpText(spans), file: "t.json", slug: "t" });
    expect(d.files["chapters/part-1.mdx"]).toContain('path="api postgresql | api redis"');
    expect(d.files["chapters/part-1.mdx"]).toContain("api queries postgresql: SELECT, and at the same time reaches redis (10 ms).");
    // The next-hop quiz goes where the request has one way on.
    expect(d.files["quizzes.yaml"]).toContain("- { node: mysql, correct: true");
  });
});
