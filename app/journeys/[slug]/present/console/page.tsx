import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { compileMdxFile, getContent, getJourney } from "@/app/_lib/content/content.server";
import { toPresentModel } from "@/app/_lib/present/slides";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import { notesComponents } from "@/components/mdx/notes-components.server";
import { PresenterConsole } from "@/components/present/presenter-console";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const journey = getJourney((await params).slug);
  return journey ? { title: `Presenter console: ${journey.title}`, robots: { index: false } } : {};
}

/** The presenter console: the only page, with the print version, that carries speaker notes. */
export default async function ConsolePage({ params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) notFound();
  const chapters = await Promise.all(journey.chapters.map((c) => compileMdxFile(c.path)));
  return (
    <main className="console-page">
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
