/// <reference lib="webworker" />
/**
 * The service worker (built into `public/sw.js` by `service-worker-cli.ts`, after `next build`),
 * on Serwist:
 * - Next's script and style chunks are precached (named by their content, so a build's worker
 *   holds exactly its own; Serwist drops the rest when it takes over). The 3D view's library is
 *   left to the network: it is the one part that does not read offline.
 * - A page is fetched from the network first and kept; with no network the kept copy answers,
 *   and a page never kept answers with a page that says so (`notKeptPage`).
 * - Opening any page of a journey (the page says so, `OfflineKeeper`) keeps the whole journey
 *   (`journeyUrls`): its chapters, forks, transcript, the JSON they fetch and its concept cards,
 *   with the files each page names. Not on a connection that asks to save data: there, pages
 *   are kept as they are read.
 * - Run-time caches carry the build's id and a new worker deletes other builds' (`outdatedCaches`),
 *   then keeps again the journeys the old one had kept.
 */
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry } from "serwist";
import { assetsIn, cacheNames, handlingOf, journeyOf, notKeptPage, outdatedCaches } from "./plan";

declare const self: ServiceWorkerGlobalScope;
/** Set by the build: its id, Next's chunks to precache, and each journey's URLs to keep. */
declare const BUILD: string;
declare const PRECACHE: string[];
declare const JOURNEYS: Record<string, string[]>;

const caches_ = cacheNames(BUILD);
const precacheEntries: PrecacheEntry[] = PRECACHE.map((url) => ({ url, revision: null }));

const serwist = new Serwist({
  precacheEntries,
  // A new build's worker waits until no page of the old build is open, and takes no page over
  // mid-read: a page keeps the worker (and the scripts) it was loaded with. So a first visit is
  // loaded from the network from start to end, as if there were no worker.
  skipWaiting: false,
  clientsClaim: false,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => handlingOf(url, sameOrigin) === "network", handler: new NetworkOnly() },
    { matcher: ({ url, sameOrigin }) => handlingOf(url, sameOrigin) === "assets", handler: new CacheFirst({ cacheName: caches_.assets }) },
    { matcher: ({ url, sameOrigin }) => ["page", "data"].includes(handlingOf(url, sameOrigin)), handler: new NetworkFirst({ cacheName: caches_.pages, networkTimeoutSeconds: 4 }) },
  ],
});

// Neither the network nor a kept copy: a page says so plainly; anything else fails as it would.
serwist.setCatchHandler(async ({ request }) =>
  request.mode === "navigate" ? new Response(notKeptPage(), { status: 503, headers: { "content-type": "text/html; charset=utf-8" } }) : Response.error(),
);

/**
 * Journeys being kept, or kept whole, by this worker: two pages of one journey start one round,
 * and later pages of a journey kept whole check nothing again. A round that missed a file is
 * forgotten, so the next page tries again.
 */
const keeping = new Map<string, Promise<void>>();

/** Fetches what a journey needs that is not kept yet, and the files its pages name. */
function keep(slug: string): Promise<void> {
  const urls = JOURNEYS[slug];
  if (!urls) return Promise.resolve();
  let round = keeping.get(slug);
  if (!round) {
    const whole = (async () => {
      let missed = false;
      const pages = await caches.open(caches_.pages);
      const assets = await caches.open(caches_.assets);
      for (const url of urls) {
        if (await caches.match(url)) continue;
        const response = await fetch(url).catch(() => undefined);
        if (!response?.ok) {
          missed = true;
          continue;
        }
        const html = response.headers.get("content-type")?.includes("text/html") ? await response.clone().text() : "";
        // The files first: a page in the cache is a page that reads.
        for (const asset of assetsIn(html)) {
          if (await caches.match(asset)) continue;
          const file = await fetch(asset).catch(() => undefined);
          if (file?.ok) await assets.put(asset, file);
          else missed = true;
        }
        await pages.put(url, response);
      }
      return !missed;
    })().catch(() => false);
    round = whole.then((kept) => {
      if (!kept) keeping.delete(slug);
    });
    keeping.set(slug, round);
  }
  return round;
}

const savingData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

// A page says it opened (see `OfflineKeeper`): keep the rest of its journey, once the page has settled.
self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: unknown; path?: unknown } | null;
  if (data?.type !== "opened" || typeof data.path !== "string" || savingData()) return;
  const slug = journeyOf(data.path);
  if (slug) event.waitUntil(new Promise((resolve) => setTimeout(resolve, 2000)).then(() => keep(slug)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const kept = new Set<string>();
      for (const name of outdatedCaches(await caches.keys(), BUILD)) {
        for (const request of await (await caches.open(name)).keys()) {
          const slug = journeyOf(new URL(request.url).pathname);
          if (slug) kept.add(slug);
        }
        await caches.delete(name);
      }
      // The pages open now were read before this worker: keep their journeys too.
      for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
        const slug = journeyOf(new URL(client.url).pathname);
        if (slug) kept.add(slug);
      }
      // Kept again in the background: activation waits for none of it.
      if (!savingData()) for (const slug of kept) void keep(slug);
    })(),
  );
});

serwist.addEventListeners();
