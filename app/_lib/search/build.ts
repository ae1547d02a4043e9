/**
 * Search's documents from the loaded content, with each step's bold terms read from its MDX
 * (node:fs, so the server and the build only): what `index-cli.ts` writes to
 * `public/search.json` and what the `/search` page searches.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Content } from "../content/types";
import { searchDocuments, type SearchDoc } from "./documents";
import { stepTerms } from "./narration";

/**
 * What a reader downloads, at most, when search first opens (gzip bytes, as Next sends a file
 * from public/). `tests/content/search.test.ts` holds the index to it; the bench prints it.
 */
export const SEARCH_INDEX_BUDGET = 60_000;

/** Every step's bold terms, read from its chapter's or fork's MDX, by journey slug and step id. */
export function narrationTerms(content: Pick<Content, "journeys">): Record<string, Record<string, string[]>> {
  return Object.fromEntries(content.journeys.map((j) => [j.slug, Object.assign({}, ...[...j.chapters, ...j.forks].map((c) => stepTerms(readFileSync(c.path, "utf8"))))]));
}

export function buildSearchDocs(content: Pick<Content, "journeys" | "concepts" | "architectures">): SearchDoc[] {
  return searchDocuments({ ...content, terms: narrationTerms(content) });
}

/** The index as written (JSON) and its size as it travels (gzip, as `next start` compresses a static file). */
export function encodeIndex(docs: readonly SearchDoc[]): { json: string; gzipBytes: number } {
  const json = JSON.stringify(docs);
  return { json, gzipBytes: gzipSync(json).length };
}
