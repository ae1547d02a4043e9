import type { Metadata } from "next";
import type { JourneyData } from "@/app/_lib/content/types";
import { compileMdxFile, getContent, journeySlugParams } from "@/app/_lib/content/content.server";
import { toPresentModel } from "@/app/_lib/present/slides";
import { journeyIn, journeyShare, journeyOr404, type JourneyParams } from "@/app/journeys/journey-route";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import { notesComponents } from "@/components/mdx/notes-components.server";
import { PresenterConsole } from "@/components/present/presenter-console";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

export const dynamicParams = false;
export const generateStaticParams = journeySlugParams;

const share = (journey: JourneyData) => journeyShare(journey, `Presenter console: ${journey.title}`);

export async function generateMetadata({ params }: JourneyParams): Promise<Metadata> {
  const journey = await journeyIn(params);
  return journey ? { ...metadataOf(share(journey)), robots: { index: false } } : {};
}

/** The presenter console: the only page, with the print version, that carries speaker notes. */
export default async function ConsolePage({ params }: JourneyParams) {
  const journey = await journeyOr404(params);
  const chapters = await Promise.all(journey.chapters.map((c) => compileMdxFile(c.path)));
  return (
    <main>
      <ShareMeta share={share(journey)} />
      <h1 className="sr-only">Presenter console: {journey.title}</h1>
      <PresenterConsole
        model={toPresentModel(journey, getContent().concepts)}
        notes={chapters.map((code, i) => (
          <MdxContent key={journey.chapters[i]!.id} code={code} components={notesComponents} />
        ))}
      />
    </main>
  );
}
