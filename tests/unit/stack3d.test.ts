import { describe, expect, it } from "vitest";
import { journeyRoute, LEVEL_GAP, stackLayout } from "@/app/_lib/journey/stack3d";
import { testMap } from "../support/test-map";

const map = testMap(
  [
    ["browser", "Browser", "client", 100, 300],
    ["edge", "Edge", "edge", 500, 100],
    ["app", "App", "application", 900, 300],
    ["db", "DB", "data", 900, 500],
  ],
);

describe("the 3D stack", () => {
  it("follows the click across every step's path, without repeating a node back to back", () => {
    expect(journeyRoute([{ path: ["browser"] }, { path: ["browser", "edge"] }, { path: ["edge", "app", "db"] }, { path: ["db", "app"] }])).toEqual([
      "browser",
      "edge",
      "app",
      "db",
      "app",
    ]);
  });

  it("puts each layer on its own level, bottom to top in the order a request meets them", () => {
    const s = stackLayout(map, []);
    expect(s.levels.map((l) => l.layer)).toEqual(["client", "edge", "application", "data"]);
    const ys = s.levels.map((l) => l.y);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeCloseTo(LEVEL_GAP));
    // Centred on the middle level.
    expect(ys[0]! + ys.at(-1)!).toBeCloseTo(0);
  });

  it("keeps each block where its node sits on the 2D map, seen from above", () => {
    const s = stackLayout(map, []);
    const at = Object.fromEntries(s.blocks.map((b) => [b.id, b.position]));
    expect(at.browser![0]).toBeLessThan(at.edge![0]);
    expect(at.edge![0]).toBeLessThan(at.app![0]);
    expect(at.edge![2]).toBeLessThan(at.app![2]);
    expect(at.app![0]).toBeCloseTo(at.db![0]);
    expect(at.db![1]).toBeGreaterThan(at.app![1]);
  });

  it("draws the route through the blocks the click visits, and skips nodes not on the map", () => {
    const s = stackLayout(map, [{ path: ["browser", "edge", "ghost", "app"] }]);
    expect(s.routeNodes).toEqual(["browser", "edge", "app"]);
    expect(s.route).toEqual(s.routeNodes.map((id) => s.blocks.find((b) => b.id === id)!.position));
  });
});
