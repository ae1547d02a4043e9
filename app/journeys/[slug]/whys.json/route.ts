import { journeyJson } from "@/app/_lib/content/content.server";
import { slideWhys } from "@/app/_lib/present/slides";

/** Why each quiz's answer is right, as the presenter's audience view shows it on a reveal. */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = journeyJson((journey) => slideWhys(journey));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
