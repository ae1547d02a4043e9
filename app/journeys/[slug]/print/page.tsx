import type { Metadata } from "next";
import type { JourneyData } from "@/app/_lib/content/types";
import Link from "next/link";
import { compileMdxFile, getContent, journeySlugParams } from "@/app/_lib/content/content.server";
import { journeyHref } from "@/app/_lib/journey/pages";
import { journeyIn, journeyShare, journeyOr404, type JourneyParams } from "@/app/journeys/journey-route";
import { MdxContent } from "@/components/mdx/mdx-content.server";
import { printComponents } from "@/components/mdx/print-components.server";
import { NotesToggle } from "@/components/present/notes-toggle";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

export const dynamicParams = false;
export const generateStaticParams = journeySlugParams;

const share = (journey: JourneyData) => journeyShare(journey, `${journey.title}, to print`, `Every step of ${journey.title} with its stage, for handouts.`);

export async function generateMetadata({ params }: JourneyParams): Promise<Metadata> {
  const journey = await journeyIn(params);
  return journey ? metadataOf(share(journey)) : {};
}

/** The whole journey on one page for handouts: every step's stage drawn still, its text, notes if asked. */
export default async function PrintPage({ params }: JourneyParams) {
  const journey = await journeyOr404(params);
  const { concepts } = getContent();
  const chapters = await Promise.all(journey.chapters.map((c) => compileMdxFile(c.path)));
  const components = printComponents(journey, concepts);
  return (
    <main className={styles.printPage} data-notes="off">
      <ShareMeta share={share(journey)} />
      <PageTop lineClass={`crumbs ${styles.crumbs}`}>
        <Link href={journeyHref(journey.slug)}>{journey.title}</Link> / To print
      </PageTop>
      <h1>{journey.title}</h1>
      <p className="lede">{journey.pitch}</p>
      <div className={styles.printTools} data-print-tools>
        <NotesToggle />
        <p>
          Print from the browser (Ctrl+P or ⌘P): each step keeps its stage and its text together. The reader is at{" "}
          <Link href={journeyHref(journey.slug)}>the journey&apos;s first page</Link>.
        </p>
      </div>
      {journey.chapters.map((chapter, i) => (
        <section key={chapter.id} className={styles.printChapter} aria-labelledby={`print-${chapter.id}`}>
          <h2 id={`print-${chapter.id}`}>
            {i + 1}. {chapter.title}
          </h2>
          <p>{chapter.summary}</p>
          <MdxContent code={chapters[i]!} components={components} />
        </section>
      ))}
    </main>
  );
}
