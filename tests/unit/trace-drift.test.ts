/** Issue 17: a written journey against a fresh trace of its request. */
import { describe, expect, it } from "vitest";
import { driftProblems, type WrittenJourney } from "@/app/_lib/trace/drift";
import type { TraceNode } from "@/app/_lib/trace/places";

const journey: WrittenJourney = {
  mapFile: "journeys/j/map.yaml",
  nodesLine: 6,
  nodes: [
    { id: "browser", label: "Browser", layer: "client" },
    { id: "gateway", label: "gateway", layer: "edge" },
    { id: "orders", label: "Orders-Service", layer: "application" },
    { id: "legacy-billing", label: "Billing", layer: "application" },
  ],
  steps: [
    { id: "click", node: "browser", file: "journeys/j/chapters/a.mdx", line: 5 },
    { id: "enter", node: "gateway", file: "journeys/j/chapters/a.mdx", line: 12 },
    { id: "order", node: "orders", file: "journeys/j/chapters/a.mdx", line: 20 },
    { id: "bill", node: "legacy-billing", file: "journeys/j/chapters/b.mdx", line: 4 },
  ],
};
const trace: TraceNode[] = [
  { id: "gateway", label: "gateway", layer: "edge", kind: "service" },
  { id: "orders-service", label: "orders-service", layer: "application", kind: "service" },
  { id: "payments-service", label: "payments-service", layer: "application", kind: "service" },
  { id: "postgresql-shop", label: "postgresql shop", layer: "data", kind: "database" },
];

describe("the drift check", () => {
  it("reports steps on nodes the trace no longer shows, and nodes of the trace the map lacks, at their lines", () => {
    expect(driftProblems(journey, trace, "fresh.json")).toEqual([
      { file: "journeys/j/chapters/b.mdx", line: 4, message: "step 'bill' works on 'legacy-billing', which no span of fresh.json shows any more" },
      { file: "journeys/j/map.yaml", line: 6, message: "fresh.json shows service 'payments-service', which the map lacks (add it as { id: payments-service, layer: application })" },
      { file: "journeys/j/map.yaml", line: 6, message: "fresh.json shows database 'postgresql shop', which the map lacks (add it as { id: postgresql-shop, layer: data })" },
    ]);
  });

  it("matches nodes by id or by label, and holds no client step to a backend trace", () => {
    const problems = driftProblems(journey, trace, "fresh.json");
    expect(problems.map((p) => p.message).join("\n")).not.toMatch(/'orders'|'browser'|'gateway'/);
  });

  it("finds nothing when the journey and the trace agree", () => {
    expect(driftProblems({ ...journey, steps: journey.steps.slice(0, 3), nodes: [...journey.nodes, { id: "payments-service", label: "Payments", layer: "application" }, { id: "db", label: "postgresql shop", layer: "data" }] }, trace, "fresh.json")).toEqual([]);
  });
});
