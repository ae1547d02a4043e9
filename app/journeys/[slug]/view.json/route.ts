import { getContent, getJourney } from "@/app/_lib/content/content.server";
import { viewText } from "@/app/_lib/journey/reader-model";

type Params = { params: Promise<{ slug: string }> };

/** The prose of a journey's lens and variation menus, fetched when a reader first needs it. Written at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

export async function GET(_request: Request, { params }: Params) {
  const journey = getJourney((await params).slug);
  if (!journey) return new Response("No such journey", { status: 404 });
  return Response.json(viewText(journey));
}
