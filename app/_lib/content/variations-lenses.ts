/**
 * Checks a journey's variations (`variations.yaml`) and lenses (`lenses.yaml`) against its map
 * and steps. A variation must leave a journey the packet can still travel: every step it
 * changes moves along edges of the changed map, no step still passes a node it removes, and no
 * fork or lens still needs a node it removes (see `MapUser`).
 */
import { z } from "zod";
import { applyVariations } from "../journey/variations";
import type { Reporter } from "./reporter";
import { Lens, Variation, type SystemMap } from "./schema";
import { check, checkItem, type Located } from "./yaml-source";

/** What a variation needs to know of a step: its route and what it shows. */
type VariedStep = { id: string; path: string[]; focus: string[]; packet: string; caption: string; ms?: number; span?: string };

/**
 * Something else that plays on the map a variation changes, and the nodes it needs there.
 *
 * A variation may not remove a node a fork or a lens still uses; the check refuses it rather
 * than the reader hiding that fork or lens. A variation is a toggle the reader flips while
 * reading: the lens stays on and the fork's button stays offered, and a fork's page plays the
 * map as map.yaml draws it. Either would then show or explain a node the reader has just turned
 * off, and hiding them would take a part of the journey away without a word. The author keeps
 * the node on the map and reroutes the steps past it, or leaves it out of the lens.
 */
export type MapUser = { name: string; nodes: ReadonlySet<string>; fix: string };

/** The journey's forks and lenses, as the nodes each needs on the map. */
export function mapUsers(forks: readonly { id: string; steps: readonly { path: string[]; focus: string[] }[] }[], lenses: readonly Lens[]): MapUser[] {
  return [
    ...forks.map((f) => ({
      name: `fork '${f.id}'`,
      nodes: new Set(f.steps.flatMap((s) => [...s.path, ...s.focus])),
      fix: "its button stays on the step and its page draws the map unchanged, so it would play a node the reader turned off; keep the node and reroute the steps past it instead",
    })),
    ...lenses.map((l) => ({
      name: `lens '${l.id}'`,
      nodes: new Set(l.nodes.map((n) => n.node)),
      fix: "a lens stays on while variations change the map, so it would explain a node that is gone; keep the node and reroute the steps past it, or leave it out of the lens",
    })),
  ];
}

/** What else a variation is checked against, besides the map and the main line. */
export type VariationContext = {
  /** Ids of steps written in the chapters that could not be read (their own problems are reported): not "unknown". */
  unread?: ReadonlySet<string>;
  users?: readonly MapUser[];
};

/**
 * `steps` is undefined when a chapter could not be parsed: which steps exist is then unknown,
 * so only what the map alone tells is checked, and nothing that would follow from that failure.
 */
export function checkVariations(src: Located<unknown>, r: Reporter, map: SystemMap | undefined, steps: VariedStep[] | undefined, context: VariationContext = {}): Variation[] {
  const items = readList(Variation, "variation", src, r);
  const out = items.filter(({ item, index }) => map && checkVariation(item, (...path) => src.lineOf([index, ...path]), r, map, steps, context));
  if (map && steps) checkVariationPairs(out.map((o) => o.item), (k) => src.lineOf([out[k]!.index]), r, map, steps);
  return out.map((o) => o.item);
}

/**
 * Reads a YAML list of items with ids: each is checked against its schema (its problems named by
 * its id rather than its position), and an id used twice is refused. Returns the valid items
 * with their positions in the file.
 */
function readList<T extends { id: string }>(schema: z.ZodType<T>, kind: string, src: Located<unknown>, r: Reporter): { item: T; index: number }[] {
  const list = check(z.array(z.unknown(), { error: `must be a list of ${kind === "lens" ? "lenses" : `${kind}s`}` }), src, r);
  if (!list) return [];
  const ids = new Map<string, number>();
  return list.flatMap((_, index) => {
    const item = checkItem(schema, src, index, kind, r);
    if (!item) return [];
    const line = src.lineOf([index]);
    if (ids.has(item.id)) {
      r.at(line, `${kind} id '${item.id}' is used twice (also at line ${ids.get(item.id)})`);
      return [];
    }
    ids.set(item.id, line);
    return [{ item, index }];
  });
}

/**
 * Checks that every two variations that may be on together still leave a route the packet can
 * travel (each was checked alone already); a pair that cannot must say so with `excludes`.
 */
export function checkVariationPairs(variations: readonly Variation[], at: (i: number) => number, r: Reporter, map: SystemMap, steps: VariedStep[]): void {
  variations.forEach((a, i) => {
    for (const id of a.excludes) {
      if (!variations.some((v) => v.id === id)) r.at(at(i), `variation '${a.id}' excludes '${id}', which is not a variation here`);
    }
    variations.slice(i + 1).forEach((b) => {
      if (a.excludes.includes(b.id) || b.excludes.includes(a.id)) return;
      const both = applyVariations(map, steps, [a, b], new Set([a.id, b.id]));
      const nodes = new Set(both.map.nodes.map((n) => n.id));
      const edges = new Set(both.map.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]));
      const broken = both.steps.find(
        (s) => [...s.path, ...s.focus].some((n) => !nodes.has(n)) || s.path.some((n, k) => k > 0 && !edges.has(`${s.path[k - 1]}>${n}`)),
      );
      if (broken) {
        r.at(
          at(variations.indexOf(b)),
          `variations '${a.id}' and '${b.id}' together break step '${broken.id}' (its route leaves the changed map): make the two work together, or add excludes: [${a.id}] to '${b.id}'`,
        );
      }
    });
  });
}

/**
 * Checks one variation against the map and steps it changes; `at` gives the line of a path
 * inside the variation. True when it has no problems.
 */
export function checkVariation(v: Variation, at: (...path: PropertyKey[]) => number, r: Reporter, map: SystemMap, steps: VariedStep[] | undefined, { unread, users = [] }: VariationContext = {}): boolean {
  const before = r.count();
  const name = `variation '${v.id}'`;
  const existing = new Set(map.nodes.map((n) => n.id));
  v.remove.nodes.forEach((n, k) => {
    if (!existing.has(n)) r.at(at("remove", "nodes", k), `${name} removes node '${n}', which is not in map.yaml`);
    for (const user of users) {
      if (user.nodes.has(n)) r.at(at("remove", "nodes", k), `${name} removes node '${n}', which ${user.name} still uses: ${user.fix}`);
    }
  });
  v.add.nodes.forEach((n, k) => {
    if (existing.has(n.id) && !v.remove.nodes.includes(n.id)) r.at(at("add", "nodes", k), `${name} adds node '${n.id}', which the map already has`);
    if (n.x > map.width || n.y > map.height) r.at(at("add", "nodes", k), `${name} adds node '${n.id}' outside the ${map.width} × ${map.height} map`);
  });
  const varied = applyVariations(map, steps ?? [], [v], new Set([v.id]));
  const nodes = new Set(varied.map.nodes.map((n) => n.id));
  const edges = new Set(varied.map.edges.flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]));
  v.add.edges.forEach((e, k) => {
    for (const end of [e.from, e.to]) {
      if (!nodes.has(end)) r.at(at("add", "edges", k), `${name} adds edge ${e.from} → ${e.to}, but node '${end}' is not on the changed map`);
    }
  });
  if (!steps) return r.count() === before;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const changed = new Set<string>();
  v.steps.forEach((c, k) => {
    const line = at("steps", k);
    if (changed.has(c.step)) r.at(line, `${name} changes step '${c.step}' twice`);
    changed.add(c.step);
    const base = byId.get(c.step);
    if (!base) return unread?.has(c.step) ? undefined : r.at(line, `${name} changes step '${c.step}', which is not one of the steps it can change`);
    const { step: _step, ...fields } = c;
    if (Object.keys(fields).length === 0) r.at(line, `${name} names step '${c.step}' but changes nothing in it`);
  });
  // Every step of the varied journey must still be travellable on the varied map. A step the
  // variation leaves alone can only break by using a node it removes (its own route was checked
  // with the journey).
  for (const s of varied.steps) {
    if (!changed.has(s.id)) {
      for (const n of new Set([...s.path, ...s.focus])) {
        if (v.remove.nodes.includes(n)) r.at(at(), `${name} removes node '${n}', but step '${s.id}' still uses it: change that step too`);
      }
      continue;
    }
    const line = at("steps", v.steps.findIndex((c) => c.step === s.id));
    for (const n of new Set([...s.path, ...s.focus])) {
      if (!nodes.has(n)) r.at(line, `${name} sends step '${s.id}' to node '${n}', which is not on the changed map`);
    }
    s.path.forEach((n, k) => {
      const next = s.path[k + 1];
      if (next && nodes.has(n) && nodes.has(next) && !edges.has(`${n}>${next}`)) {
        r.at(line, `${name} moves step '${s.id}' ${n} → ${next}, but the changed map has no edge between them`);
      }
    });
    if (s.span !== undefined && !s.path.includes(s.span)) r.at(line, `${name} step '${s.id}' span: '${s.span}' is not on the step's path`);
  }
  return r.count() === before;
}

export function checkLenses(src: Located<unknown>, r: Reporter, map: SystemMap | undefined): Lens[] {
  const nodeIds = map ? new Set(map.nodes.map((n) => n.id)) : undefined;
  return readList(Lens, "lens", src, r).flatMap(({ item: lens, index }) => {
    const before = r.count();
    const seen = new Set<string>();
    lens.nodes.forEach((n, k) => {
      const at = src.lineOf([index, "nodes", k]);
      if (seen.has(n.node)) r.at(at, `lens '${lens.id}' lists node '${n.node}' twice`);
      seen.add(n.node);
      if (nodeIds && !nodeIds.has(n.node)) r.at(at, `lens '${lens.id}' names node '${n.node}', which is not in map.yaml`);
    });
    return r.count() === before ? [lens] : [];
  });
}
