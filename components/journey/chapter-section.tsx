import type { ReactNode } from "react";

type Props = {
  id: string;
  number: number;
  title: string;
  summary: string;
  children: ReactNode;
};

/** A chapter heading and its steps. */
export function ChapterSection({ id, number, title, summary, children }: Props) {
  return (
    <section className="chapter" aria-labelledby={`chapter-${id}`} data-chapter={id}>
      <header className="chapter-head">
        <p className="chapter-number">Chapter {number}</p>
        <h2 id={`chapter-${id}`}>{title}</h2>
        <p className="chapter-summary">{summary}</p>
      </header>
      {children}
    </section>
  );
}
