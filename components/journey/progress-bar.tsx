"use client";
import Link from "next/link";
import type { ReaderChapter } from "@/app/_lib/journey/reader-model";
import { SearchBox } from "@/components/search/search-box";
import { ChapterList } from "./chapter-list";
import styles from "./progress-bar.module.css";

type Props = {
  title: string;
  index: number;
  total: number;
  chapter: ReaderChapter | undefined;
  chapters: readonly ReaderChapter[];
  /** Each chapter's page, for the jump links (they work as plain links without JavaScript). */
  chapterLinks: readonly string[];
  /** The chapter this page shows, as a position in `chapters`. */
  page: number;
  /** The journey, and each chapter's step ids: the chapter list marks chapters the learner has read. */
  slug: string;
  chapterSteps: readonly (readonly string[])[];
  /** Jumps to a step index (the links still work as plain anchors without JavaScript); keep it stable, or the chapter list re-renders. */
  onJump: (index: number) => void;
  /** On a failure fork's page: the way back to the main line, shown instead of the chapter list. Default: none. */
  back?: { href: string; label: string } | undefined;
};

/** Where the reader is (step n of N, chapter) and a list of chapters to jump to. */
export function ProgressBar({ title, index, total, chapter, chapters, chapterLinks, page, slug, chapterSteps, onJump, back }: Props) {
  const chapterNumber = chapter ? chapters.indexOf(chapter) + 1 : 0;
  return (
    <header className={styles.bar}>
      <Link className={styles.home} href="/" prefetch={false}>
        Clickpath<span className="sr-only">: all journeys</span>
      </Link>
      <div className={styles.where}>
        <p className={styles.title}>{title}</p>
        <p className={styles.step} data-progress>
          {`Step ${index + 1} of ${total}`}
          {chapter && !back ? (
            <>
              {" "}
              <span className={styles.sep}>· </span>
              <span className={styles.chapter}>{`Chapter ${chapterNumber}: ${chapter.title}`}</span>
            </>
          ) : null}
        </p>
      </div>
      <SearchBox variant="bar" />
      {back ? (
        <Link className={styles.back} href={back.href} prefetch={false} data-back-to-main>
          {back.label}
        </Link>
      ) : (
        <ChapterList chapters={chapters} current={chapter?.id} chapterLinks={chapterLinks} page={page} slug={slug} chapterSteps={chapterSteps} onJump={onJump} />
      )}
      <div className={styles.meter} aria-hidden>
        <div style={{ transform: `scaleX(${((index + 1) / total).toFixed(4)})` }} />
      </div>
    </header>
  );
}
