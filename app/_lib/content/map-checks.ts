/**
 * A journey's map (`map.yaml`): written with coordinates, or in lanes (then laid out here). Its
 * ids must be unique, every node in a group and every edge between nodes that exist.
 */
import { layoutLanes } from "../architecture/layout";
import type { Reporter } from "./reporter";
import { LaneMap, SystemMap } from "./schema";
import { check, type Located } from "./yaml-source";

/** Reads and checks a parsed `map.yaml`; undefined when it has problems of its own. */
export function readMap(src: Located<unknown>, r: Reporter): SystemMap | undefined {
  const map = layOut(src, r);
  if (map) checkMap(map, src, r);
  return map;
}

/** A map written in lanes is laid out once its lanes are checked. */
function layOut(src: Located<unknown>, r: Reporter): SystemMap | undefined {
  const value = src.value;
  if (!(value && typeof value === "object" && "lanes" in value)) return check(SystemMap, src, r);
  const laneMap = check(LaneMap, src, r);
  if (!laneMap) return undefined;
  const lanes = new Set(laneMap.lanes.map((l) => l.id));
  const before = r.count();
  laneMap.nodes.forEach((n, i) => {
    if (!lanes.has(n.lane)) r.at(src.lineOf(["nodes", i, "lane"]), `node '${n.id}' is in lane '${n.lane}', which is not in lanes`);
  });
  return r.count() === before ? layoutLanes(laneMap.lanes, laneMap.nodes, laneMap.edges).map : undefined;
}

function checkMap(map: SystemMap, src: Located<unknown>, r: Reporter): void {
  const ids = new Map<string, number>();
  const groups = new Set<string>();
  map.groups.forEach((g, i) => {
    if (groups.has(g.id)) r.at(src.lineOf(["groups", i]), `group id '${g.id}' is used twice`);
    groups.add(g.id);
  });
  map.nodes.forEach((n, i) => {
    const line = src.lineOf(["nodes", i]);
    if (ids.has(n.id)) r.at(line, `node id '${n.id}' is used twice`);
    ids.set(n.id, i);
    if (n.group && !groups.has(n.group)) r.at(line, `node '${n.id}' is in group '${n.group}', which is not in groups`);
    if (n.x > map.width || n.y > map.height) r.at(line, `node '${n.id}' lies outside the ${map.width} × ${map.height} map`);
  });
  const seen = new Set<string>();
  map.edges.forEach((e, i) => {
    const line = src.lineOf(["edges", i]);
    for (const end of [e.from, e.to]) {
      if (!ids.has(end)) r.at(line, `edge ${e.from} → ${e.to} names node '${end}', which does not exist`);
    }
    const key = [e.from, e.to].sort().join("|");
    if (seen.has(key)) r.at(line, `edge ${e.from} → ${e.to} is listed twice`);
    seen.add(key);
  });
}
