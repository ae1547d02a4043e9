import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { whereItFits, whyBelongsTo } from "@/app/_lib/concepts/where-it-fits";
import { compileMdx, getContent } from "@/app/_lib/content/content.server";
import { journeyHref, stepHref } from "@/app/_lib/journey/pages";
import { BookmarkToggle } from "@/components/learner/bookmark-toggle";
import { LayerLabel } from "@/components/concepts/layer-label";
import { StaticMap } from "@/components/map/static-map";
import { markdownComponents } from "@/components/mdx/journey-components.server";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import { conceptPicture, shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(getContent().concepts).map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const concept = getContent().concepts[(await params).id];
  if (!concept) return {};
  return metadataOf(shareOf(concept.title, concept.summary, conceptPicture(concept.id)));
}

export default async function ConceptPage({ params }: Params) {
  const { id } = await params;
  const { concepts, journeys } = getContent();
  const concept = concepts[id];
  if (!concept) notFound();
  const uses = journeys.flatMap((j) => j.steps.filter((s) => s.concepts.includes(id)).map((s) => ({ journey: j, step: s })));
  // Each journey that places the card shows it on its own map, where it placed it.
  const fits = whereItFits(id, journeys).filter((f) => f.nodes.length > 0);
  const body = concept.body ? await compileMdx(concept.body) : "";
  return (
    <main className="page" data-concept-page={id}>
      <ShareMeta share={shareOf(concept.title, concept.summary, conceptPicture(concept.id))} />
      <PageTop>
        <Link href="/">Clickpath</Link> / <Link href="/concepts">Concept cards</Link>
      </PageTop>
      <article className={styles.card} data-layer={concept.layer}>
        <LayerLabel as="p">{concept.layer} layer</LayerLabel>
        <h1>{concept.title}</h1>
        <p className="lede">{concept.summary}</p>
        <BookmarkToggle conceptId={concept.id} title={concept.title} />
        <dl className={styles.cardFacts}>
          <dt>Why it matters to {whyBelongsTo(id, journeys)}</dt>
          <dd>{concept.why}</dd>
          <dt>Use it when</dt>
          <dd>{concept.use}</dd>
          <dt>Think twice when</dt>
          <dd>{concept.avoid}</dd>
        </dl>
        {fits.length > 0 ? (
          <section aria-labelledby="card-fits" data-card-fits>
            <h2 id="card-fits">Where it fits</h2>
            {fits.map((fit) => {
              const where = fit.nodes.map((n) => n.label).join(", ");
              return (
                <figure key={fit.slug} className={styles.cardMap} data-fit={fit.slug}>
                  <StaticMap map={fit.map} lit={fit.nodes.map((n) => n.id)} label={`Where ${concept.title} lives in ${fit.title}: ${where}`} />
                  <figcaption>
                    <Link href={journeyHref(fit.slug)} prefetch={false}>
                      {fit.title}
                    </Link>
                    : {where}
                    {fit.why ? (
                      <>
                        <br />
                        Why it matters to {fit.requestName}: {fit.why}
                      </>
                    ) : null}
                  </figcaption>
                </figure>
              );
            })}
          </section>
        ) : null}
        {body ? (
          // `card-body` is the hook of globals.css's page-wide rule for tables in prose (narration and card bodies).
          <div className={`card-body ${styles.cardBody}`}>
            <MdxContent code={body} components={markdownComponents} />
          </div>
        ) : null}
        {uses.length > 0 ? (
          <section aria-labelledby="card-steps">
            <h2 id="card-steps">In the journeys</h2>
            <ul>
              {uses.map(({ journey, step }) => (
                <li key={`${journey.slug}/${step.id}`}>
                  <Link href={stepHref(journey.slug, journey.chapters, journey.steps, step.index) ?? journeyHref(journey.slug)} prefetch={false}>
                    {journey.chapters.find((c) => c.id === step.chapterId)?.title ?? journey.title}: {step.caption}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {concept.related.length > 0 ? (
          <section aria-labelledby="card-related">
            <h2 id="card-related">Related cards</h2>
            <ul>
              {concept.related.map((r) => (
                <li key={r}>
                  <Link href={`/concepts/${r}`} prefetch={false}>
                    {concepts[r]?.title ?? r}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </main>
  );
}
