import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { ChapterReader } from "@/app/journeys/chapter-reader";

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
  const chapter = found.journey.chapters[found.index]!;
  const title = `${chapter.title} · ${found.journey.title}`;
  return { title, description: chapter.summary, openGraph: { title, description: chapter.summary } };
}

export default async function ChapterPage({ params }: Params) {
  const found = await find(params);
  if (!found) notFound();
  return <ChapterReader journey={found.journey} chapterIndex={found.index} />;
}
