"use client";
import Link from "next/link";
import { useState } from "react";
import type { Layer } from "@/app/_lib/content/schema";
import type { DeckCard } from "@/app/_lib/learner/deck-export";
import { bookmarkedIds, dueCards } from "@/app/_lib/learner/read";
import type { ReviewRating } from "@/app/_lib/learner/state";
import { BookmarkToggle } from "./bookmark-toggle";
import { download } from "./download";
import { isOnControl, usePageKeys } from "@/components/ui/page-keys";
import { ActionRow } from "@/components/ui/action-row";
import { PillButton } from "@/components/ui/pill-button";
import { dispatchLearner, useLearner } from "./learner-store";
import styles from "./deck.module.css";

type Props = { cards: DeckCard[]; layers: Layer[] };

const RATINGS: { rating: ReviewRating; label: string }[] = [
  { rating: 1, label: "Again" },
  { rating: 2, label: "Hard" },
  { rating: 3, label: "Good" },
  { rating: 4, label: "Easy" },
];

/** The learner's bookmarked cards: filter, sort, review what is due, export and print. */
export function Deck({ cards, layers }: Props) {
  const { state, loaded } = useLearner();
  const [layer, setLayer] = useState<Layer | "all">("all");
  const [sort, setSort] = useState<"added" | "due">("added");
  const [dueOnly, setDueOnly] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  // Due counts need "now". Nothing that depends on it renders before the deck is read in the
  // browser, so the server's HTML never holds it; it is read again after each review session.
  const [now, setNow] = useState(() => Date.now());

  const byId = new Map(cards.map((c) => [c.id, c]));
  const ids = bookmarkedIds(state).filter((id) => byId.has(id));
  const due = dueCards(state, now).filter((d) => byId.has(d.id));
  const dueIds = new Set(due.map((d) => d.id));
  const dueOf = (id: string) => state.reviews[id]?.due ?? state.bookmarks[id]?.added ?? 0;
  const shown = ids
    .map((id) => byId.get(id)!)
    .filter((c) => layer === "all" || c.layer === layer)
    .filter((c) => !dueOnly || dueIds.has(c.id))
    .sort((a, b) => (sort === "due" ? dueOf(a.id) - dueOf(b.id) : 0));
  const mine = ids.map((id) => byId.get(id)!);

  if (!loaded) return <p>Reading your deck…</p>;
  if (ids.length === 0) {
    return (
      <p>
        No cards yet. Bookmark a card in a journey or in the <Link href="/concepts">concept library</Link> and it appears here. Moving from another device?{" "}
        <Link href="/progress#learner-data">Import your data</Link>.
      </p>
    );
  }
  if (reviewing) {
    return (
      <Review
        cards={due.map((d) => byId.get(d.id)!)}
        onDone={() => {
          setReviewing(false);
          setNow(Date.now());
        }}
      />
    );
  }

  return (
    <div>
      <ActionRow className={styles.deckBar}>
        <p role="status" data-due={due.length}>
          {mine.length} {mine.length === 1 ? "card" : "cards"} · {due.length} due today
        </p>
        <button type="button" className="button" onClick={() => setReviewing(true)} aria-disabled={due.length === 0} disabled={due.length === 0}>
          Review {due.length} due
        </button>
        <label>
          Layer{" "}
          <select value={layer} onChange={(e) => setLayer(e.target.value as Layer | "all")}>
            <option value="all">All</option>
            {layers.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} /> Due only
        </label>
        <label>
          Sort by{" "}
          <select value={sort} onChange={(e) => setSort(e.target.value as "added" | "due")}>
            <option value="added">date added</option>
            <option value="due">next review</option>
          </select>
        </label>
      </ActionRow>
      <ActionRow>
        <PillButton onClick={async () => download("clickpath-deck.md", (await import("@/app/_lib/learner/deck-export")).deckMarkdown(mine), "text/markdown")}>Export as Markdown</PillButton>
        <PillButton onClick={async () => download("clickpath-deck.csv", (await import("@/app/_lib/learner/deck-export")).deckCsv(mine), "text/csv")}>Export for Anki (CSV)</PillButton>
        <PillButton onClick={() => window.print()}>Print the deck</PillButton>
        <Link href="/progress#learner-data">Download or import all your data</Link>
      </ActionRow>
      <ul className={styles.deckCards}>
        {shown.map((c) => (
          <li key={c.id} className={styles.deckCard} data-deck-card={c.id} data-layer={c.layer}>
            <h2>
              <Link href={`/concepts/${c.id}`}>{c.title}</Link>
            </h2>
            <p>{c.summary}</p>
            <p className={styles.deckWhy}>{c.why}</p>
            <p className={styles.deckMeta}>
              {c.layer} layer
              {state.reviews[c.id] ? ` · next review ${new Date(state.reviews[c.id]!.due).toLocaleDateString()}` : " · not reviewed yet"}
            </p>
            <BookmarkToggle conceptId={c.id} title={c.title} hideInPrint />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Spaced-repetition review: Space flips a card; 1–4 (or the buttons) grade it. */
function Review({ cards, onDone }: { cards: DeckCard[]; onDone: () => void }) {
  const [queue] = useState(cards);
  const [at, setAt] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const card = queue[at];
  const gradeCard = (rating: ReviewRating) => {
    if (!card || !flipped) return;
    dispatchLearner({ type: "review", conceptId: card.id, rating });
    setFlipped(false);
    setAt((i) => i + 1);
  };
  // The keys work wherever focus is on the page while reviewing, except in form fields, and
  // Space on a button is left to the button.
  usePageKeys((e) => {
    if (e.key === " " && isOnControl(e.target)) return;
    if (e.key === " ") {
      e.preventDefault();
      setFlipped((f) => !f);
    } else if (["1", "2", "3", "4"].includes(e.key)) {
      e.preventDefault();
      gradeCard(Number(e.key) as ReviewRating);
    } else if (e.key === "Escape") onDone();
  });
  if (!card) {
    return (
      <div className={styles.review} data-review="done">
        <p role="status">All caught up: nothing else is due today.</p>
        <button type="button" className="button" onClick={onDone}>
          Back to the deck
        </button>
      </div>
    );
  }
  return (
    <div
      className={styles.review}
      data-review={card.id}
      tabIndex={-1}
      ref={(el) => el?.focus()}
      aria-label="Review. Space shows the answer, 1 to 4 grade it, Escape leaves."
    >
      <p className={styles.reviewCount}>
        Card {at + 1} of {queue.length}
      </p>
      <h2>{card.title}</h2>
      {flipped ? (
        <div data-flipped>
          <p>{card.summary}</p>
          <p>{card.why}</p>
          <p>
            <strong>Use it when.</strong> {card.use}
          </p>
        </div>
      ) : (
        <p className={styles.reviewHint}>What is it, and why does it matter? Press Space (or the button) to check.</p>
      )}
      <div className={styles.reviewActions}>
        {flipped ? (
          RATINGS.map((r) => (
            <PillButton key={r.rating} onClick={() => gradeCard(r.rating)}>
              <kbd>{r.rating}</kbd> {r.label}
            </PillButton>
          ))
        ) : (
          <PillButton onClick={() => setFlipped(true)}>
            Show the answer <kbd>Space</kbd>
          </PillButton>
        )}
      </div>
    </div>
  );
}
