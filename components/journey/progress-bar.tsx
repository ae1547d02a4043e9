"use client";
import Link from "next/link";
import type { ReaderChapter } from "@/app/_lib/journey/reader-model";

type Props = {
  title: string;
  index: number;
  total: number;
  chapter: ReaderChapter | undefined;
  chapters: readonly ReaderChapter[];
  /** First step id of each chapter, for the jump links. */
  chapterLinks: readonly string[];
  /** Jumps to a step index (the links still work as plain anchors without JavaScript). */
  onJump: (index: number) => void;
};

/** Where the reader is (step n of N, chapter) and a list of chapters to jump to. */
export function ProgressBar({ title, index, total, chapter, chapters, chapterLinks, onJump }: Props) {
  const chapterNumber = chapter ? chapters.indexOf(chapter) + 1 : 0;
  return (
    <header className="reader-bar">
      <Link className="reader-home" href="/" prefetch={false}>
        Clickpath<span className="sr-only">: all journeys</span>
      </Link>
      <div className="reader-where">
        <p className="reader-title">{title}</p>
        <p className="reader-step" data-progress>
          Step {index + 1} of {total}
          {chapter ? (
            <>
              {" "}
              <span className="reader-sep">· </span>
              <span className="reader-chapter">
                Chapter {chapterNumber}: {chapter.title}
              </span>
            </>
          ) : null}
        </p>
      </div>
      <details className="chapter-list">
        <summary>Chapters</summary>
        <nav aria-label="Chapters">
          <ol>
            {chapters.map((c, i) => (
              <li key={c.id}>
                <a
                  href={`#${chapterLinks[i]}`}
                  aria-current={c === chapter ? "true" : undefined}
                  onClick={(e) => {
                    // A jump replaces the hash like every step change, instead of adding a history entry.
                    e.preventDefault();
                    e.currentTarget.closest("details")?.removeAttribute("open");
                    onJump(c.firstStep);
                  }}
                >
                  {c.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </details>
      <div className="reader-meter" aria-hidden>
        <div style={{ transform: `scaleX(${(index + 1) / total})` }} />
      </div>
    </header>
  );
}
