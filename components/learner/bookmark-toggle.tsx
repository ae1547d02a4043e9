"use client";
import { isBookmarked } from "@/app/_lib/learner/read";
import { dispatchLearner, useLearnerSelect } from "./learner-store";
import { PillButton } from "@/components/ui/pill-button";
import styles from "./bookmark-toggle.module.css";

type Props = {
  conceptId: string;
  title: string;
  /** Left off a printed page (the deck prints its cards as handouts). */
  hideInPrint?: boolean;
};

/** Bookmarks a concept card for the deck; a toggle button with a pressed state. */
export function BookmarkToggle({ conceptId, title, hideInPrint = false }: Props) {
  const on = useLearnerSelect(({ state, loaded }) => loaded && isBookmarked(state, conceptId));
  return (
    <PillButton
      size="small"
      className={styles.bookmark}
      aria-pressed={on}
      data-bookmark={conceptId}
      data-hide-in-print={hideInPrint || undefined}
      onClick={() => dispatchLearner({ type: "bookmark", conceptId })}
    >
      <span aria-hidden>{on ? "★" : "☆"}</span>
      {on ? " Bookmarked" : " Bookmark"}
      <span className="sr-only">{` ${title}`}</span>
    </PillButton>
  );
}
