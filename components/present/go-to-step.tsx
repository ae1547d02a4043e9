import styles from "./go-to-step.module.css";

/** The step number being typed (digits, then Enter), shown big at the foot of the screen; nothing while none is. */
export function GoToStep({ typing }: { typing: string | null }) {
  if (typing === null) return null;
  return (
    <p className={styles.goTo} role="status" data-goto>
      Go to step: {typing || "…"}
    </p>
  );
}
