"use client";
import { useLearnerSelect } from "./learner-store";
import styles from "./chapter-read.module.css";

type Props = { slug: string; stepIds: readonly string[] };

/** A tick for a chapter whose every step the learner has seen. Only this mark re-renders when progress changes. */
export function ChapterRead({ slug, stepIds }: Props) {
  const read = useLearnerSelect(({ state }) => {
    const seen = state.journeys[slug]?.seen;
    return !!seen && stepIds.length > 0 && stepIds.every((id) => seen[id] !== undefined);
  });
  if (!read) return null;
  return (
    <span className={styles.chapterDone} data-chapter-done>
      {" "}
      <span aria-hidden>✓</span>
      <span className="sr-only">(read)</span>
    </span>
  );
}
