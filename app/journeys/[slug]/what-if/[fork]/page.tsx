import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { compileConceptBodies, compileMdxFile, getContent, getJourney } from "@/app/_lib/content/content.server";
import { toForkModel } from "@/app/_lib/journey/reader-model";
import { ChapterSection } from "@/components/journey/chapter-section";
import { JourneyReader } from "@/components/journey/journey-reader";
import { Kicker, WayOn } from "@/components/journey/way-on";
import { journeyComponents } from "@/components/mdx/journey-components.server";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import type { ForkData } from "@/app/_lib/content/types";
import { journeyPicture, shareOf, type Share } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

type Params = { params: Promise<{ slug: string; fork: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.flatMap((j) => j.forks.map((f) => ({ slug: j.slug, fork: f.id })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, fork } = await params;
  const f = getJourney(slug)?.forks.find((x) => x.id === fork);
  return f ? metadataOf(share(slug, f)) : {};
}

function share(slug: string, fork: ForkData): Share {
  return shareOf(`What if: ${fork.title}`, fork.summary, journeyPicture(slug, "what-if", fork.id));
}

/** A failure fork: its own steps on the journey's map, then back to the step it branched off. */
export default async function ForkPage({ params }: Params) {
  const { slug, fork: forkId } = await params;
  const journey = getJourney(slug);
  const fork = journey?.forks.find((f) => f.id === forkId);
  const model = journey && toForkModel(journey, forkId);
  if (!journey || !fork || !model?.fork) notFound();
  const { concepts } = getContent();
  const bodies = await compileConceptBodies(fork.steps, concepts);
  const code = await compileMdxFile(fork.path);
  const origin = journey.steps[fork.origin]!;
  return (
    <JourneyReader model={model}>
      <ShareMeta share={share(slug, fork)} />
      <Kicker>
        <Link href={model.fork.origin.href}>{journey.title}</Link> · branching off step {fork.origin + 1}: {origin.caption}
      </Kicker>
      <ChapterSection id={fork.id} label="What if…" title={fork.title} summary={fork.summary} headingLevel={1}>
        <MdxContent code={code} components={journeyComponents(journey, concepts, bodies)} />
      </ChapterSection>
      <WayOn
        label="Back to the journey"
        way={{ href: model.fork.origin.href, label: "Back to the happy path", title: `Step ${fork.origin + 1}, where it all went right`, summary: origin.caption, data: { "data-back-to-main": "" } }}
      />
    </JourneyReader>
  );
}
