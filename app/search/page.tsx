import type { Metadata } from "next";
import Link from "next/link";
import { siteSearch } from "@/app/_lib/search/search.server";
import { SearchBox } from "@/components/search/search-box";
import { SearchResult } from "@/components/search/search-result";
import styles from "./page.module.css";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Search", "Search every step of the journeys, the concept cards and the architectures.");

export const metadata: Metadata = {
  ...metadataOf(share),
  robots: { index: false },
};

/** How many results the page lists. */
const LIMIT = 50;

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/**
 * The results of a search, rendered on the server: where the search box's form lands without
 * JavaScript, and where Enter goes when no result is chosen. Each result links to the step (its
 * chapter's page with the step as the hash), the card or the architecture's part.
 */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? "";
  const hits = query ? siteSearch()(query, LIMIT) : [];
  return (
    <main className="page">
      <ShareMeta share={share} />
      <p className="crumbs">
        <Link href="/">Clickpath</Link> / Search
      </p>
      <h1>Search</h1>
      <p className="lede">Every step of the journeys, forks and flows, the concept cards, and the architectures and their parts.</p>
      <SearchBox variant="main" defaultValue={query} />
      {query ? (
        <p role="status">{hits.length === 0 ? `Nothing matches “${query}”. Try a shorter word.` : `${hits.length === LIMIT ? `The first ${LIMIT}` : hits.length} result${hits.length === 1 ? "" : "s"} for “${query}”.`}</p>
      ) : null}
      {hits.length > 0 ? (
        <ol className={styles.results} data-search-results>
          {hits.map(({ doc }) => (
            <li key={`${doc.kind} ${doc.href}`} data-layer={doc.layer}>
              <a href={doc.href} data-kind={doc.kind}>
                <SearchResult doc={doc} />
              </a>
            </li>
          ))}
        </ol>
      ) : null}
    </main>
  );
}
