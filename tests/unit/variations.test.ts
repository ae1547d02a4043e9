import { describe, expect, it } from "vitest";
import type { Variation } from "@/app/_lib/content/schema";
import { totalMs } from "@/app/_lib/journey/clock";
import { applyVariations, excluded, toggleVariation, variationDelta } from "@/app/_lib/journey/variations";
import { testMap } from "../support/test-map";

const map = testMap(
  [
    ["service", "Service", "application", 100, 300],
    ["mesh", "Mesh", "infrastructure", 300, 300],
    ["inventory", "Inventory", "external", 500, 300],
  ],
  [["service", "mesh"], ["mesh", "inventory"]],
);
const steps = [
  { id: "ask", path: ["service", "mesh", "inventory"], focus: [], packet: "GET /stock", caption: "Ask inventory", ms: 15, span: "inventory" },
  { id: "after", path: ["service"], focus: [], packet: "ok", caption: "Go on", ms: 1 },
];
const cache: Variation = {
  id: "stock-cache",
  label: "Add a stock cache",
  summary: "s",
  buys: "b",
  costs: "c",
  add: { nodes: [{ id: "stock", label: "Stock cache", layer: "data", x: 300, y: 100 }], edges: [{ from: "service", to: "stock", kind: "flow" }] },
  remove: { nodes: [] },
  steps: [{ step: "ask", path: ["service", "stock"], ms: 2 }],
  excludes: [],
};
const noMesh: Variation = {
  id: "no-mesh",
  label: "Drop the mesh",
  summary: "s",
  buys: "b",
  costs: "c",
  add: { nodes: [], edges: [] },
  remove: { nodes: ["mesh"] },
  steps: [{ step: "ask", caption: "Straight to the cache" }],
  excludes: [],
};

describe("variations", () => {
  it("change nothing, and return the very same objects, while none is on", () => {
    const v = applyVariations(map, steps, [cache], new Set());
    expect(v.map).toBe(map);
    expect(v.steps).toBe(steps);
    expect(v.changed.size).toBe(0);
  });

  it("add nodes and edges, reroute the steps they change, and file the time under the new path's end", () => {
    const v = applyVariations(map, steps, [cache], new Set(["stock-cache"]));
    expect(v.map.nodes.map((n) => n.id)).toEqual(["service", "mesh", "inventory", "stock"]);
    expect(v.map.edges).toContainEqual({ from: "service", to: "stock", kind: "flow" });
    expect(v.steps[0]).toMatchObject({ path: ["service", "stock"], ms: 2, span: "stock", packet: "GET /stock" });
    expect(v.steps[1]).toBe(steps[1]);
    expect([...v.changed]).toEqual(["ask"]);
    expect([...v.added]).toEqual(["stock"]);
    expect(totalMs(v.steps)).toBe(3);
  });

  it("remove nodes with their edges, and stack in the order the journey lists them", () => {
    const v = applyVariations(map, steps, [cache, noMesh], new Set(["no-mesh", "stock-cache"]));
    expect(v.map.nodes.map((n) => n.id)).toEqual(["service", "inventory", "stock"]);
    expect(v.map.edges).toEqual([{ from: "service", to: "stock", kind: "flow" }]);
    // The later variation's change builds on the earlier one's.
    expect(v.steps[0]).toMatchObject({ path: ["service", "stock"], ms: 2, caption: "Straight to the cache" });
  });

  it("say what they do to the total time", () => {
    expect(variationDelta(steps, cache)).toBe(-13);
    expect(variationDelta(steps, noMesh)).toBe(0);
  });
});

describe("variations that exclude each other", () => {
  const a = { ...cache, id: "a", excludes: ["b"] };
  const b = { ...noMesh, id: "b" };
  const c = { ...noMesh, id: "c" };

  it("are told apart whichever side says so", () => {
    expect(excluded([a, b, c], "a", "b")).toBe(true);
    expect(excluded([a, b, c], "b", "a")).toBe(true);
    expect(excluded([a, b, c], "b", "c")).toBe(false);
  });

  it("turning one on turns off those it excludes; turning one off leaves the rest", () => {
    expect(toggleVariation([a, b, c], ["b", "c"], "a", true)).toEqual(["c", "a"]);
    expect(toggleVariation([a, b, c], ["a"], "b", true)).toEqual(["b"]);
    expect(toggleVariation([a, b, c], ["a", "c"], "a", false)).toEqual(["c"]);
  });
});

describe("checking variations two at a time", () => {
  // "swap" sends the step through a node that "no-mesh" removes: together they break it.
  const swap: Variation = { ...cache, id: "swap", steps: [{ step: "ask", path: ["service", "mesh"] }] };

  it("reports a pair that breaks a route, and where to say they exclude each other", async () => {
    const { checkVariationPairs } = await import("@/app/_lib/content/variations-lenses");
    const { reporter } = await import("@/app/_lib/content/reporter");
    const problems: { file: string; line: number; message: string }[] = [];
    checkVariationPairs([swap, { ...noMesh, steps: [{ step: "after", caption: "x" }] }], (i) => 10 + i, reporter(problems, (p) => p, "v.yaml"), map, steps);
    expect(problems).toEqual([
      { file: "v.yaml", line: 11, message: "variations 'swap' and 'no-mesh' together break step 'ask' (its route leaves the changed map): make the two work together, or add excludes: [swap] to 'no-mesh'" },
    ]);
  });

  it("accepts the pair once one excludes the other, and names an exclusion of nothing", async () => {
    const { checkVariationPairs } = await import("@/app/_lib/content/variations-lenses");
    const { reporter } = await import("@/app/_lib/content/reporter");
    const problems: { file: string; line: number; message: string }[] = [];
    checkVariationPairs([swap, { ...noMesh, steps: [{ step: "after", caption: "x" }], excludes: ["swap", "ghost"] }], (i) => 10 + i, reporter(problems, (p) => p, "v.yaml"), map, steps);
    expect(problems.map((p) => p.message)).toEqual(["variation 'no-mesh' excludes 'ghost', which is not a variation here"]);
  });
});
