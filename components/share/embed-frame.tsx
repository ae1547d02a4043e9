import type { ReactNode } from "react";
import styles from "./embed-frame.module.css";

type Props = {
  /** Names the embed for tests (`data-embed`). */
  name: string;
  /** The line over the picture: what it is and where it sits. */
  where: ReactNode;
  /** The way back to the whole thing on Clickpath, opened in a new tab. */
  back: { href: string; label: string };
  /** The picture and its words. */
  children: ReactNode;
};

/** An embed: one picture and its words, filling another site's iframe, with the way back to Clickpath. */
export function EmbedFrame({ name, where, back, children }: Props) {
  return (
    <main className={styles.embed} data-embed={name}>
      <p className={styles.where}>{where}</p>
      <div className={styles.body}>{children}</div>
      <p className={styles.back}>
        <a href={back.href} target="_blank" rel="noopener">
          {back.label}
        </a>
      </p>
    </main>
  );
}
