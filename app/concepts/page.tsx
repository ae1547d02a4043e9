import type { Metadata } from "next";
import Link from "next/link";
import { buildSearchIndex } from "@/app/_lib/concepts/search";
import { getContent } from "@/app/_lib/content/content.server";
import { LAYERS } from "@/app/_lib/content/layers";
import { ConceptLibrary } from "@/components/concepts/concept-library";
import { PageTop } from "@/components/search/page-top";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Concept cards", "Every concept the journeys teach, from DNS to runbooks: search them, filter them by layer, open a card.");

export const metadata: Metadata = metadataOf(share);

export default function ConceptsPage() {
  const all = Object.values(getContent().concepts).sort((a, b) => a.title.localeCompare(b.title));
  const layers = LAYERS.map((layer) => ({ layer, count: all.filter((c) => c.layer === layer).length })).filter((l) => l.count > 0);
  return (
    <main className="page">
      <ShareMeta share={share} />
      <PageTop>
        <Link href="/">Clickpath</Link>
      </PageTop>
      <h1>Concept cards</h1>
      <p className="lede">
        Every idea the journeys use, each with why it matters, when to reach for it and an example. Bookmark cards to review them
        later in <Link href="/deck">your deck</Link>.
      </p>
      <ConceptLibrary
        cards={all.map(({ id, title, summary, layer }) => ({ id, title, summary, layer }))}
        layers={layers}
        index={buildSearchIndex(all)}
      />
    </main>
  );
}
