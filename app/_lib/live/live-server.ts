/**
 * The live classroom of this server process: one store and one join limiter for every request,
 * with the handlers bound to them and to the journeys' content. The store is in this process's
 * memory, or in Redis when REDIS_URL is set, so several `next start` processes behind one
 * address serve the same sessions (it connects on the first request that needs it). Server-only:
 * it reads the content from disk. Kept on `globalThis`, so `next dev` reloading this module does
 * not lose the sessions running, and a sweep every minute ends sessions left idle.
 */
import { getJourney } from "../content/content.server";
import { systemRandom } from "./codes";
import { liveHandlers, type JourneyFacts, type LiveHandlers } from "./http";
import { journeyFacts } from "./journey-facts";
import { JOIN_FAILURES, MAX_RATE_KEYS } from "./limits";
import { rateLimiter } from "./rate-limit";
import { redisStore } from "./redis-store";
import { memoryStore, StoreUnavailable } from "./store";

/** How often idle and long-ended sessions are swept, besides the sweep every create does. */
const SWEEP_MS = 60_000;

/** The facts of the journey called `slug`, or undefined when there is none. */
function journeys(slug: string): JourneyFacts | undefined {
  const journey = getJourney(slug);
  return journey && journeyFacts(journey);
}

type LiveProcess = { handlers: LiveHandlers; sweeper: ReturnType<typeof setInterval> };
const held = globalThis as typeof globalThis & { __clickpathLive?: LiveProcess };

function start(): LiveProcess {
  const now = () => Date.now();
  const url = process.env.REDIS_URL?.trim();
  const store = url ? redisStore({ url, now, random: systemRandom }) : memoryStore({ now, random: systemRandom });
  const joinLimiter = rateLimiter({ ...JOIN_FAILURES, maxKeys: MAX_RATE_KEYS, now });
  const sweeper = setInterval(() => {
    store.expire().catch((error: unknown) => {
      // Redis away has been said once already, when it went.
      if (!(error instanceof StoreUnavailable)) console.error("live: sweeping sessions failed", error);
    });
  }, SWEEP_MS);
  // The sweep must not keep a process alive that has nothing else to do.
  if (typeof sweeper === "object" && sweeper !== null && "unref" in sweeper) sweeper.unref();
  return { handlers: liveHandlers({ store, journeys, random: systemRandom, joinLimiter }), sweeper };
}

/** The handlers every live route calls, bound to this process's store. */
export const live: LiveHandlers = (held.__clickpathLive ??= start()).handlers;
