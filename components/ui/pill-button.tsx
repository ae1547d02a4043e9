import type { ComponentProps } from "react";
import styles from "./pill-button.module.css";

type Props = ComponentProps<"button"> & {
  /** "small" for a button in a line of text (the bookmark, the notice's). Default: "medium". */
  size?: "small" | "medium";
};

/** A rounded outline button: the learner's small actions (bookmark, exports, review grades, the notice's). Pressed, it fills. */
export function PillButton({ size = "medium", className, type = "button", ...props }: Props) {
  return <button type={type} {...props} data-size={size} className={className ? `${styles.pill} ${className}` : styles.pill} />;
}
