import { journeyJson } from "@/app/_lib/content/content.server";
import { stepHref } from "@/app/_lib/journey/pages";

/**
 * Where each step of a journey's main line is read, by index: a learner who joins a live
 * session is sent to the instructor's step, which the session names by its index.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = journeyJson((journey) => journey.steps.map((s) => stepHref(journey.slug, journey.chapters, journey.steps, s.index)));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
