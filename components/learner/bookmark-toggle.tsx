"use client";
import { isBookmarked } from "@/app/_lib/learner/read";
import { dispatchLearner, useLearnerSelect } from "./learner-store";

type Props = { conceptId: string; title: string };

/** Bookmarks a concept card for the deck; a toggle button with a pressed state. */
export function BookmarkToggle({ conceptId, title }: Props) {
  const on = useLearnerSelect(({ state, loaded }) => loaded && isBookmarked(state, conceptId));
  return (
    <button
      type="button"
      className="bookmark"
      aria-pressed={on}
      data-bookmark={conceptId}
      onClick={() => dispatchLearner({ type: "bookmark", conceptId })}
    >
      <span aria-hidden>{on ? "★" : "☆"}</span> {on ? "Bookmarked" : "Bookmark"}
      <span className="sr-only"> {title}</span>
    </button>
  );
}
