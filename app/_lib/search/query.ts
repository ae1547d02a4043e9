/**
 * Searching the documents (`documents.ts`) with MiniSearch, the same way on the server (the
 * `/search` page, which works without JavaScript) and in the browser (the search panel, which
 * indexes the documents `/search.json` serves when it first opens).
 *
 * The build ships the documents, not a serialized MiniSearch index: on this content the
 * documents are 49 KB gzip and a serialized index with what results show beside it is 70 KB,
 * while indexing them takes the browser a few tens of milliseconds, done in slices
 * (`indexAsync`) so opening search makes no long task.
 */
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import type { SearchDoc, SearchKind } from "./documents";

type Indexed = SearchDoc & { id: number };

const searchOptions: SearchOptions = {
  boost: { title: 3 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: "AND",
};

const OPTIONS: Options<Indexed> = { fields: ["title", "text"], storeFields: [], searchOptions };

/**
 * What kind of result wins a tie: a card or an architecture is what a name most often means, a
 * step is where it is told, a part is one of many with the same name.
 */
const KIND_BOOST: Record<SearchKind, number> = { card: 1.4, architecture: 1.4, journey: 1.3, flow: 1.3, chapter: 1.2, fork: 1.2, step: 1.1, part: 1 };

export type SearchHit = { doc: SearchDoc; score: number };
export type Search = (query: string, limit?: number) => SearchHit[];

function indexed(docs: readonly SearchDoc[]): Indexed[] {
  return docs.map((d, id) => ({ ...d, id }));
}

function searcher(index: MiniSearch<Indexed>, docs: readonly SearchDoc[]): Search {
  return (query, limit = 10) => {
    const q = query.trim();
    if (!q) return [];
    return index
      .search(q, { boostDocument: (id) => KIND_BOOST[docs[id as number]?.kind ?? "part"] })
      .slice(0, limit)
      .flatMap((r) => {
        const doc = docs[r.id as number];
        return doc ? [{ doc, score: r.score }] : [];
      });
  };
}

/** Indexes the documents at once (the server, the tests). */
export function indexDocs(docs: readonly SearchDoc[]): Search {
  const index = new MiniSearch<Indexed>(OPTIONS);
  index.addAll(indexed(docs));
  return searcher(index, docs);
}

/** Indexes the documents in slices, yielding to the browser between them (the search panel). */
export async function indexAsync(docs: readonly SearchDoc[]): Promise<Search> {
  const index = new MiniSearch<Indexed>(OPTIONS);
  await index.addAllAsync(indexed(docs), { chunkSize: 50 });
  return searcher(index, docs);
}

/** What a result says it is, for people (and screen readers) as well as for styles. */
export const KIND_LABEL: Record<SearchKind, string> = {
  step: "Step",
  card: "Concept card",
  part: "Part",
  chapter: "Chapter",
  fork: "What if",
  journey: "Journey",
  flow: "Flow",
  architecture: "Architecture",
};

/** Where a result sits, as one line: "Follow Kareem's click › Storing data". */
export function trailText(doc: Pick<SearchDoc, "trail">): string {
  return doc.trail.filter(Boolean).join(" › ");
}
