import type { ReactNode } from "react";
import styles from "./chapter-section.module.css";

type Props = {
  id: string;
  /** The small capitals over the title: "Chapter 2", or "What if…" on a failure fork's page. */
  label: string;
  title: string;
  summary: string;
  /** 1 when the chapter is the page's subject, 2 under the journey's own title. */
  headingLevel?: 1 | 2;
  children: ReactNode;
};

/** A chapter heading and its steps (or a failure fork's). */
export function ChapterSection({ id, label, title, summary, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby={`chapter-${id}`} data-chapter={id}>
      <header className={styles.chapterHead}>
        <p className={styles.chapterNumber}>{label}</p>
        <Heading id={`chapter-${id}`}>{title}</Heading>
        <p className={styles.chapterSummary}>{summary}</p>
      </header>
      {children}
    </section>
  );
}
