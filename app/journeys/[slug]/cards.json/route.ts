import { journeyJson } from "@/app/_lib/content/content.server";
import { blockCards } from "@/app/_lib/journey/stack3d";

/**
 * The cards on each node of a journey's map, for the 3D view: it asks for them when a reader
 * opens it, so the page that offers it does not carry them.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = journeyJson((journey, content) => blockCards(journey.map, Object.values(content.concepts)));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
