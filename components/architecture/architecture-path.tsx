import Link from "next/link";
import type { ArchitectureGuideData } from "@/app/_lib/content/types";
import styles from "./architecture-path.module.css";

/** The path through the architectures, simplest first, each stop with what it adds; then tips for adapting them. */
export function ArchitecturePath({ guide }: { guide: ArchitectureGuideData }) {
  if (guide.path.length === 0) return null;
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">A path from the simplest to the most complex</h2>
      <p>Read them in this order and each one adds one idea to the ones before it.</p>
      <ol className={styles.path}>
        {guide.path.map((s) => (
          <li key={s.id} data-path-stop={s.id}>
            <Link href={`/architectures/${s.id}`} prefetch={false}>
              {s.title}
            </Link>
            : {s.adds}
          </li>
        ))}
      </ol>
      {guide.tips.length > 0 ? (
        <>
          <h3>Adapting any of them to your product</h3>
          <dl className={styles.tips}>
            {guide.tips.map((t) => (
              <div key={t.title}>
                <dt>{t.title}</dt>
                <dd>{t.text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
