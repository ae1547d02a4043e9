import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getJourney } from "@/app/_lib/content/content.server";
import type { JourneyData } from "@/app/_lib/content/types";
import { clockAt } from "@/app/_lib/journey/clock";
import { chapterAt, stepHref } from "@/app/_lib/journey/pages";
import { toStageStep } from "@/app/_lib/journey/reader-model";
import { stageState } from "@/app/_lib/journey/stage";
import { chapterPicture, journeyPicture, shareOf, type Share } from "@/app/_lib/share/pictures";
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
  return shareOf(`${journey.title}, step ${index + 1}`, journey.steps[index]!.caption, chapter ? chapterPicture(journey.slug, journey.chapters, chapter.id) : journeyPicture(journey.slug));
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
  const data = journey.steps[index]!;
  const { id } = data;
  // What the stage says of the step, played: an embed asks no next-hop question, so none holds the packet.
  const step = toStageStep(data, false, { stage: true });
  const played = new Set(data.predict ? [data.predict.quiz] : []);
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
        state={stageState(journey.map, journey.steps, index, played)}
        packetMode="jump"
        chapterTitle={chapter?.title ?? ""}
        clock={clockAt(journey.steps, index)}
        clockLabel={journey.clockLabel}
        step={step}
      />
    </EmbedFrame>
  );
}
