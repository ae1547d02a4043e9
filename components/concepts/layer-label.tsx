import type { ReactNode } from "react";
import styles from "./layer-label.module.css";

type Props = {
  /** A paragraph of its own on a card's page; a span in the library's list. */
  as?: "p" | "span";
  children: ReactNode;
};

/** A concept's layer in small capitals, on a card's page and in the library's list. */
export function LayerLabel({ as: Tag = "span", children }: Props) {
  return <Tag className={styles.layerLabel}>{children}</Tag>;
}
