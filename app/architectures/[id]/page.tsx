import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { toExplorerModel } from "@/app/_lib/architecture/explorer-model";
import { placeOnPath } from "@/app/_lib/architecture/path-place";
import { getContent } from "@/app/_lib/content/content.server";
import { journeyHref } from "@/app/_lib/journey/pages";
import { ArchitectureExplorer } from "@/components/architecture/architecture-explorer";
import { ArchitectureSections } from "@/components/architecture/architecture-sections";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import type { ArchitectureData } from "@/app/_lib/content/types";
import { architecturePicture, shareOf, type Share } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().architectures.map((a) => ({ id: a.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const arch = getContent().architectures.find((a) => a.id === id);
  return arch ? metadataOf(share(arch)) : {};
}

function share(arch: ArchitectureData): Share {
  return shareOf(`${arch.title} · Architectures`, arch.purpose, architecturePicture(arch.id));
}

/** One architecture: its map to explore and play, variations, the code behind it, and its flows. */
export default async function ArchitecturePage({ params }: Params) {
  const { id } = await params;
  const { architectures, architectureGuide, concepts } = getContent();
  const arch = architectures.find((a) => a.id === id);
  if (!arch) notFound();
  const place = placeOnPath(architectureGuide.path, arch.id);
  return (
    <main className="page-wide">
      <ShareMeta share={share(arch)} />
      <PageTop>
        <Link href="/">Clickpath</Link> / <Link href="/architectures">Architectures</Link> / {arch.title}
      </PageTop>
      <h1>{arch.title}</h1>
      <p className="lede">{arch.purpose}</p>
      {arch.aka.length > 0 ? <p>Also known as {arch.aka.join(", ")}.</p> : null}
      <p>{arch.summary}</p>
      <dl className={styles.archFacts}>
        <div>
          <dt>Scale</dt>
          <dd>{arch.compare.scale}</dd>
        </div>
        <div>
          <dt>Complexity</dt>
          <dd>{arch.compare.complexity}</dd>
        </div>
        <div>
          <dt>Team</dt>
          <dd>{arch.compare.team}</dd>
        </div>
        <div>
          <dt>Typical use</dt>
          <dd>{arch.compare.use}</dd>
        </div>
      </dl>
      {place ? (
        <p className={styles.archPlace} data-path-place>
          <Link href="/architectures#path-title">Stop {place.stop} of {place.of}</Link> on the path from the simplest to the most complex. {place.adds}
          {place.before ? (
            <>
              {" "}
              After <Link href={`/architectures/${place.before.id}`}>{place.before.title}</Link>
              {place.after ? "; " : "."}
            </>
          ) : null}
          {place.after ? (
            <>
              {place.before ? "next" : " Next"}: <Link href={`/architectures/${place.after.id}`}>{place.after.title}</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <ArchitectureExplorer model={toExplorerModel(arch, concepts)} />
      <ArchitectureSections sections={arch.sections} />
      {arch.flows.length > 0 ? (
        <section aria-labelledby="arch-flows" className={styles.archFlowList}>
          <h2 id="arch-flows">Flows to play on it</h2>
          <ul>
            {arch.flows.map((f) => (
              <li key={f.slug}>
                <Link href={journeyHref(f.slug)} prefetch={false} data-flow-link={f.slug}>
                  {f.title}
                </Link>
                : {f.pitch}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
