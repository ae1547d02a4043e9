import type { ReactNode } from "react";
import styles from "./kind-label.module.css";

/** The small capitals that open a box in the narration and say what kind it is: "Concept", "Quiz · pick one". */
export function KindLabel({ children }: { children: ReactNode }) {
  return <span className={styles.kindLabel}>{children}</span>;
}
