/**
 * Where a shared concept card fits: each journey places it on its own map (the loader's
 * `JourneyData.cards`), so a card's page shows it on every journey that uses it, and a
 * journey's 3D view lists the cards it places at the nodes it places them on.
 */
import { DEFAULT_REQUEST_NAME, type SystemMap } from "../content/schema";
import type { ConceptData, JourneyData } from "../content/types";

type Placing = Pick<JourneyData, "slug" | "title" | "kind" | "requestName" | "map" | "cards">;

/** One journey that places the card, and where the card sits on its map. */
export type Fit = {
  slug: string;
  title: string;
  requestName: string;
  map: SystemMap;
  /** The card's nodes on this map, with their labels (none for a flow whose map has none of them). */
  nodes: { id: string; label: string }[];
  /** Why it matters in this journey, when the journey says so itself. */
  why?: string;
};

/** Every journey that places card `id`: journeys before flows, each group in content order. */
export function whereItFits(id: string, journeys: readonly Placing[]): Fit[] {
  const placing = journeys.filter((j) => j.cards[id]);
  return [...placing.filter((j) => j.kind === "journey"), ...placing.filter((j) => j.kind !== "journey")].map((j) => {
    const place = j.cards[id]!;
    const labels = new Map(j.map.nodes.map((n) => [n.id, n.label]));
    return {
      slug: j.slug,
      title: j.title,
      requestName: j.requestName,
      map: j.map,
      nodes: place.nodes.map((n) => ({ id: n, label: labels.get(n) ?? n })),
      ...(place.why ? { why: place.why } : {}),
    };
  });
}

/**
 * Whose request the card's own `why` speaks of: the first journey (not a flow) that places the
 * card without a `why` of its own. A journey that says its own is named beside it instead.
 */
export function whyBelongsTo(id: string, journeys: readonly Placing[]): string {
  return journeys.find((j) => j.kind === "journey" && j.cards[id] && !j.cards[id].why)?.requestName ?? DEFAULT_REQUEST_NAME;
}

/** The cards a journey places, each at the nodes it sits on there: what its 3D view lists per node. */
export function placedCards(journey: Pick<JourneyData, "cards">, concepts: Readonly<Record<string, Pick<ConceptData, "title">>>): { id: string; title: string; nodes: string[] }[] {
  return Object.entries(journey.cards).flatMap(([id, place]) => {
    const card = concepts[id];
    return card ? [{ id, title: card.title, nodes: place.nodes }] : [];
  });
}
