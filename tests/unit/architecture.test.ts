import { describe, expect, it } from "vitest";
import { codeTree, filesOf, nodesOf } from "@/app/_lib/architecture/code-tree";
import { compareRows, type CompareRow } from "@/app/_lib/architecture/compare";
import { layoutLanes } from "@/app/_lib/architecture/layout";
import { placeOnPath } from "@/app/_lib/architecture/path-place";
import { nodeWidth } from "@/app/_lib/journey/map-geometry";

describe("lanes laid out as a map", () => {
  const lanes = [
    { id: "clients", label: "Clients" },
    { id: "app", label: "Application" },
    { id: "data", label: "Data" },
  ];
  const nodes = [
    { id: "web", label: "Web app", layer: "client" as const, lane: "clients" },
    { id: "mobile", label: "Mobile app", layer: "client" as const, lane: "clients" },
    { id: "api", label: "API", layer: "application" as const, lane: "app" },
    { id: "db", label: "Primary database", layer: "data" as const, lane: "data" },
  ];
  const extra = [{ id: "replica", label: "Read replica", layer: "data" as const, lane: "data" }];

  it("puts lanes in bands from top to bottom and a lane's nodes side by side, in the order written, without overlap", () => {
    const { map } = layoutLanes(lanes, nodes, []);
    const at = (id: string) => map.nodes.find((n) => n.id === id)!;
    expect(at("web").y).toBe(at("mobile").y);
    expect(at("web").y).toBeLessThan(at("api").y);
    expect(at("api").y).toBeLessThan(at("db").y);
    expect(at("web").x + nodeWidth("Web app") / 2).toBeLessThan(at("mobile").x - nodeWidth("Mobile app") / 2);
    expect(map.groups.map((g) => g.label)).toEqual(["Clients", "Application", "Data"]);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(map.width);
      expect(n.y).toBeLessThan(map.height);
    }
  });

  it("keeps places for nodes a variation may add, so turning it on moves nothing", () => {
    const without = layoutLanes(lanes, nodes, []);
    const withRoom = layoutLanes(lanes, nodes, [], extra);
    expect(withRoom.map.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(withRoom.places.get("replica")).toBeDefined();
    expect(withRoom.places.get("replica")!.y).toBe(withRoom.places.get("db")!.y);
    // The single node of a lane is centred; with a reserved neighbour it makes room.
    expect(without.places.get("db")!.x).not.toBe(withRoom.places.get("db")!.x);
  });
});

describe("from diagram to code", () => {
  const tree = codeTree([
    { path: "api/src/routes/orders.ts", nodes: ["api"] },
    { path: "api/", nodes: ["api"], note: "the API" },
    { path: "infra/database.tf", nodes: ["db", "replica"] },
    { path: "web/", nodes: ["client"] },
    { path: "api/src/cache.ts", nodes: ["cache"] },
  ]);

  it("builds the folder tree, implied folders included, folders before files, parents before children", () => {
    expect(tree.map((e) => `${"  ".repeat(e.depth)}${e.name}`)).toEqual([
      "api/",
      "  src/",
      "    routes/",
      "      orders.ts",
      "    cache.ts",
      "infra/",
      "  database.tf",
      "web/",
    ]);
    expect(tree[0]).toMatchObject({ kind: "folder", nodes: ["api"], note: "the API" });
    expect(tree.find((e) => e.path === "api/src/")?.nodes).toEqual([]);
  });

  it("answers both ways: what an entry implements (a folder, all it holds), and where a node lives", () => {
    expect(nodesOf(tree, "api/").sort()).toEqual(["api", "cache"]);
    expect(nodesOf(tree, "infra/database.tf")).toEqual(["db", "replica"]);
    expect(filesOf(tree, "api")).toEqual(["api/", "api/src/routes/orders.ts"]);
    expect(filesOf(tree, "replica")).toEqual(["infra/database.tf"]);
    expect(filesOf(tree, "nowhere")).toEqual([]);
  });
});

describe("which one when", () => {
  const rows: CompareRow[] = [
    { id: "a", title: "Serverless", purpose: "p", scale: "large", complexity: "medium", team: "small", use: "u" },
    { id: "b", title: "Classic web app", purpose: "p", scale: "medium", complexity: "low", team: "small", use: "u" },
    { id: "c", title: "Multi-region", purpose: "p", scale: "global", complexity: "high", team: "large", use: "u" },
    { id: "d", title: "Microservices", purpose: "p", scale: "large", complexity: "high", team: "large", use: "u" },
  ];

  it("sorts by the order of a column's values, not their spelling, with ties by title", () => {
    expect(compareRows(rows, "scale", true).map((r) => r.id)).toEqual(["b", "d", "a", "c"]);
    expect(compareRows(rows, "complexity", false).map((r) => r.id)).toEqual(["d", "c", "a", "b"]);
    expect(compareRows(rows, "title", true).map((r) => r.title)).toEqual(["Classic web app", "Microservices", "Multi-region", "Serverless"]);
  });

  it("filters by every value that is set", () => {
    expect(compareRows(rows, "title", true, { team: "large" }).map((r) => r.id)).toEqual(["d", "c"]);
    expect(compareRows(rows, "title", true, { team: "large", scale: "global" }).map((r) => r.id)).toEqual(["c"]);
    expect(compareRows(rows, "title", true, { complexity: "low", team: "large" })).toEqual([]);
  });
});

describe("a place on the path through the architectures", () => {
  const path = ["simple", "middle", "complex"].map((id) => ({ id, title: id.toUpperCase(), adds: `what ${id} adds` }));

  it("numbers the stop from one and names the stops either side", () => {
    expect(placeOnPath(path, "middle")).toEqual({ stop: 2, of: 3, adds: "what middle adds", before: path[0], after: path[2] });
  });

  it("has nothing before the first stop or after the last", () => {
    expect(placeOnPath(path, "simple")).toMatchObject({ stop: 1, before: undefined, after: path[1] });
    expect(placeOnPath(path, "complex")).toMatchObject({ stop: 3, before: path[1], after: undefined });
  });

  it("is undefined for an architecture the path does not name", () => {
    expect(placeOnPath(path, "elsewhere")).toBeUndefined();
    expect(placeOnPath([], "simple")).toBeUndefined();
  });
});
