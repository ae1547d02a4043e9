/**
 * Loads and checks the architectures (`journeys/architectures/<id>.yaml`). Each one is a map in
 * lanes, what every node is for, a typical request to play, variations that change the picture,
 * and the files that implement each node. Problems are reported like the rest of the content:
 * `path:line: message`, all at once.
 */
import { readFileSync } from "node:fs";
import { layoutLanes } from "../architecture/layout";
import type { StageStep } from "../journey/stage";
import { idFilesIn, isFile, YAML_FILE } from "./files";
import type { Reporter } from "./reporter";
import { Architecture, type ArchitectureNode, type MapNode, type Variation } from "./schema";
import type { ArchitectureData, NodeDetails } from "./types";
import { checkVariation, checkVariationPairs } from "./variations-lenses";
import { check, parseYaml, type Located } from "./yaml-source";

export const ARCHITECTURES_DIR = "architectures";

/** An architecture as checked: its flows are the journeys that name it, known once they are loaded. */
export type CheckedArchitecture = Omit<ArchitectureData, "flows">;

/** Loads every architecture in `dir`; `root` reports for the content root (each file gets its own reporter). */
export function loadArchitectures(dir: string, root: Reporter, conceptIds: ReadonlySet<string>): CheckedArchitecture[] {
  const out: CheckedArchitecture[] = [];
  for (const { id, path, r } of idFilesIn(dir, YAML_FILE, root, "an architecture's file name is its URL: lowercase words joined by '-'")) {
    if (!isFile(path)) continue;
    const src = parseYaml(readFileSync(path, "utf8"), r);
    const before = r.count();
    const arch = src && check(Architecture, src, r);
    if (!arch || !src) continue;
    const data = checkArchitecture(id, arch, src, r, path, conceptIds);
    if (data && r.count() === before) out.push(data);
  }
  return out;
}

function checkArchitecture(
  id: string,
  arch: Architecture,
  src: Located<unknown>,
  r: Reporter,
  path: string,
  conceptIds: ReadonlySet<string>,
): CheckedArchitecture | undefined {
  const at = (...p: PropertyKey[]) => src.lineOf(p);

  const lanes = new Set<string>();
  arch.lanes.forEach((l, i) => {
    if (lanes.has(l.id)) r.at(at("lanes", i), `lane id '${l.id}' is used twice`);
    lanes.add(l.id);
  });
  const nodeIds = new Set<string>();
  const checkNode = (n: ArchitectureNode, where: PropertyKey[]) => {
    if (!lanes.has(n.lane)) r.at(at(...where, "lane"), `node '${n.id}' is in lane '${n.lane}', which is not in lanes`);
    n.concepts.forEach((c, k) => {
      if (!conceptIds.has(c)) r.at(at(...where, "concepts", k), `node '${n.id}' links concept '${c}', which does not exist (no journeys/concepts/${c}.mdx)`);
    });
  };
  arch.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) r.at(at("nodes", i), `node id '${n.id}' is used twice`);
    nodeIds.add(n.id);
    checkNode(n, ["nodes", i]);
  });
  const edgeKeys = new Set<string>();
  arch.edges.forEach((e, i) => {
    for (const end of [e.from, e.to]) if (!nodeIds.has(end)) r.at(at("edges", i), `edge ${e.from} → ${e.to} names node '${end}', which does not exist`);
    const key = [e.from, e.to].sort().join("|");
    if (edgeKeys.has(key)) r.at(at("edges", i), `edge ${e.from} → ${e.to} is listed twice`);
    edgeKeys.add(key);
  });
  const added = arch.variations.flatMap((v) => v.add.nodes);
  arch.variations.forEach((v, i) => v.add.nodes.forEach((n, k) => checkNode(n, ["variations", i, "add", "nodes", k])));
  const { map, places } = layoutLanes(arch.lanes, arch.nodes, arch.edges, added);

  // The request: a short journey on the map.
  const edges = new Set(arch.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]));
  const stepIds = new Set<string>();
  const steps: StageStep[] = arch.request.steps.map((s, i) => {
    const line = at("request", "steps", i);
    if (stepIds.has(s.id)) r.at(line, `request step id '${s.id}' is used twice`);
    stepIds.add(s.id);
    for (const n of new Set([...s.path, ...s.focus])) if (!nodeIds.has(n)) r.at(line, `request step '${s.id}' names node '${n}', which is not on the map`);
    s.path.forEach((n, k) => {
      const next = s.path[k + 1];
      if (next && nodeIds.has(n) && nodeIds.has(next) && !edges.has(`${n}>${next}`)) r.at(line, `request step '${s.id}' moves the packet ${n} → ${next}, but the map has no edge between them`);
    });
    return { id: s.id, chapterId: id, path: s.path, focus: s.focus, packet: s.packet ?? arch.request.packet, caption: s.caption, ms: s.ms };
  });

  // Variations: their nodes take the places reserved for them.
  const variations: Variation[] = arch.variations.map((v) => ({
    ...v,
    add: { nodes: v.add.nodes.map((n): MapNode => ({ id: n.id, label: n.label, layer: n.layer, x: places.get(n.id)?.x ?? 0, y: places.get(n.id)?.y ?? 0 })), edges: v.add.edges },
  }));
  const varIds = new Set<string>();
  arch.variations.forEach((v, i) => {
    if (varIds.has(v.id)) r.at(at("variations", i), `variation id '${v.id}' is used twice`);
    varIds.add(v.id);
    checkVariation(variations[i]!, (...p) => at("variations", i, ...p), r, map, steps);
  });
  checkVariationPairs(variations, (i) => at("variations", i), r, map, steps);

  // From diagram to code.
  const known = new Set([...nodeIds, ...added.map((n) => n.id)]);
  const paths = new Set<string>();
  arch.code.files.forEach((f, i) => {
    if (paths.has(f.path)) r.at(at("code", "files", i), `code path '${f.path}' is listed twice`);
    paths.add(f.path);
    f.nodes.forEach((n, k) => {
      if (!known.has(n)) r.at(at("code", "files", i, "nodes", k), `code path '${f.path}' names node '${n}', which is not on the map or added by a variation`);
    });
  });
  for (const n of arch.nodes) {
    if (!arch.code.files.some((f) => f.nodes.includes(n.id))) r.at(at("nodes", arch.nodes.indexOf(n)), `node '${n.id}' has no folder or file in code: say where it lives in the code, or what configures it`);
  }

  // Sections: a table's rows have a cell per column, and a section says something.
  arch.sections.forEach((sec, i) => {
    if (!sec.intro && sec.points.length === 0 && !sec.table) r.at(at("sections", i), `section '${sec.title}' is empty: give it an intro, points or a table`);
    sec.table?.rows.forEach((row, k) => {
      if (row.length !== sec.table!.columns.length) r.at(at("sections", i, "table", "rows", k), `section '${sec.title}': row ${k + 1} has ${row.length} cells for ${sec.table!.columns.length} columns`);
    });
  });

  const details: Record<string, NodeDetails> = {};
  for (const n of [...arch.nodes, ...added]) details[n.id] = { label: n.label, layer: n.layer, owns: n.owns, why: n.why, without: n.without, tools: n.tools, concepts: n.concepts };
  return {
    id,
    title: arch.title,
    purpose: arch.purpose,
    summary: arch.summary,
    aka: arch.aka,
    compare: arch.compare,
    map,
    details,
    request: { title: arch.request.title, steps },
    variations,
    code: arch.code,
    sections: arch.sections,
    path,
  };
}
