import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { blockCards } from "@/app/_lib/journey/stack3d";

type Params = { params: Promise<{ slug: string }> };

/**
 * The cards on each node of a journey's map, for the 3D view: it asks for them when a reader
 * opens it, so the page that offers it does not carry them. Written at build time.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function GET(_request: Request, { params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) return new Response("No such journey", { status: 404 });
  return Response.json(blockCards(journey.map, Object.values(getContent().concepts)));
}
