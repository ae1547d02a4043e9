import { describe, expect, it } from "vitest";
import { clampIndex, edgeKey, HELD_CAPTION, indexOfHash, stepIdOfHash, packetMotion, stageCaptions, stageState, type StageStep } from "@/app/_lib/journey/stage";
import { cameraFor, cameraTransform, easeInOut, mapBounds, mapPercent, nodeWidth, pointAlong, ROOM_LABEL_PX, roomLift } from "@/app/_lib/journey/map-geometry";
import { testMap } from "../support/test-map";

const map = testMap(
  [
    ["a", "Alpha", "client", 100, 300],
    ["b", "Beta", "network", 400, 300],
    ["c", "Gamma", "data", 900, 100],
  ],
  [["a", "b"], ["b", "c"]],
);
const steps: StageStep[] = [
  { id: "one", path: ["a"], focus: [], packet: "GET /", caption: "At A" },
  { id: "two", path: ["a", "b", "c"], focus: ["a"], packet: "POST /x", caption: "A to C" },
];

describe("a step held by a next-hop question", () => {
  const held: StageStep[] = [steps[0]!, { ...steps[1]!, predict: { quiz: "where-next", nodes: ["b", "c"] } }];

  it("keeps the packet at the start of the path with the candidates lit until it is answered", () => {
    const s = stageState(map, held, 1);
    expect(s.held).toBe(true);
    expect(s.packet).toEqual({ label: "POST /x", at: "a", route: [{ x: 100, y: 300 }] });
    expect(s.activeNodes).toEqual(["a", "b", "c"]);
    expect(s.activeEdges).toEqual([]);
    expect(s.caption).toBe(HELD_CAPTION);
  });

  it("plays the step as written once answered", () => {
    expect(stageState(map, held, 1, new Set(["where-next"]))).toEqual({ ...stageState(map, steps, 1), held: false });
    expect(stageState(map, held, 1, new Set(["another-quiz"])).held).toBe(true);
  });

  it("counts the held caption among those the stage can show, once", () => {
    expect(stageCaptions(held)).toEqual(["At A", "A to C", HELD_CAPTION]);
    expect(stageCaptions([...steps, { ...steps[0]!, id: "again" }])).toEqual(["At A", "A to C"]);
  });

  it("plays the route when an answer releases the step, whatever the previous step", () => {
    expect(packetMotion(1, 1, true)).toBe("play");
    expect(packetMotion(5, 1, true)).toBe("play");
    expect(packetMotion(5, 1)).toBe("jump");
  });
});

describe("stageState", () => {
  it("derives nodes, edges, packet route and caption from the index", () => {
    const s = stageState(map, steps, 1);
    expect(s.stepId).toBe("two");
    expect(s.activeNodes).toEqual(["a", "b", "c"]);
    expect(s.activeEdges).toEqual([edgeKey("a", "b"), edgeKey("b", "c")]);
    expect(s.packet).toEqual({ label: "POST /x", at: "c", route: [{ x: 100, y: 300 }, { x: 400, y: 300 }, { x: 900, y: 100 }] });
    expect(s.caption).toBe("A to C");
    expect(s.total).toBe(2);
  });

  it("lights focus nodes with the path, without lighting an edge to them", () => {
    const s = stageState(map, [{ ...steps[0]!, path: ["b"], focus: ["c"] }], 0);
    expect(s.activeNodes).toEqual(["b", "c"]);
    expect(s.activeEdges).toEqual([]);
    expect(s.packet.at).toBe("b");
  });

  it("clamps indexes outside the journey", () => {
    expect(stageState(map, steps, -3).stepId).toBe("one");
    expect(stageState(map, steps, 99).stepId).toBe("two");
    expect(clampIndex(Number.NaN, 5)).toBe(0);
    expect(clampIndex(2.7, 5)).toBe(2);
  });

  it("a fan-out lights every route and sends a packet along each, all from where the first starts", () => {
    const fan: StageStep = { id: "fan", path: ["b", "a"], branches: [["b", "c"]], focus: [], packet: "event", caption: "B tells A and C" };
    const s = stageState(map, [fan], 0);
    expect(s.activeNodes).toEqual(["b", "a", "c"]);
    expect(s.activeEdges).toEqual([edgeKey("a", "b"), edgeKey("b", "c")]);
    expect(s.packet).toEqual({ label: "event", at: "a", route: [{ x: 400, y: 300 }, { x: 100, y: 300 }] });
    expect(s.branches).toEqual([[{ x: 400, y: 300 }, { x: 900, y: 100 }]]);
    // Held for a next-hop question, only the packet's own start shows.
    expect(stageState(map, [{ ...fan, predict: { quiz: "q", nodes: ["a", "c"] } }], 0).branches).toEqual([]);
    expect(stageState(map, steps, 1).branches).toEqual([]);
  });

  it("a single-node path parks the packet on that node with no edges lit", () => {
    const s = stageState(map, steps, 0);
    expect(s.activeEdges).toEqual([]);
    expect(s.packet.route).toEqual([{ x: 100, y: 300 }]);
  });
});

describe("indexOfHash", () => {
  it("finds a step by hash with or without #, and decodes it", () => {
    expect(indexOfHash(steps, "#two")).toBe(1);
    expect(indexOfHash(steps, "one")).toBe(0);
    expect(indexOfHash([{ id: "é" }], "#%C3%A9")).toBe(0);
  });
  it("returns -1 for unknown or malformed hashes", () => {
    expect(indexOfHash(steps, "#nope")).toBe(-1);
    expect(indexOfHash(steps, "#%E0%A4%A")).toBe(-1);
    expect(indexOfHash(steps, "")).toBe(-1);
  });
  it("reads a hash once for every page (the presenter too): a malformed one names no step and never throws", () => {
    expect(stepIdOfHash("#%C3%A9")).toBe("é");
    expect(stepIdOfHash("#%E0%A4%A")).toBeUndefined();
    expect(stepIdOfHash("#%")).toBeUndefined();
    expect(stepIdOfHash("#")).toBeUndefined();
  });
});

describe("packetMotion", () => {
  it("plays the route only one step forward", () => {
    expect(packetMotion(3, 4)).toBe("play");
    expect(packetMotion(4, 3)).toBe("jump");
    expect(packetMotion(1, 5)).toBe("jump");
    expect(packetMotion(undefined, 0)).toBe("jump");
  });
});

describe("camera", () => {
  const bounds = mapBounds(map);
  const inside = (b: { x: number; y: number; w: number; h: number }) =>
    b.x >= bounds.x - 0.1 && b.y >= bounds.y - 0.1 && b.x + b.w <= bounds.x + bounds.w + 0.1 && b.y + b.h <= bounds.y + bounds.h + 0.1;

  it("keeps the frame's aspect ratio and the nodes in play in view", () => {
    const cam = cameraFor(map, ["a", "b"], { aspect: 3, minShare: 0.3 });
    expect(cam.w / cam.h).toBeCloseTo(3, 1);
    expect(cam.w).toBeLessThan(bounds.w);
    for (const n of map.nodes.slice(0, 2)) {
      expect(n.x).toBeGreaterThan(cam.x);
      expect(n.x).toBeLessThan(cam.x + cam.w);
    }
    expect(inside(cam)).toBe(true);
  });

  it("keeps a wide node's whole box in view, not just its centre", () => {
    const wide = testMap([
      ["left", "Logs · metrics · traces and much more", "observability", 200, 400],
      ["far", "Far", "data", 2000, 100],
      ["mid", "Mid", "data", 1100, 700],
    ]);
    const node = wide.nodes[0]!;
    const half = nodeWidth(node.label) / 2;
    expect(half).toBeGreaterThan(110);
    const cam = cameraFor(wide, ["left"], { aspect: 0.5, minShare: 0.1 });
    expect(cam.x).toBeLessThanOrEqual(node.x - half);
    expect(cam.x + cam.w).toBeGreaterThanOrEqual(node.x + half);
  });

  it("keeps nodes that a room's screen grows whole, even at the map's edge", () => {
    const wide = testMap([
      ["left", "Logs · metrics · traces and much more", "observability", 200, 400],
      ["right", "Far", "data", 2000, 100],
    ]);
    const [left, right] = wide.nodes as [(typeof wide.nodes)[0], (typeof wide.nodes)[0]];
    const cam = cameraFor(wide, ["left", "right"], { aspect: 2, minShare: 0.5, grow: 1.5 });
    expect(cam.x).toBeLessThanOrEqual(left.x - (nodeWidth(left.label) * 1.5) / 2);
    expect(cam.x + cam.w).toBeGreaterThanOrEqual(right.x + (nodeWidth(right.label) * 1.5) / 2);
    // Drawn at their size, the same nodes fit a tighter camera.
    expect(cameraFor(wide, ["left", "right"], { aspect: 2, minShare: 0.5 }).w).toBeLessThan(cam.w);
  });

  it("never shows less than the minimum share of the map", () => {
    const cam = cameraFor(map, ["a"], { aspect: 1, minShare: 0.6 });
    // A square frame fits the whole (wide) map by its height: keep 60% of that width.
    expect(cam.w).toBeGreaterThanOrEqual(Math.min(bounds.w, bounds.h) * 0.6 - 0.1);
    expect(cam.w).toBeLessThan(bounds.w);
  });

  it("shows the whole map, centred, when the nodes in play span it", () => {
    const cam = cameraFor(map, ["a", "c"], { aspect: 3, minShare: 0.5 });
    expect(cam.x).toBeLessThanOrEqual(bounds.x);
    expect(cam.x + cam.w).toBeGreaterThanOrEqual(bounds.x + bounds.w);
    expect(cam.y + cam.h).toBeGreaterThanOrEqual(bounds.y + bounds.h - 0.1);
  });

  it("bounds include every node's box with room for the packet", () => {
    expect(bounds.x).toBeLessThan(100 - 50);
    expect(bounds.y).toBeLessThan(100 - 23 - 40);
  });
});

describe("camera transform", () => {
  const bounds = { x: 0, y: 0, w: 1000, h: 500 };
  // Where a map point lands on screen: first the resting "meet" fit, then the camera's transform.
  const onScreen = (p: { x: number; y: number }, frame: { width: number; height: number }, view: { x: number; y: number; scale: number }) => {
    const rest = Math.min(frame.width / bounds.w, frame.height / bounds.h);
    const bx = (frame.width - rest * bounds.w) / 2 + rest * (p.x - bounds.x);
    const by = (frame.height - rest * bounds.h) / 2 + rest * (p.y - bounds.y);
    return { x: view.x + view.scale * bx, y: view.y + view.scale * by };
  };

  it("is the identity when the camera shows the whole map", () => {
    expect(cameraTransform(bounds, bounds, { width: 800, height: 400 })).toEqual({ x: 0, y: 0, scale: 1 });
  });

  it("carries the camera's box onto the frame, corner to corner", () => {
    const frame = { width: 600, height: 300 };
    const camera = { x: 200, y: 100, w: 400, h: 200 };
    const view = cameraTransform(bounds, camera, frame);
    expect(view.scale).toBeCloseTo(2.5, 3);
    const tl = onScreen({ x: 200, y: 100 }, frame, view);
    const br = onScreen({ x: 600, y: 300 }, frame, view);
    expect(tl.x).toBeCloseTo(0, 0);
    expect(tl.y).toBeCloseTo(0, 0);
    expect(br.x).toBeCloseTo(600, 0);
    expect(br.y).toBeCloseTo(300, 0);
  });

  it("centres the camera in a frame of another shape (letterboxed, like the resting fit)", () => {
    const frame = { width: 400, height: 400 };
    const view = cameraTransform(bounds, { x: 100, y: 100, w: 200, h: 200 }, frame);
    const centre = onScreen({ x: 200, y: 200 }, frame, view);
    expect(centre.x).toBeCloseTo(200, 0);
    expect(centre.y).toBeCloseTo(200, 0);
  });

  it("does nothing for a frame or camera with no area", () => {
    expect(cameraTransform(bounds, bounds, { width: 0, height: 300 })).toEqual({ x: 0, y: 0, scale: 1 });
    expect(cameraTransform(bounds, { x: 0, y: 0, w: 0, h: 0 }, { width: 300, height: 300 })).toEqual({ x: 0, y: 0, scale: 1 });
  });
});

describe("a room's lift", () => {
  const frame = { width: 1300, height: 850 };

  it("leaves nodes as they are when the camera is close enough for labels of the room's size", () => {
    // 1300 px for 650 units: 2 px a unit, labels 30 px.
    expect(roomLift({ x: 0, y: 0, w: 650, h: 425 }, frame)).toBe(1);
  });

  it("grows the nodes in play until their labels reach the room's size", () => {
    // 1300 px for 1100 units: labels 17.7 px, so the nodes grow to make them 20.
    const lift = roomLift({ x: 0, y: 0, w: 1100, h: 600 }, frame);
    expect((lift * 15 * 1300) / 1100).toBeCloseTo(ROOM_LABEL_PX, 5);
  });

  it("reads the frame's tighter side, and never grows a node past half again its size", () => {
    // The height binds: 850 px for 1700 units.
    expect(roomLift({ x: 0, y: 0, w: 1000, h: 1700 }, frame)).toBe(1.5);
  });

  it("does nothing for a frame or camera with no area", () => {
    expect(roomLift({ x: 0, y: 0, w: 0, h: 0 }, frame)).toBe(1);
    expect(roomLift({ x: 0, y: 0, w: 800, h: 400 }, { width: 0, height: 400 })).toBe(1);
  });
});

describe("mapPercent", () => {
  const bounds = { x: -20, y: -40, w: 400, h: 200 };
  it("places the bounds' corners at 0% and 100%", () => {
    expect(mapPercent(bounds, { x: -20, y: -40 })).toEqual({ x: 0, y: 0 });
    expect(mapPercent(bounds, { x: 380, y: 160 })).toEqual({ x: 100, y: 100 });
  });
  it("places a point by its share of the width and height, to a hundredth of a percent", () => {
    expect(mapPercent(bounds, { x: 180, y: 60 })).toEqual({ x: 50, y: 50 });
    expect(mapPercent(bounds, { x: 0, y: 0 })).toEqual({ x: 5, y: 20 });
    expect(mapPercent({ x: 0, y: 0, w: 3, h: 3 }, { x: 1, y: 2 })).toEqual({ x: 33.33, y: 66.67 });
  });
});

describe("a packet's place along its route", () => {
  it("eases in and out like CSS's ease-in-out", () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 5);
    // Slow at both ends, symmetric about the middle.
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
    expect(easeInOut(0.25) + easeInOut(0.75)).toBeCloseTo(1, 5);
  });

  const route = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 50 },
  ];
  it("is at the route's ends at 0 and 1, and at each node between hops", () => {
    expect(pointAlong(route, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(route, 0.5)).toEqual({ x: 100, y: 0 });
    expect(pointAlong(route, 1)).toEqual({ x: 100, y: 50 });
    expect(pointAlong(route, 7)).toEqual({ x: 100, y: 50 });
  });
  it("is half way along a hop at the middle of its time", () => {
    const p = pointAlong(route, 0.25);
    expect(p.x).toBeCloseTo(50, 3);
    expect(p.y).toBe(0);
    expect(pointAlong(route, 0.75).y).toBeCloseTo(25, 3);
  });
  it("stays where a one-place route is", () => {
    expect(pointAlong([{ x: 3, y: 4 }], 0.5)).toEqual({ x: 3, y: 4 });
  });
});
