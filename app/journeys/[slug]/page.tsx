import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { ChapterReader } from "./chapter-reader";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const journey = getJourney((await params).slug);
  return journey ? { title: journey.title, description: journey.pitch, openGraph: { title: journey.title, description: journey.pitch } } : {};
}

/** A journey's first page: its title and first chapter. */
export default async function JourneyPage({ params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) notFound();
  return <ChapterReader journey={journey} chapterIndex={0} />;
}
