import { journeyJson } from "@/app/_lib/content/content.server";
import { viewText } from "@/app/_lib/journey/reader-model";

/** The prose of a journey's lens and variation menus, fetched when a reader first needs it. */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = journeyJson((journey) => viewText(journey));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
