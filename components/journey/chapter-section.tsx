import type { ReactNode } from "react";

type Props = {
  id: string;
  number: number;
  title: string;
  summary: string;
  /** 1 when the chapter is the page's subject, 2 under the journey's own title. */
  headingLevel?: 1 | 2;
  children: ReactNode;
};

/** A chapter heading and its steps. */
export function ChapterSection({ id, number, title, summary, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="chapter" aria-labelledby={`chapter-${id}`} data-chapter={id}>
      <header className="chapter-head">
        <p className="chapter-number">{`Chapter ${number}`}</p>
        <Heading id={`chapter-${id}`}>{title}</Heading>
        <p className="chapter-summary">{summary}</p>
      </header>
      {children}
    </section>
  );
}
