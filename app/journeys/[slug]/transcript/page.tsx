import type { Metadata } from "next";
import type { JourneyData } from "@/app/_lib/content/types";
import Link from "next/link";
import { journeySlugParams } from "@/app/_lib/content/content.server";
import { clockAt } from "@/app/_lib/journey/clock";
import { stepTranscripts } from "@/app/_lib/journey/transcript";
import { forkHref, journeyHref, stepHref, stepsOf } from "@/app/_lib/journey/pages";
import { journeyIn, journeyShare, journeyOr404, type JourneyParams } from "@/app/journeys/journey-route";
import { StepTranscript } from "@/components/journey/step-transcript";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

export const dynamicParams = false;
export const generateStaticParams = journeySlugParams;

const share = (journey: JourneyData) => journeyShare(journey, `${journey.title}: transcript`, `What the stage shows at every step of ${journey.title}, in words.`);

export async function generateMetadata({ params }: JourneyParams): Promise<Metadata> {
  const journey = await journeyIn(params);
  return journey ? metadataOf(share(journey)) : {};
}

/** What the stage shows at every step, in words: the packet's moves, the clock, the inspector's contents. */
export default async function TranscriptPage({ params }: JourneyParams) {
  const journey = await journeyOr404(params);
  const main = stepTranscripts(journey.map, journey.steps, 0, journey.clockLabel);
  return (
    <main className={styles.transcriptPage}>
      <ShareMeta share={share(journey)} />
      <PageTop>
        <Link href={journeyHref(journey.slug)}>{journey.title}</Link> / Transcript
      </PageTop>
      <h1>{journey.title}: transcript</h1>
      <p className="lede">
        Everything the stage shows, step by step, in words: where the packet goes, what lights up, what the clock reads and
        what the inspector holds. {journey.steps.length} steps; at the end the clock reads {journey.clock} ms.
      </p>
      {journey.chapters.map((chapter, i) => (
        <section key={chapter.id} aria-labelledby={`t-${chapter.id}`} data-transcript-chapter={chapter.id}>
          <h2 id={`t-${chapter.id}`}>
            Chapter {i + 1}. {chapter.title}
          </h2>
          {stepsOf(chapter, journey.steps).map((step) => (
            <StepTranscript key={step.id} step={step} text={main[step.index]!} href={stepHref(journey.slug, journey.chapters, journey.steps, step.index) ?? "#"} label={(id) => journey.map.nodes.find((n) => n.id === id)?.label ?? id} />
          ))}
        </section>
      ))}
      {journey.forks.length > 0 ? (
        <section aria-labelledby="t-forks">
          <h2 id="t-forks">What if… the failure forks</h2>
          {journey.forks.map((fork) => {
            // As on the fork's page: the clock where it stood before the step the fork branches off.
            const base = fork.origin > 0 ? clockAt(journey.steps, fork.origin - 1).elapsed : 0;
            const texts = stepTranscripts(journey.map, fork.steps, base, journey.clockLabel);
            return (
              <section key={fork.id} aria-labelledby={`t-fork-${fork.id}`} data-transcript-fork={fork.id}>
                <h3 id={`t-fork-${fork.id}`}>
                  {fork.title} <span className={styles.transcriptFrom}>(branches off step {fork.origin + 1})</span>
                </h3>
                <p>{fork.summary}</p>
                {fork.steps.map((step, k) => (
                  <StepTranscript key={step.id} step={step} text={texts[k]!} href={forkHref(journey.slug, fork.id, step.id)} label={(id) => journey.map.nodes.find((n) => n.id === id)?.label ?? id} />
                ))}
              </section>
            );
          })}
        </section>
      ) : null}
    </main>
  );
}
