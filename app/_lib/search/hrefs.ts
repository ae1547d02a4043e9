/**
 * Search's addresses, in a module of their own: the box on every page needs the results page's
 * address and nothing else, so it imports this and not the query code (and MiniSearch with it).
 */

/** The page of results (`/search?q=…`): where the box's form goes without JavaScript, and where Enter goes with no result chosen. */
export const SEARCH_PAGE = "/search";

/** The documents search looks through, written at build time to public/ (`index-cli.ts`). */
export const SEARCH_INDEX_HREF = "/search.json";

export function searchPageHref(query: string): string {
  return `${SEARCH_PAGE}?q=${encodeURIComponent(query.trim())}`;
}
