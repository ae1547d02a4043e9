/**
 * Search on the server, for the `/search` page (which works without JavaScript): the same
 * documents as `public/search.json`, from the checked content, indexed once per process.
 */
import "server-only";
import { getContent } from "../content/content.server";
import type { Content } from "../content/types";
import { buildSearchDocs } from "./build";
import { indexDocs, type Search } from "./query";

let cached: { content: Content; search: Search } | undefined;

export function siteSearch(): Search {
  const content = getContent();
  // `next dev` reloads content on every request: index again when it did.
  if (cached?.content !== content) cached = { content, search: indexDocs(buildSearchDocs(content)) };
  return cached.search;
}
