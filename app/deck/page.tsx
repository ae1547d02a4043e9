import type { Metadata } from "next";
import Link from "next/link";
import { getContent } from "@/app/_lib/content/content.server";
import { LAYERS } from "@/app/_lib/content/layers";
import { Deck } from "@/components/learner/deck";
import { PageTop } from "@/components/search/page-top";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Your deck", "The concept cards you bookmarked: review them with spaced repetition, export them, print them.");

export const metadata: Metadata = {
  ...metadataOf(share),
  robots: { index: false },
};

export default function DeckPage() {
  const cards = Object.values(getContent().concepts)
    .map(({ id, title, summary, why, use, avoid, layer }) => ({ id, title, summary, why, use, avoid, layer }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return (
    <main className="page">
      <ShareMeta share={share} />
      <PageTop>
        <Link href="/">Clickpath</Link> / <Link href="/concepts">Concept cards</Link>
      </PageTop>
      <h1>Your deck</h1>
      <p className="lede">The cards you bookmarked, kept in this browser only. Review the ones that are due, export them, or print them as handouts.</p>
      <Deck cards={cards} layers={LAYERS.filter((l) => cards.some((c) => c.layer === l))} />
    </main>
  );
}
