import type { ComponentProps } from "react";
import styles from "./tool-button.module.css";

/** A button in the stage's row of tools (Inspect, Describe): a dark pill that fills when pressed or expanded, dashed when aria-disabled. */
export function ToolButton({ type = "button", ...props }: Omit<ComponentProps<"button">, "className">) {
  return <button type={type} {...props} className={styles.button} />;
}

/** The gap in the row of tools that pushes what follows to the far end; phones, short of room, let the tools wrap instead. */
export function ToolSpacer() {
  return <span className={styles.spacer} />;
}
