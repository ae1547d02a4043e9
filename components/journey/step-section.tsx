import type { ReactNode } from "react";
import styles from "./step-section.module.css";

type Props = {
  id: string;
  /** Position in the journey, from 0. */
  index: number;
  children: ReactNode;
};

/** One step of narration; the reader observes these to know which step is active. */
export function StepSection({ id, index, children }: Props) {
  return (
    <section className={styles.step} id={id} data-step data-step-index={index}>
      {children}
    </section>
  );
}
