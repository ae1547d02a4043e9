/**
 * Reading offline, as plain data: which pages keep a journey readable with no network, which of
 * Next's files a kept page needs, and which caches belong to which build. The service worker
 * (`worker.ts`) acts on it; nothing here touches a cache, so it is tested without one.
 */
import type { JourneyData } from "../content/types";
import { chapterHref, forkHref, journeyHref, journeyJsonHref } from "../journey/pages";

/**
 * What a navigation to a page never kept answers with when the network is away: a whole page of
 * its own (no script, the site's colours inline), so it reads at any address.
 */
export function notKeptPage(): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Not kept for offline reading · Clickpath</title>",
    "<style>body{margin:0;background:#f8fafc;color:#0f172a;font:17px/1.6 system-ui,sans-serif}main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}a{color:#92400e}</style>",
    "</head><body><main><h1>Not kept for offline reading</h1>",
    "<p>You are offline, and this page was not kept on this device. Every journey you have opened here is kept whole (its chapters, failure forks and concept cards, with your deck and progress), and reads without a network.</p>",
    '<p><a href="/">See all journeys</a>, or try again once you are back online.</p>',
    "</main></body></html>",
  ].join("");
}

/** Every URL that keeps a journey readable offline: its pages (chapters, forks, transcript), the JSON they fetch, and its concept cards. */
export function journeyUrls(journey: Pick<JourneyData, "slug" | "chapters" | "forks" | "cards">): string[] {
  const { slug } = journey;
  return [
    ...journey.chapters.map((c) => chapterHref(slug, journey.chapters, c.id)),
    ...journey.forks.map((f) => forkHref(slug, f.id)),
    `${journeyHref(slug)}/transcript`,
    ...(["view", "steps"] as const).map((name) => journeyJsonHref(slug, name)),
    ...Object.keys(journey.cards).map((id) => `/concepts/${id}`),
  ];
}

/** The journey a page belongs to (`/journeys/<slug>/…`), if it is one of a journey's pages. */
export function journeyOf(pathname: string): string | undefined {
  return /^\/journeys\/([a-z0-9-]+)(?:\/|$)/.exec(pathname)?.[1];
}

/**
 * Next's files a page's HTML names, once each, in order: in attributes (`src`, `href`) and in the
 * list of scripts the paint-first loader adds after the first paint (paths under `/_next/static/`).
 */
export function assetsIn(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/"(?:\/_next\/static\/)?((?:chunks|paint-first|media)\/[^"?#\s]+\.(?:js|css|woff2|svg|png))"/g)) found.add(`/_next/static/${m[1]!}`);
  return [...found];
}

/** The caches a build's worker fills at run time: named by the build, so a new build never reads an old one's. */
export function cacheNames(build: string): { pages: string; assets: string } {
  return { pages: `clickpath-pages-${build}`, assets: `clickpath-assets-${build}` };
}

/** Run-time caches of other builds: deleted when a new worker takes over. */
export function outdatedCaches(names: readonly string[], build: string): string[] {
  const current = new Set(Object.values(cacheNames(build)));
  return names.filter((n) => n.startsWith("clickpath-") && !current.has(n));
}

/** What the worker does with a GET of this URL. */
export type Handling = "assets" | "page" | "data" | "network";

export function handlingOf(url: URL, sameOrigin: boolean): Handling {
  if (!sameOrigin || url.pathname.startsWith("/api/") || url.pathname.startsWith("/bench/")) return "network";
  if (url.pathname.startsWith("/_next/static/")) return "assets";
  if (/^\/journeys\/[a-z0-9-]+\/[a-z]+\.json$/.test(url.pathname)) return "data";
  return "page";
}

/** What the build's worker costs a first visit, in the background once the page has loaded (`.next/service-worker.json`, printed by `npm run bench`). */
export type WorkerStats = { workerBytes: number; precacheBytes: number; precached: number; chunks: number; keptUrls: Record<string, number> };
