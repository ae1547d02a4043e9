import type { ComponentProps } from "react";
import styles from "./overlay.module.css";

/** A modal layer over the presenter's screen (the keys' help, the overview of every step): dark, full screen, scrolling. */
export function Overlay(props: Omit<ComponentProps<"div">, "className" | "role" | "aria-modal">) {
  return <div {...props} className={styles.overlay} role="dialog" aria-modal="true" />;
}
