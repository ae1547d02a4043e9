import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { toPresentModel } from "@/app/_lib/present/slides";
import { Audience } from "@/components/present/audience";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const journey = getJourney((await params).slug);
  return journey ? { title: `Presenting: ${journey.title}`, robots: { index: false } } : {};
}

/** Presenter mode, the audience view: one step per screen. It never holds the speaker notes. */
export default async function PresentPage({ params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) notFound();
  return (
    <main className="present-page">
      <h1 className="sr-only">{journey.title}, presented</h1>
      <Audience model={toPresentModel(journey, getContent().concepts)} />
    </main>
  );
}
