import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { compileMdx, compileMdxFile, getContent, getJourney } from "@/app/_lib/content/content.server";
import { toReaderModel } from "@/app/_lib/journey/reader-model";
import { ChapterSection } from "@/components/journey/chapter-section";
import { JourneyReader } from "@/components/journey/journey-reader";
import { journeyComponents } from "@/components/mdx/journey-components.server";
import { MdxContent } from "@/components/mdx/mdx-content.server";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const journey = getJourney((await params).slug);
  return journey ? { title: journey.title, description: journey.pitch } : {};
}

export default async function JourneyPage({ params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) notFound();
  const { concepts } = getContent();
  // Everything is compiled before rendering, so nothing suspends: the static HTML holds every chapter in place.
  const used = [...new Set(journey.steps.flatMap((s) => s.concepts))];
  const bodies = Object.fromEntries(
    await Promise.all(used.map(async (id) => [id, concepts[id]?.body ? await compileMdx(concepts[id].body) : ""])),
  );
  const components = journeyComponents(journey, concepts, bodies);
  const chapters = await Promise.all(journey.chapters.map(async (c) => ({ ...c, code: await compileMdxFile(c.path) })));
  return (
    <JourneyReader model={toReaderModel(journey)}>
      <h1 className="journey-title">{journey.title}</h1>
      <p className="journey-pitch">{journey.pitch}</p>
      {chapters.map((c, i) => (
        <ChapterSection key={c.id} id={c.id} number={i + 1} title={c.title} summary={c.summary}>
          <MdxContent code={c.code} components={components} />
        </ChapterSection>
      ))}
    </JourneyReader>
  );
}
