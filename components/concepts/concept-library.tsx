"use client";
import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";
import { loadSearchIndex } from "@/app/_lib/concepts/search";
import type { Layer } from "@/app/_lib/content/schema";
import { LayerLabel } from "./layer-label";
import styles from "./concept-library.module.css";

export type LibraryCard = { id: string; title: string; summary: string; layer: Layer };

type Props = {
  cards: LibraryCard[];
  /** Layers in display order, with how many cards each has. */
  layers: { layer: Layer; count: number }[];
  /** The search index, serialized at build time. */
  index: string;
};

/**
 * Every concept card, filterable by layer and searchable as you type. Without JavaScript the
 * full list is still there (the server renders it).
 */
export function ConceptLibrary({ cards, layers, index }: Props) {
  const [query, setQuery] = useState("");
  const [layer, setLayer] = useState<Layer | "all">("all");
  const deferred = useDeferredValue(query);
  const search = useMemo(() => loadSearchIndex(index), [index]);

  const shown = useMemo(() => {
    const inLayer = (c: LibraryCard) => layer === "all" || c.layer === layer;
    if (!deferred.trim()) return cards.filter(inLayer);
    const byId = new Map(cards.map((c) => [c.id, c]));
    return search(deferred).flatMap((hit) => {
      const card = byId.get(hit.id);
      return card && inLayer(card) ? [card] : [];
    });
  }, [cards, deferred, layer, search]);

  return (
    <div>
      <div className={styles.libraryControls}>
        <label className={styles.librarySearch}>
          <span>Search the cards</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. retry, cache, token" autoComplete="off" />
        </label>
        <fieldset className={styles.libraryLayers}>
          <legend>Layer</legend>
          {[{ layer: "all" as const, count: cards.length }, ...layers].map((l) => (
            <label key={l.layer} data-layer={l.layer === "all" ? undefined : l.layer}>
              <input type="radio" name="layer" value={l.layer} checked={layer === l.layer} onChange={() => setLayer(l.layer)} />
              <span>
                {l.layer === "all" ? "All" : l.layer} <span className={styles.libraryCount}>{l.count}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <p className={styles.libraryStatus} role="status" aria-live="polite">
        {shown.length === cards.length ? `${cards.length} cards` : `${shown.length} of ${cards.length} cards`}
        {deferred.trim() ? ` match “${deferred.trim()}”` : ""}
      </p>
      <ul className={styles.libraryList}>
        {shown.map((c) => (
          <li key={c.id} data-concept-card={c.id} data-layer={c.layer}>
            <Link href={`/concepts/${c.id}`} prefetch={false}>
              <span className={styles.libraryTitle}>{c.title}</span>
              <span className={styles.librarySummary}>{c.summary}</span>
              <LayerLabel>{c.layer}</LayerLabel>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p>No card matches. Try a shorter word or another layer.</p> : null}
    </div>
  );
}
