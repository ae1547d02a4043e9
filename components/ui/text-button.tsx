import type { ComponentProps } from "react";
import styles from "./text-button.module.css";

/** A button that reads as the text it sits in (a file name in a list), with a focus ring. */
export function TextButton({ className, type = "button", ...props }: ComponentProps<"button">) {
  return <button type={type} {...props} className={className ? `${styles.textButton} ${className}` : styles.textButton} />;
}
