/**
 * The map's geometry: how big a node is drawn, the box around everything drawn, where a point
 * sits in the fitted picture, and the camera that frames a step's nodes in the stage's frame.
 * Pure arithmetic on map coordinates, shared by the stage, the packet and the static maps.
 */
import type { SystemMap } from "../content/schema";

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; w: number; h: number };

/** Box width that fits a label at the map's font size (15 px, up to 9.4 px a character in bold). */
export function nodeWidth(label: string): number {
  return Math.max(112, Math.round(label.length * 9.4 + 26));
}
export const NODE_HEIGHT = 46;
const MAP_MARGIN = 24;
/** Room above a node for the packet, which rides 40 units above the node's centre. */
const PACKET_HEADROOM = 40;

/** The box around everything drawn on the map. */
export function mapBounds(map: SystemMap): Readonly<Box> {
  // Asked for on every step (the stage, the map, the camera) of a map that does not change.
  const known = boundsOf.get(map);
  if (known) return known;
  const boxes = [
    ...map.nodes.map((n) => ({ x: n.x - nodeWidth(n.label) / 2, y: n.y - NODE_HEIGHT / 2, w: nodeWidth(n.label), h: NODE_HEIGHT })),
    ...map.groups,
  ];
  const x0 = Math.min(...boxes.map((b) => b.x)) - MAP_MARGIN;
  const y0 = Math.min(...boxes.map((b) => b.y)) - MAP_MARGIN - PACKET_HEADROOM;
  const x1 = Math.max(...boxes.map((b) => b.x + b.w)) + MAP_MARGIN;
  const y1 = Math.max(...boxes.map((b) => b.y + b.h)) + MAP_MARGIN;
  const bounds = Object.freeze({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
  boundsOf.set(map, bounds);
  return bounds;
}
const boundsOf = new WeakMap<SystemMap, Readonly<Box>>();

/**
 * Where a map point sits in the map's fitted picture, as percentages of its width and height.
 * The packet rides in an HTML layer over the SVG (so the compositor can move it), placed by these.
 */
export function mapPercent(bounds: Box, p: Point): Point {
  const pct = (v: number) => Math.round(v * 10000) / 100;
  return { x: pct((p.x - bounds.x) / bounds.w), y: pct((p.y - bounds.y) / bounds.h) };
}

/** CSS's `ease-in-out` (cubic-bezier(0.42, 0, 0.58, 1)) at time `t` (0–1): how far along. */
export function easeInOut(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  // x(u) = 3(1-u)²u·0.42 + 3(1-u)u²·0.58 + u³; find u with x(u) = t, then y(u) with y's points 0 and 1.
  const x = (u: number) => 3 * (1 - u) * (1 - u) * u * 0.42 + 3 * (1 - u) * u * u * 0.58 + u * u * u;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (x(mid) < t) lo = mid;
    else hi = mid;
  }
  const u = (lo + hi) / 2;
  return 3 * (1 - u) * u * u + u * u * u;
}

/**
 * Where a packet travelling `route` stands at `progress` (0–1, even in time across the hops),
 * each hop easing in and out as the packet's animation does. Lets a trip cut short start the next
 * one from where the packet is, without asking the browser (which would force a style pass).
 */
export function pointAlong(route: readonly Point[], progress: number): Point {
  const last = route[route.length - 1];
  if (!last || route.length === 1) return last ?? { x: 0, y: 0 };
  const hops = route.length - 1;
  const at = Math.min(Math.max(progress, 0), 1) * hops;
  const hop = Math.min(Math.floor(at), hops - 1);
  const a = route[hop]!;
  const b = route[hop + 1]!;
  const k = easeInOut(at - hop);
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}

export type CameraOptions = {
  /** Width ÷ height of the frame the map is drawn in. */
  aspect: number;
  /** Smallest share of the whole map (as fitted to the frame) the camera keeps, so a zoom never loses context. */
  minShare: number;
  /** How much larger than drawn a node in play may grow about its centre (a room's screen: `MAX_LIFT`); the camera keeps it whole. Default: 1. */
  grow?: number;
};

const CAMERA_PADDING = 110;
/** Room beside a node wider than the padding allows, so its box is never cut at the frame's edge. */
const NODE_MARGIN = 24;

/**
 * The part of the map to show for a step: the nodes in play, padded, grown to the frame's
 * aspect and to a minimum size, kept inside the map's bounds where it fits.
 */
export function cameraFor(map: SystemMap, activeNodes: readonly string[], { aspect, minShare, grow = 1 }: CameraOptions): Box {
  // Grown nodes reach past the map's margin: the widest one's overhang widens the bounds on every side.
  const over = (Math.max(0, ...map.nodes.map((n) => nodeWidth(n.label))) * (grow - 1)) / 2;
  const drawn = mapBounds(map);
  const bounds = { x: drawn.x - over, y: drawn.y - over, w: drawn.w + 2 * over, h: drawn.h + 2 * over };
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  // Each node's reach from its centre: the padding, or its whole box and a margin when it is wider.
  const reach = activeNodes.flatMap((id) => {
    const n = nodes.get(id);
    if (!n) return [];
    const half = Math.max(CAMERA_PADDING, (nodeWidth(n.label) * grow) / 2 + NODE_MARGIN);
    return [{ left: n.x - half, right: n.x + half, top: n.y - CAMERA_PADDING, bottom: n.y + CAMERA_PADDING }];
  });
  if (reach.length === 0 || !(aspect > 0)) return fit(bounds, bounds, aspect);
  const left = Math.min(...reach.map((r) => r.left));
  const right = Math.max(...reach.map((r) => r.right));
  const top = Math.min(...reach.map((r) => r.top));
  const bottom = Math.max(...reach.map((r) => r.bottom));
  let w = right - left;
  const h = bottom - top;
  // The whole map fitted to the frame is as wide as the wider of the two; keep a share of that.
  w = Math.max(w, h * aspect, minShare * Math.min(bounds.w, bounds.h * aspect));
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  return fit({ x: cx - w / 2, y: cy - w / aspect / 2, w, h: w / aspect }, bounds, aspect);
}

export type FrameSize = { width: number; height: number };

/** The map's label size, in map units (see `nodeWidth`). */
const LABEL_UNITS = 15;
/** The smallest label, in CSS pixels, a room's screen shows for the nodes in play: readable from the back of a room. */
export const ROOM_LABEL_PX = 20;
/** How far a node in play may grow on a room's screen: past this, neighbours in play would overlap. */
export const MAX_LIFT = 1.5;

/**
 * How much a room's screen grows the nodes in play (box and label together, about each node's
 * centre) when the camera shows so much of the map that their labels would be smaller than
 * `ROOM_LABEL_PX`: 1 when they are already that big.
 */
export function roomLift(camera: Box, frame: FrameSize): number {
  if (!(frame.width > 0 && frame.height > 0 && camera.w > 0 && camera.h > 0)) return 1;
  const px = Math.min(frame.width / camera.w, frame.height / camera.h) * LABEL_UNITS;
  return Math.min(MAX_LIFT, Math.max(1, ROOM_LABEL_PX / px));
}

/** A 2D similarity transform (translate, then scale about the top-left corner), in CSS pixels. */
export type CameraView = { x: number; y: number; scale: number };

/** No zoom: the whole map, as the frame shows it at rest. */
export const WHOLE_MAP: CameraView = { x: 0, y: 0, scale: 1 };

/**
 * The transform that turns the frame's resting picture (the whole map fitted with "meet") into
 * the camera's picture (the `camera` box fitted and centred). Moving the camera is then a
 * compositor-friendly CSS transform rather than a new viewBox, which would lay out the whole
 * SVG again on every animation frame.
 */
export function cameraTransform(bounds: Box, camera: Box, frame: FrameSize): CameraView {
  if (!(frame.width > 0 && frame.height > 0 && camera.w > 0 && camera.h > 0)) return WHOLE_MAP;
  const rest = Math.min(frame.width / bounds.w, frame.height / bounds.h);
  const zoom = Math.min(frame.width / camera.w, frame.height / camera.h);
  const scale = zoom / rest;
  // Where the camera's centre sits in the resting picture…
  const cx = (frame.width - rest * bounds.w) / 2 + rest * (camera.x + camera.w / 2 - bounds.x);
  const cy = (frame.height - rest * bounds.h) / 2 + rest * (camera.y + camera.h / 2 - bounds.y);
  // …is carried to the frame's centre.
  return { x: round(frame.width / 2 - scale * cx), y: round(frame.height / 2 - scale * cy), scale: Math.round(scale * 1000) / 1000 };
}

/** Keeps a box inside the bounds where it fits; a box as large as the bounds shows all of them, centred. */
function fit(box: Box, bounds: Box, aspect: number): Box {
  let { w, h } = box;
  if (w >= bounds.w || h >= bounds.h) {
    w = Math.max(bounds.w, aspect > 0 ? bounds.h * aspect : 0);
    h = aspect > 0 ? w / aspect : bounds.h;
  }
  const along = (start: number, size: number, lo: number, span: number) =>
    size >= span ? lo + (span - size) / 2 : Math.min(Math.max(start, lo), lo + span - size);
  return {
    x: round(along(box.x, w, bounds.x, bounds.w)),
    y: round(along(box.y, h, bounds.y, bounds.h)),
    w: round(w),
    h: round(h),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
