/**
 * The component map that renders a chapter's speaker notes and nothing else: each step becomes
 * a block holding only its `<Notes>`. Used by the presenter console (the print version has its own); the
 * reader's map (journey-components.server.tsx) drops notes, so they never reach a reader.
 */
import "server-only";
import { Children, isValidElement, type ReactNode } from "react";
import { markdownComponents } from "./journey-components.server";
import { renderNothing, type MdxRenderers } from "./mdx-tags";
import styles from "./notes-components.module.css";

function Notes({ children }: { children?: ReactNode }) {
  return <div>{children}</div>;
}

function Step({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <section className={styles.stepNotes} data-notes-for={id}>
      {Children.toArray(children).filter((c) => isValidElement(c) && c.type === Notes)}
    </section>
  );
}

const renderers: MdxRenderers = {
  ...renderNothing,
  // Nothing is written between steps (the content check refuses it), so steps are all there is.
  Step,
  Notes,
};

export const notesComponents = { ...markdownComponents, ...renderers };
