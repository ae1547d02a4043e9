/**
 * Where a journey places the shared concept cards. Cards are one library for every journey, so
 * a card cannot know every map: `<Concept id="…" nodes="…">` says where it sits on this
 * journey's map, and the card's own `nodes:` is the default for a journey that does not say.
 * A card sits in one place per journey: the nodes of all its placements there, in order.
 */
import type { ConceptRef } from "./mdx-outline";
import type { Reporter } from "./reporter";
import { ConceptAttributes, type SystemMap } from "./schema";
import type { CardPlace, ConceptData } from "./types";

type Placed = { nodes: string[]; explicit: boolean; why?: string; whyAt?: string; first: { line: number; r: Reporter } };

export type CardPlaces = ReturnType<typeof cardPlaces>;

/**
 * Collects one journey's placements. `map` is undefined when map.yaml is broken (nothing is
 * checked against it then); `flow` is true for a flow, whose map is its architecture's and may
 * leave a card's default nodes out (they are simply not drawn there).
 */
export function cardPlaces(concepts: Readonly<Record<string, ConceptData>>, map: SystemMap | undefined, flow: boolean) {
  const onMap = map ? new Set(map.nodes.map((n) => n.id)) : undefined;
  const placed = new Map<string, Placed>();

  /** Reads one `<Concept>` of a card that exists; `r` reports for its file. */
  function place(ref: ConceptRef, r: Reporter): void {
    const parsed = ConceptAttributes.safeParse(ref.attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.filter((i) => !ref.rejected.includes(String(i.path[0])))) {
        r.at(ref.line, `<Concept id="${ref.id}"> ${issue.code === "unrecognized_keys" ? `${issue.message}: a <Concept> takes id, nodes and why` : `${String(issue.path[0])}: ${issue.message}`}`);
      }
      return;
    }
    const { nodes, why } = parsed.data;
    for (const n of onMap ? (nodes ?? []) : []) {
      if (!onMap?.has(n)) r.at(ref.line, `<Concept id="${ref.id}"> nodes: '${n}' is not in map.yaml`);
    }
    const card = placed.get(ref.id) ?? { nodes: [], explicit: false, first: { line: ref.line, r } };
    placed.set(ref.id, card);
    if (nodes) {
      card.nodes = [...new Set([...(card.explicit ? card.nodes : []), ...nodes])];
      card.explicit = true;
    }
    if (why && card.whyAt) r.at(ref.line, `<Concept id="${ref.id}"> why: this journey already says why the card matters here, at ${card.whyAt}: say it once`);
    else if (why) Object.assign(card, { why, whyAt: r.where(ref.line) });
  }

  /**
   * Where each placed card sits on this journey's map. A card placed without `nodes=` takes its
   * default, which must be on the map (reported at its first placement: the author's own file,
   * with what to write there).
   */
  function finish(): Record<string, CardPlace> {
    const out: Record<string, CardPlace> = {};
    for (const [id, card] of placed) {
      let nodes = card.nodes;
      if (!card.explicit) {
        const fallback = concepts[id]?.nodes ?? [];
        const off = onMap ? fallback.filter((n) => !onMap.has(n)) : [];
        nodes = fallback.filter((n) => !off.includes(n));
        const say = `say where it sits here: <Concept id="${id}" nodes="…" /> with ids from map.yaml (once per journey is enough)`;
        if (!flow && onMap && fallback.length === 0) card.first.r.at(card.first.line, `card '${id}' has no nodes of its own: ${say}`);
        else if (!flow && off.length > 0) {
          const names = off.map((n) => `'${n}'`).join(", ");
          card.first.r.at(card.first.line, `card '${id}' is placed without nodes=, and its own nodes (concepts/${id}.mdx) name ${names}, not in this journey's map.yaml: ${say}`);
        }
      }
      out[id] = { nodes, ...(card.why ? { why: card.why } : {}) };
    }
    return out;
  }

  return { place, finish };
}
