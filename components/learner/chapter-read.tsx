"use client";
import { useLearner } from "./learner-store";

type Props = { slug: string; stepIds: readonly string[] };

/** A tick for a chapter whose every step the learner has seen. Only this mark re-renders when progress changes. */
export function ChapterRead({ slug, stepIds }: Props) {
  const { state } = useLearner();
  const seen = state.journeys[slug]?.seen;
  if (!seen || stepIds.length === 0 || !stepIds.every((id) => seen[id] !== undefined)) return null;
  return (
    <span className="chapter-done" data-chapter-done>
      {" "}
      <span aria-hidden>✓</span>
      <span className="sr-only">(read)</span>
    </span>
  );
}
