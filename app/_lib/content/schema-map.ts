/** The system map, as a journey draws it (coordinates) or an architecture lays it out (lanes). */
import { z } from "zod";
import { coord, id, Layer, text } from "./schema-base";

export const MapNode = z.strictObject({
  id,
  label: text,
  layer: Layer,
  x: coord,
  y: coord,
  group: id.optional(),
});
export type MapNode = z.infer<typeof MapNode>;

export const MapGroup = z.strictObject({
  id,
  label: text,
  x: coord,
  y: coord,
  w: coord,
  h: coord,
  /** Where the label sits: "bottom" (default) or "top" (lanes, whose bottom edge the lines cross). */
  labelAt: z.enum(["top", "bottom"]).optional(),
});
export type MapGroup = z.infer<typeof MapGroup>;

const EdgeKind = z.enum(["flow", "telemetry"]);
export const MapEdge = z
  .union([
    z.tuple([id, id]),
    z.strictObject({ from: id, to: id, kind: EdgeKind.default("flow"), label: text.max(40, "is a label on a line: 40 characters at most").optional() }),
  ])
  .transform((e) => (Array.isArray(e) ? { from: e[0], to: e[1], kind: "flow" as const } : e));
export type MapEdge = z.infer<typeof MapEdge>;

export const SystemMap = z.strictObject({
  width: z.number().positive(),
  height: z.number().positive(),
  groups: z.array(MapGroup).default([]),
  nodes: z.array(MapNode).min(1, "needs at least one node"),
  edges: z.array(MapEdge).default([]),
});
export type SystemMap = z.infer<typeof SystemMap>;

/** A band of a map laid out in lanes: nodes that share a role (clients, edge, services, data…). */
export const Lane = z.strictObject({ id, label: text.max(40, "is a lane's label: 40 characters at most") });
export type Lane = z.infer<typeof Lane>;

/** A node of a map laid out in lanes: no coordinates, a lane instead. */
export const LaneNode = z.strictObject({ id, label: text.max(28, "is a label in a small box: 28 characters at most"), layer: Layer, lane: id });
export type LaneNode = z.infer<typeof LaneNode>;

/**
 * A map written in lanes rather than coordinates: lanes are bands from top to bottom, and each
 * lane's nodes sit side by side in the order written. `layoutLanes` turns it into a `SystemMap`.
 */
export const LaneMap = z.strictObject({
  lanes: z.array(Lane).min(1, "needs at least one lane"),
  nodes: z.array(LaneNode).min(1, "needs at least one node"),
  edges: z.array(MapEdge).default([]),
});
export type LaneMap = z.infer<typeof LaneMap>;
