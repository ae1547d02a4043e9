/**
 * What the pages whose only param is the slug (the journey's own page, presenter mode and its
 * console, the print version, the transcript) begin with: the params they are given, the journey
 * those name, and a 404 when they name none. Each page still states `dynamicParams = false` in
 * its own file (Next reads route options from there) and exports
 * `generateStaticParams = journeySlugParams`.
 *
 * Modules the routes under /journeys share live here, beside the route folders, never in one.
 */
import { notFound } from "next/navigation";
import { getJourney } from "@/app/_lib/content/content.server";
import type { JourneyData } from "@/app/_lib/content/types";
import { journeyPicture, shareOf, type Share } from "@/app/_lib/share/pictures";

export type JourneyParams = { params: Promise<{ slug: string }> };

/** The journey the params name, or undefined: a page's metadata is then empty. */
export async function journeyIn(params: JourneyParams["params"]): Promise<JourneyData | undefined> {
  return getJourney((await params).slug);
}

/** The journey the params name; a slug that names none is the 404 page. */
export async function journeyOr404(params: JourneyParams["params"]): Promise<JourneyData> {
  const journey = await journeyIn(params);
  if (!journey) notFound();
  return journey;
}

/** A link preview on the journey's picture: the journey's own page by default, or one of its tools'. */
export function journeyShare(journey: JourneyData, title: string = journey.title, description: string = journey.pitch): Share {
  return shareOf(title, description, journeyPicture(journey.slug));
}
