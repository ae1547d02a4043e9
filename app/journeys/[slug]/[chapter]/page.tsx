import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { ChapterReader } from "@/app/journeys/chapter-reader";
import type { JourneyData } from "@/app/_lib/content/types";
import { chapterPicture, shareOf, type Share } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

type Params = { params: Promise<{ slug: string; chapter: string }> };

export const dynamicParams = false;

/** Every chapter but the first, which is the journey's own page. */
export function generateStaticParams() {
  return getContent().journeys.flatMap((j) => j.chapters.slice(1).map((c) => ({ slug: j.slug, chapter: c.id })));
}

async function find(params: Params["params"]) {
  const { slug, chapter } = await params;
  const journey = getJourney(slug);
  const index = journey?.chapters.findIndex((c) => c.id === chapter) ?? -1;
  return journey && index > 0 ? { journey, index } : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  return metadataOf(share(found));
}

function share({ journey, index }: { journey: JourneyData; index: number }): Share {
  const chapter = journey.chapters[index]!;
  return shareOf(`${chapter.title} · ${journey.title}`, chapter.summary, chapterPicture(journey.slug, journey.chapters, chapter.id));
}

export default async function ChapterPage({ params }: Params) {
  const found = await find(params);
  if (!found) notFound();
  return (
    <>
      <ShareMeta share={share(found)} />
      <ChapterReader journey={found.journey} chapterIndex={found.index} />
    </>
  );
}
