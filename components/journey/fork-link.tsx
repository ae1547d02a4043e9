import Link from "next/link";
import styles from "./fork-link.module.css";

type Props = {
  href: string;
  title: string;
  summary: string;
};

/** In the narration, where something can break: a way into the failure fork (a plain link, so it works without JavaScript). */
export function ForkLink({ href, title, summary }: Props) {
  return (
    <aside className={styles.forkCard} aria-label={`What if: ${title}`}>
      <p className={styles.forkCardKicker}>What if…</p>
      <Link href={href} prefetch={false} className={styles.forkCardTitle} data-fork-card>
        {title} <span aria-hidden>→</span>
      </Link>
      <p className={styles.forkCardSummary}>{summary}</p>
    </aside>
  );
}
