"use client";
import Link from "next/link";
import { memo } from "react";
import type { ReaderChapter } from "@/app/_lib/journey/reader-model";
import { toolHref } from "@/app/_lib/journey/pages";
import { ChapterRead } from "@/components/learner/chapter-read";
import { LazyDetails } from "@/components/ui/lazy-details";
import styles from "./chapter-list.module.css";

type Props = {
  chapters: readonly ReaderChapter[];
  /** The chapter of the step on stage. */
  current: string | undefined;
  /** Each chapter's page (plain links that work without JavaScript). */
  chapterLinks: readonly string[];
  /** The chapter this page shows, as a position in `chapters`. */
  page: number;
  /** The journey, and each chapter's step ids, to mark the chapters the learner has read. */
  slug: string;
  chapterSteps: readonly (readonly string[])[];
  onJump: (index: number) => void;
};

/**
 * The chapters to jump to, rendered when the menu opens (21 links are a tenth of a chapter
 * page's first round trip); before a script runs, the menu links to the transcript, which lists
 * every chapter and step. Memoized: it changes with the chapter, not with every step. */
export const ChapterList = memo(function ChapterList({ chapters, current, chapterLinks, page, slug, chapterSteps, onJump }: Props) {
  return (
    <LazyDetails
      className={styles.list!}
      summary="Chapters"
      fallback={
        <nav aria-label="Chapters">
          <a href={toolHref(slug, "transcript")}>Every chapter and its steps</a>
        </nav>
      }
    >
      <nav aria-label="Chapters">
        <ol>
          {chapters.map((c, i) => (
            <li key={c.id}>
              <Link
                href={chapterLinks[i] ?? "#"}
                prefetch={false}
                aria-current={c.id === current ? "true" : undefined}
                onClick={(e) => {
                  e.currentTarget.closest("details")?.removeAttribute("open");
                  if (i !== page) return;
                  // This page's chapter: scroll to its first step, replacing the hash like every step change.
                  e.preventDefault();
                  onJump(c.firstStep);
                }}
              >
                <span>{`${i + 1}.`}</span>
                {` ${c.title}`}
                <ChapterRead slug={slug} stepIds={chapterSteps[i] ?? []} />
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </LazyDetails>
  );
});
