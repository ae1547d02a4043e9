/**
 * Link previews: what a shared link shows in a chat or a doc (Open Graph and Twitter's card).
 * Every page has a title, a line and a picture; the pictures are drawn at build time, one for
 * each journey, chapter, failure fork, concept card and architecture (the map with that place
 * lit), and one for the site, which every other page shares.
 *
 * `sharePictures` lists every picture once, by address; pages name theirs with `shareOf`.
 */
import type { SystemMap } from "../content/schema";
import type { Content, JourneyData } from "../content/types";
import { whereItFits } from "../concepts/where-it-fits";
import { LAYERS, type LayerName } from "../content/layers";
import { stepsOf, type PagedChapter } from "../journey/pages";

/** What a picture shows: a line over the title, the title, and a map with some nodes lit. */
export type SharePicture = {
  eyebrow: string;
  title: string;
  /** The map to draw under the title; none for the site's own picture or a card no journey places. */
  map?: SystemMap;
  /** Nodes drawn lit; the others are drawn dim. Empty: every node lit (an architecture's whole map). */
  lit: string[];
  /** The layers the picture is about, in the layers' order: its band of colours. */
  layers: LayerName[];
};

/** What a page tells a link preview. `image` is a path (`/og/….png`), made absolute by the page's meta tags. */
export type Share = { title: string; description: string; image: string };

/** The site's own picture: the home page's, and every page's with none of its own (search, deck, progress…). */
export const SITE_PICTURE = "/og/site.png";
export const SITE_TITLE = "Clickpath";
export const SITE_LINE = "Guided journeys through real systems: follow one click through every layer.";

/** Where the picture of a journey (`[slug]`), chapter (`[slug, chapter]`) or fork (`[slug, "what-if", fork]`) is. */
export function journeyPicture(...parts: string[]): string {
  return `/og/journeys/${parts.join("/")}.png`;
}
/** A chapter's picture: the journey's for its first chapter, which is read on the journey's own page (as `chapterHref`). */
export function chapterPicture(slug: string, chapters: readonly PagedChapter[], chapterId: string): string {
  return chapters[0]?.id === chapterId ? journeyPicture(slug) : journeyPicture(slug, chapterId);
}
export function conceptPicture(id: string): string {
  return `/og/concepts/${id}.png`;
}
export function architecturePicture(id: string): string {
  return `/og/architectures/${id}.png`;
}

/** The page's preview; the picture defaults to the site's. */
export function shareOf(title: string, description: string, image: string = SITE_PICTURE): Share {
  return { title, description, image };
}

/** Every picture to draw, by its address (`/og/….png`). */
export function sharePictures(content: Pick<Content, "journeys" | "concepts" | "architectures">): Map<string, SharePicture> {
  const pictures = new Map<string, SharePicture>();
  pictures.set(SITE_PICTURE, { eyebrow: "Guided journeys", title: SITE_TITLE, lit: [], layers: [...LAYERS] });
  for (const journey of content.journeys) {
    const kind = journey.kind === "flow" ? "Flow" : "Journey";
    const all = journey.steps.flatMap(nodesOf);
    pictures.set(journeyPicture(journey.slug), picture(journey.map, `${kind} · ${journey.chapters.length} chapters · ${journey.steps.length} steps`, journey.title, all));
    for (const chapter of journey.chapters.slice(1)) {
      const lit = stepsOf(chapter, journey.steps).flatMap(nodesOf);
      pictures.set(chapterPicture(journey.slug, journey.chapters, chapter.id), picture(journey.map, journey.title, chapter.title, lit));
    }
    for (const fork of journey.forks) {
      pictures.set(journeyPicture(journey.slug, "what-if", fork.id), picture(journey.map, `What if · ${journey.title}`, fork.title, fork.steps.flatMap(nodesOf)));
    }
  }
  for (const concept of Object.values(content.concepts)) {
    const fit = whereItFits(concept.id, content.journeys).find((f) => f.nodes.length > 0);
    const eyebrow = `Concept card · ${concept.layer} layer`;
    pictures.set(
      conceptPicture(concept.id),
      fit ? picture(fit.map, eyebrow, concept.title, fit.nodes.map((n) => n.id)) : { eyebrow, title: concept.title, lit: [], layers: [concept.layer] },
    );
  }
  for (const arch of content.architectures) {
    pictures.set(architecturePicture(arch.id), picture(arch.map, "Architecture", arch.title, []));
  }
  return pictures;
}

function nodesOf(step: JourneyData["steps"][number]): string[] {
  return [...step.path, ...(step.branches ?? []).flat(), ...step.focus];
}

/** A picture of `map` with `lit` lit (every node when none is), its band the lit nodes' layers. */
function picture(map: SystemMap, eyebrow: string, title: string, lit: readonly string[]): SharePicture {
  const ids = new Set(lit);
  const shown = ids.size > 0 ? map.nodes.filter((n) => ids.has(n.id)) : map.nodes;
  const layers = new Set(shown.map((n) => n.layer));
  return { eyebrow, title, map, lit: [...ids].filter((id) => map.nodes.some((n) => n.id === id)), layers: LAYERS.filter((l) => layers.has(l)) };
}
