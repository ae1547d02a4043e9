"use client";
import Link from "next/link";
import { chapterAt, journeyHref, stepHref, type PagedChapter } from "@/app/_lib/journey/pages";
import { progressOf } from "@/app/_lib/learner/read";
import { useLearner } from "./learner-store";
import styles from "./continue-reading.module.css";

type Props = {
  slug: string;
  chapters: (PagedChapter & { title: string })[];
  stepIds: string[];
};

/** "Continue where you left off" for a journey the learner has started, with how far they are. */
export function ContinueReading({ slug, chapters, stepIds }: Props) {
  const { state, loaded } = useLearner();
  const current = state.journeys[slug]?.current;
  if (!loaded || !current) return null;
  const index = stepIds.indexOf(current.stepId);
  if (index < 0) return null;
  const chapter = chapterAt(chapters, index);
  const progress = progressOf(state, slug, stepIds);
  return (
    <p className={styles.continue} data-continue={slug}>
      <Link className="button" href={stepHref(slug, chapters, stepIds.map((id) => ({ id })), index) ?? journeyHref(slug)}>
        Continue where you left off<span>: {chapter ? `chapter ${chapters.indexOf(chapter) + 1}, ${chapter.title}` : `step ${index + 1}`}</span>
      </Link>{" "}
      <span className={styles.continueProgress}>{progress.percent}% of the steps seen</span>
    </p>
  );
}
