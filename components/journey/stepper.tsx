"use client";
import styles from "./stepper.module.css";

type Props = {
  index: number;
  total: number;
  onGo: (index: number) => void;
};

/**
 * "Previous step" / "Next step": plain buttons, so Tab, Enter and Space work as everywhere.
 * At either end a button is aria-disabled rather than disabled, so it keeps keyboard focus.
 */
export function Stepper({ index, total, onGo }: Props) {
  return (
    <div className={styles.stepper} role="group" aria-label="Step controls" data-stepper>
      <button type="button" onClick={() => index > 0 && onGo(index - 1)} aria-disabled={index <= 0}>
        <span aria-hidden>↑</span> Previous step
      </button>
      <button type="button" onClick={() => index < total - 1 && onGo(index + 1)} aria-disabled={index >= total - 1}>
        Next step <span aria-hidden>↓</span>
      </button>
    </div>
  );
}
