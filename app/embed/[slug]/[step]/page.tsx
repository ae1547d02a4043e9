import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import type { JourneyData } from "@/app/_lib/content/types";
import { clockAt } from "@/app/_lib/journey/clock";
import { chapterAt, stepHref } from "@/app/_lib/journey/pages";
import { stageState, type StageStep } from "@/app/_lib/journey/stage";
import { journeyPicture, shareOf, type Share } from "@/app/_lib/share/pictures";
import { Stage } from "@/components/journey/stage";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";
import { EmbedFrame } from "@/components/share/embed-frame";

type Params = { params: Promise<{ slug: string; step: string }> };

export const dynamicParams = false;

/** Every step of every journey's main line (a fork's steps are read on the fork's page). */
export function generateStaticParams() {
  return getContent().journeys.flatMap((j) => j.steps.map((s) => ({ slug: j.slug, step: s.id })));
}

async function find(params: Params["params"]) {
  const { slug, step } = await params;
  const journey = getJourney(slug);
  const index = journey?.steps.findIndex((s) => s.id === decodeURIComponent(step)) ?? -1;
  return journey && index >= 0 ? { journey, index } : undefined;
}

function share({ journey, index }: { journey: JourneyData; index: number }): Share {
  const chapter = chapterAt(journey.chapters, index);
  // A chapter's picture, or the journey's for its first chapter (read on the journey's own page).
  const picture = chapter && chapter !== journey.chapters[0] ? journeyPicture(journey.slug, chapter.id) : journeyPicture(journey.slug);
  return shareOf(`${journey.title}, step ${index + 1}`, journey.steps[index]!.caption, picture);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await find(params);
  return found ? { ...metadataOf(share(found)), robots: { index: false } } : {};
}

/** One step's stage and caption, for another site's iframe: no chrome, a link to the whole journey. */
export default async function EmbedStepPage({ params }: Params) {
  const found = await find(params);
  if (!found) notFound();
  const { journey, index } = found;
  const { id, path, branches, focus, packet, caption, ms } = journey.steps[index]!;
  const step: StageStep = { id, path, focus, packet, caption, ms, ...(branches ? { branches } : {}) };
  const chapter = chapterAt(journey.chapters, index);
  const href = stepHref(journey.slug, journey.chapters, journey.steps, index)!;
  return (
    <EmbedFrame
      name={`${journey.slug}/${id}`}
      where={
        <>
          {journey.title} › {chapter?.title} · step {index + 1} of {journey.steps.length}
        </>
      }
      back={{ href, label: "Follow the whole journey on Clickpath" }}
    >
      <ShareMeta share={share(found)} />
      <Stage
        map={journey.map}
        state={stageState(journey.map, journey.steps, index)}
        packetMode="jump"
        chapterTitle={chapter?.title ?? ""}
        clock={clockAt(journey.steps, index)}
        clockLabel={journey.clockLabel}
        step={step}
      />
    </EmbedFrame>
  );
}
