import { placedCards } from "@/app/_lib/concepts/where-it-fits";
import { journeyJson } from "@/app/_lib/content/content.server";
import { blockCards } from "@/app/_lib/journey/stack3d";

/**
 * The cards on each node of a journey's map, for the 3D view: it asks for them when a reader
 * opens it, so the page that offers it does not carry them. Only the cards the journey places,
 * where it places them (a shared card's default nodes may name another journey's map).
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = journeyJson((journey, content) => blockCards(journey.map, placedCards(journey, content.concepts)));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
