import Link from "next/link";
import type { JourneyData } from "@/app/_lib/content/types";
import { compileConceptBodies, compileMdxFile, getContent } from "@/app/_lib/content/content.server";
import { drawsWholeJourney } from "@/app/_lib/content/mdx-tags";
import { chapterHref, journeyHref, stepsOf, toolHref } from "@/app/_lib/journey/pages";
import { toReaderModel } from "@/app/_lib/journey/reader-model";
import { ChapterSection } from "@/components/journey/chapter-section";
import { JourneyReader } from "@/components/journey/journey-reader";
import { journeyComponents } from "@/components/mdx/journey-components.server";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import { Kicker, WayOn } from "@/components/journey/way-on";
import styles from "./chapter-reader.module.css";

type Props = { journey: JourneyData; chapterIndex: number };

/**
 * One chapter of a journey in the reader. Shared by the journey's first page and its chapter
 * pages. Everything is compiled before rendering, so nothing suspends: the static HTML holds the
 * whole chapter in place.
 */
export async function ChapterReader({ journey, chapterIndex }: Props) {
  const chapter = journey.chapters[chapterIndex]!;
  const { concepts } = getContent();
  const onPage = stepsOf(chapter, journey.steps);
  const bodies = await compileConceptBodies(onPage, concepts);
  const code = await compileMdxFile(chapter.path);
  const next = journey.chapters[chapterIndex + 1];
  const first = chapterIndex === 0;
  return (
    <JourneyReader model={toReaderModel(journey, chapterIndex, { packets: drawsWholeJourney(code) })}>
      {first ? (
        <>
          <h1 className={styles.journeyTitle}>{journey.title}</h1>
          <p className={styles.journeyPitch}>{journey.pitch}</p>
          {/* Not prefetched: each would load another page's code into every reader's first visit. */}
          <p className={styles.journeyModes}>
            Teaching it?{" "}
            <Link href={toolHref(journey.slug, "present")} prefetch={false}>
              Present it to a room
            </Link>{" "}
            (one step per screen, with a console for your notes) or{" "}
            <Link href={toolHref(journey.slug, "print")} prefetch={false}>
              print it as handouts
            </Link>
            . Rather read than watch? The{" "}
            <Link href={toolHref(journey.slug, "transcript")} prefetch={false}>
              transcript
            </Link>{" "}
            says what the stage shows at every step, in words.
          </p>
        </>
      ) : (
        <Kicker>
          <Link href={journeyHref(journey.slug)}>{journey.title}</Link>
          {` · chapter ${chapterIndex + 1} of ${journey.chapters.length}`}
        </Kicker>
      )}
      <ChapterSection id={chapter.id} label={`Chapter ${chapterIndex + 1}`} title={chapter.title} summary={chapter.summary} headingLevel={first ? 2 : 1}>
        <MdxContent code={code} components={journeyComponents(journey, concepts, bodies)} />
      </ChapterSection>
      <WayOn
        label="Next chapter"
        way={next && { href: chapterHref(journey.slug, journey.chapters, next.id), label: `Next: chapter ${chapterIndex + 2}`, title: next.title, summary: next.summary, data: { "data-next-chapter": next.id } }}
      >
        <p>
          That is the whole journey. Review what it taught in the <Link href="/concepts">concept cards</Link>, or go{" "}
          <Link href="/">back to all journeys</Link>.
        </p>
      </WayOn>
    </JourneyReader>
  );
}
