import type { ReactNode } from "react";
import styles from "./action-row.module.css";

/** A row of controls that wraps on a narrow screen (the deck's bar, its exports, the learner's data). On paper there is nothing to press, so it is not printed. */
export function ActionRow({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `${styles.actionRow} ${className}` : styles.actionRow}>{children}</div>;
}
