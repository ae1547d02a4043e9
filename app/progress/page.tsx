import type { Metadata } from "next";
import Link from "next/link";
import { getContent } from "@/app/_lib/content/content.server";
import { LAYERS } from "@/app/_lib/content/layers";
import type { CoverageJourney } from "@/app/_lib/learner/coverage";
import { LearnerData } from "@/components/learner/learner-data";
import { ProgressView } from "@/components/learner/progress-view";
import { PageTop } from "@/components/search/page-top";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Your progress", "How much of each layer you have covered, how well you know each concept, and your data to move to another browser.");

export const metadata: Metadata = {
  ...metadataOf(share),
  robots: { index: false },
};

export default function ProgressPage() {
  const { journeys, concepts } = getContent();
  // Only what the view counts goes to the browser: ids, the layers each step's hops touch, and
  // the cards and quizzes it carries.
  const index: CoverageJourney[] = journeys.map((j) => {
    const layerOf = new Map(j.map.nodes.map((n) => [n.id, n.layer]));
    return {
      slug: j.slug,
      title: j.title,
      steps: j.steps.map((s) => ({
        id: s.id,
        layers: [...new Set([...s.path, ...s.focus].map((n) => layerOf.get(n)).filter((l) => l !== undefined))],
        concepts: s.concepts,
        quizzes: s.quizzes,
      })),
    };
  });
  const cards = Object.values(concepts)
    .map(({ id, title, layer }) => ({ id, title, layer }))
    .sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.title.localeCompare(b.title));
  return (
    <main className="page">
      <ShareMeta share={share} />
      <PageTop>
        <Link href="/">Clickpath</Link> / Your progress
      </PageTop>
      <h1>Your progress</h1>
      <p className="lede">Kept in this browser only, with no account. Download it to keep a copy, or import it on another device.</p>
      <ProgressView journeys={index} cards={cards} layers={[...LAYERS]} />
      <LearnerData />
    </main>
  );
}
