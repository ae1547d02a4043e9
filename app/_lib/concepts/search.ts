/**
 * Concept search: the index is built once at build time (on the server) and handed to the
 * browser as JSON, so typing searches locally with no server round trip.
 */
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import type { Layer } from "../content/schema";

export type SearchableCard = { id: string; title: string; summary: string; why: string; use: string; avoid: string; layer: Layer; body: string };

export type CardHit = { id: string; score: number };

const searchOptions: SearchOptions = {
  boost: { title: 4, summary: 2 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: "AND",
};

export const SEARCH_OPTIONS: Options<SearchableCard> = {
  fields: ["title", "summary", "text"],
  storeFields: [],
  extractField: (card, field) => (field === "text" ? plainText([card.why, card.use, card.avoid, card.body].join("\n")) : String(card[field as keyof SearchableCard] ?? "")),
  searchOptions,
};

/** Markdown to words: drops markup characters, keeps the text of links and code. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/gi, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>|~-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The serialized index for the cards (JSON), built at build time. */
export function buildSearchIndex(cards: readonly SearchableCard[]): string {
  const index = new MiniSearch<SearchableCard>(SEARCH_OPTIONS);
  index.addAll([...cards]);
  return JSON.stringify(index);
}

/** Loads a serialized index; `search` then returns the ids of matching cards, best first. */
export function loadSearchIndex(json: string): (query: string) => CardHit[] {
  const index = MiniSearch.loadJSON<SearchableCard>(json, SEARCH_OPTIONS);
  return (query) => {
    const q = query.trim();
    if (!q) return [];
    return index.search(q).map((r) => ({ id: String(r.id), score: r.score }));
  };
}
