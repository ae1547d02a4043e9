import type { Metadata } from "next";
import type { JourneyData } from "@/app/_lib/content/types";
import { getContent, journeySlugParams } from "@/app/_lib/content/content.server";
import { toPresentModel } from "@/app/_lib/present/slides";
import { journeyIn, journeyShare, journeyOr404, type JourneyParams } from "@/app/journeys/journey-route";
import { Audience } from "@/components/present/audience";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

export const dynamicParams = false;
export const generateStaticParams = journeySlugParams;

const share = (journey: JourneyData) => journeyShare(journey, `Presenting: ${journey.title}`);

export async function generateMetadata({ params }: JourneyParams): Promise<Metadata> {
  const journey = await journeyIn(params);
  return journey ? { ...metadataOf(share(journey)), robots: { index: false } } : {};
}

/** Presenter mode, the audience view: one step per screen. It never holds the speaker notes. */
export default async function PresentPage({ params }: JourneyParams) {
  const journey = await journeyOr404(params);
  return (
    <main>
      <ShareMeta share={share(journey)} />
      <h1 className="sr-only">{journey.title}, presented</h1>
      <Audience model={toPresentModel(journey, getContent().concepts, { whys: false })} />
    </main>
  );
}
