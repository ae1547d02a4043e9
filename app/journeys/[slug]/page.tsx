import type { Metadata } from "next";
import { journeySlugParams } from "@/app/_lib/content/content.server";
import { journeyIn, journeyShare, journeyOr404, type JourneyParams } from "@/app/journeys/journey-route";
import { ChapterReader } from "@/app/journeys/chapter-reader";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

export const dynamicParams = false;
export const generateStaticParams = journeySlugParams;

export async function generateMetadata({ params }: JourneyParams): Promise<Metadata> {
  const journey = await journeyIn(params);
  return journey ? metadataOf(journeyShare(journey)) : {};
}

/** A journey's first page: its title and first chapter. */
export default async function JourneyPage({ params }: JourneyParams) {
  const journey = await journeyOr404(params);
  return (
    <>
      <ShareMeta share={journeyShare(journey)} />
      <ChapterReader journey={journey} chapterIndex={0} />
    </>
  );
}
