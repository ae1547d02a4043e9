import type { Metadata } from "next";
import Link from "next/link";
import { getContent } from "@/app/_lib/content/content.server";
import { journeyHref } from "@/app/_lib/journey/pages";
import { ArchitecturePath } from "@/components/architecture/architecture-path";
import { CompareTable } from "@/components/architecture/compare-table";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Architectures", "Every architecture as a map to click and play: what each part owns, a request travelling through, variations, the code behind it, and which one fits when.");

export const metadata: Metadata = metadataOf(share);

/** Every architecture as a card, the path through them, the flows that play on them, and "which one when". */
export default function ArchitecturesPage() {
  const { architectures, architectureGuide, journeys } = getContent();
  const title = (id: string) => architectures.find((a) => a.id === id)?.title ?? id;
  const flows = journeys.filter((j) => j.kind === "flow");
  return (
    <main className="page-wide">
      <ShareMeta share={share} />
      <PageTop>
        <Link href="/">Clickpath</Link> / Architectures
      </PageTop>
      <h1>Architectures</h1>
      <p className="lede">
        How real systems are put together, one map each. Select any part to read what it owns and what breaks without it, play a
        request through it, switch on a variation and watch the picture change, and see which folders and files implement each
        part. New to them? <a href="#path-title">Follow the path</a> from the simplest to the most complex.
      </p>
      <ul className={styles.archCards} aria-label="Architectures">
        {architectures.map((a) => (
          <li key={a.id} className={styles.archCard} data-arch-card={a.id}>
            <h2>
              <Link href={`/architectures/${a.id}`} prefetch={false}>
                {a.title}
              </Link>
            </h2>
            <p>{a.purpose}</p>
            {a.aka.length > 0 ? <p className={styles.archCardMeta}>Also known as {a.aka.join(", ")}</p> : null}
            <p className={styles.archCardMeta}>
              {a.map.nodes.length} parts · {a.variations.length} variations{a.flows.length > 0 ? ` · ${a.flows.length} flows to play` : ""}
            </p>
          </li>
        ))}
      </ul>
      <ArchitecturePath guide={architectureGuide} />
      {flows.length > 0 ? (
        <section aria-labelledby="flows-title">
          <h2 id="flows-title">Flows to play, step by step</h2>
          <ul>
            {flows.map((f) => (
              <li key={f.slug} data-flow={f.slug}>
                <Link href={journeyHref(f.slug)} prefetch={false}>
                  {f.title}
                </Link>{" "}
                <span className={styles.archFlowOf}>({f.architecture ? title(f.architecture) : ""})</span>: {f.pitch}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">Which one when</h2>
        <CompareTable rows={architectures.map((a) => ({ id: a.id, title: a.title, purpose: a.purpose, ...a.compare }))} />
      </section>
    </main>
  );
}
