import type { ComponentProps } from "react";
import styles from "./side-panel.module.css";

/** A card beside the explorer's map (the node's panel, the code tree), headed by an h2. */
export function SidePanel({ className, ...props }: ComponentProps<"section">) {
  return <section {...props} className={className ? `${styles.sidePanel} ${className}` : styles.sidePanel} />;
}
