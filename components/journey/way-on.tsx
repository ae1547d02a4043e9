import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./way-on.module.css";

/** The line above a reader page's heading: the journey it belongs to, and where in it. */
export function Kicker({ children }: { children: ReactNode }) {
  return <p className={styles.kicker}>{children}</p>;
}

type Way = {
  href: string;
  /** Small, above: "Next: chapter 3", "Back to the happy path". */
  label: string;
  title: string;
  summary: string;
  /** Marks the link for tests and scripts (`data-next-chapter`, `data-back-to-main`). */
  data: Record<`data-${string}`, string>;
};

/** A reader page's way on, at its end: one large link to what comes next, or, with none, what `children` says. */
export function WayOn({ label, way, children }: { label: string; way: Way | undefined; children?: ReactNode }) {
  return (
    <nav className={styles.wayOn} aria-label={label}>
      {way ? (
        <Link href={way.href} {...way.data}>
          <span className={styles.label}>{way.label}</span>
          <span className={styles.title}>{way.title}</span>
          <span className={styles.summary}>{way.summary}</span>
        </Link>
      ) : (
        children
      )}
    </nav>
  );
}
