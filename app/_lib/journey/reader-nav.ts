/**
 * The reader's navigation as one pure state machine: which step is active, the scroll the reader
 * asked for, and how the URL follows. Scrolling, the URL, the stepper and links only send events;
 * `readerNav` decides, and says what to do as effects (scroll to a step, go to another page,
 * write the URL). Time comes in with each event (`env.now`), never from a clock of its own, so
 * every case (load, deep link, reload, jump, Next/Previous across chapters, a link followed in
 * the first moments, back and forward) is a unit test.
 *
 * The URL has two writes (see `components/journey/use-reader-nav.ts` for why Next needs them):
 * a cheap one on every step (`hash`), and an authoritative one that tells Next's router the URL
 * (`router`), which costs a router update and so happens only once the reader pauses, and only
 * when the router can be out of date: after start-up and after each hash navigation.
 */
import { activeFromBand, navigate, scrollBehaviour, UNRESOLVED } from "./navigation";
import { isOnPage, type StepRange } from "./pages";
import { clampIndex, stepIdOfHash } from "./stage";

/** The steps this page's narration holds (global indexes) among all of the sequence's. */
export type NavPage = StepRange & { ids: readonly string[] };

/** What the world looks like when an event arrives. */
export type NavEnv = {
  now: number;
  /** This document's path and hash. */
  path: string;
  hash: string;
  /** Whether the history entry carries Next's own state (a cheap hash write is then safe). */
  nextState: boolean;
};

export type NavState = {
  /** The active step; -1 until the URL has been read after hydration. */
  index: number;
  /** The step before it (to know whether the packet travels or jumps); undefined at the start. */
  previous: number | undefined;
  /** A scroll the reader asked for: the steps it passes do not take over until it ends. */
  trip: { index: number; until: number } | null;
  /** The steps crossing the trigger band now. */
  band: readonly number[];
  /** The authoritative URL write: whether Next's router knows the URL, and when a write is due. */
  router: { knows: boolean; due: number | null };
  /** A link to another page was followed: hold the router write back while the old page shows. */
  leaving: { path: string; at: number } | null;
};

export type NavEvent =
  /** The page read its URL (`initial`), or the hash changed (a pasted URL, back or forward). */
  | { type: "url"; initial: boolean }
  /** Steps entered (true) or left (false) the trigger band. */
  | { type: "band"; changes: readonly (readonly [index: number, inBand: boolean])[] }
  /** The band was made anew (the layout changed): nothing is in it until the observer reports. */
  | { type: "band-reset" }
  /** A step was asked for: the stepper, a chapter link on this page, an island in the narration. */
  | { type: "go"; to: number; motionAllowed: boolean }
  /** The reader scrolled by wheel, touch or key while a requested scroll was under way. */
  | { type: "take-over" }
  /** A link to another page was followed. */
  | { type: "depart" }
  /** Time passed (a timer set for `wake` fired). */
  | { type: "tick" };

export type NavEffect =
  | { type: "scroll"; index: number; behavior: "smooth" | "auto" }
  | { type: "leave"; index: number; how: "push" | "replace" }
  /** The cheap write: the hash names the active step (the history entry keeps Next's state). */
  | { type: "hash"; id: string }
  /** The authoritative write: Next's router is told this page with this hash. */
  | { type: "router"; id: string };

export type NavResult = { state: NavState; effects: NavEffect[]; /** When to send the next `tick`, if ever. */ wake: number | null };

/** How long a requested scroll may take before the band decides again. */
export const TRIP_MS = 1500;
/** How long the reader stays on a step before Next's router is told the URL. */
export const ROUTER_DELAY_MS = 600;
/** How long a departure holds the router write back: enough for the next page to arrive, short enough that a navigation that never happens does not stop the writes for good. */
export const LEAVING_MS = 5000;

export const START: NavState = { ...UNRESOLVED, trip: null, band: [], router: { knows: false, due: null }, leaving: null };

export function readerNav(state: NavState, event: NavEvent, page: NavPage, env: NavEnv): NavResult {
  const effects: NavEffect[] = [];
  const total = page.ids.length;
  const onPage = (i: number) => isOnPage(page, i);
  let s = state;
  /** Makes `i` active (if it is not already) and lets the URL follow. */
  const activate = (i: number) => {
    const nav = navigate(s, i, total);
    if (nav !== s) s = { ...s, index: nav.index, previous: nav.previous };
  };
  const startTrip = (i: number, behavior: "smooth" | "auto") => {
    s = { ...s, trip: { index: i, until: env.now + TRIP_MS } };
    effects.push({ type: "scroll", index: i, behavior });
  };
  const fromBand = () => {
    const active = activeFromBand(new Set(s.band));
    if (active !== undefined) activate(active);
  };
  let urlVisit = false;

  switch (event.type) {
    case "url": {
      // A hash taken away by someone else (Next's router during start-up) is not a request to go anywhere.
      if (!event.initial && env.hash === "") break;
      urlVisit = true;
      const named = stepIdOfHash(env.hash);
      const i = named === undefined ? -1 : page.ids.indexOf(named);
      if (i < 0) {
        if (s.index < 0) activate(page.firstStep);
      } else if (!onPage(i)) {
        // A link to a step of another chapter (an old link to the journey's first page, say).
        effects.push({ type: "leave", index: i, how: "replace" });
      } else {
        activate(i);
        startTrip(i, "auto");
      }
      break;
    }
    case "band": {
      const band = new Set(s.band);
      for (const [i, inside] of event.changes) {
        if (inside) band.add(i);
        else band.delete(i);
      }
      s = { ...s, band: [...band].sort((a, b) => a - b) };
      if (s.trip) {
        // The steps a requested scroll passes do not count; its target ends it.
        if (band.has(s.trip.index)) {
          const to = s.trip.index;
          s = { ...s, trip: null };
          activate(to);
        }
      } else fromBand();
      break;
    }
    case "band-reset":
      s = { ...s, band: [] };
      break;
    case "go": {
      const to = clampIndex(event.to, total);
      if (!onPage(to)) {
        effects.push({ type: "leave", index: to, how: "push" });
        break;
      }
      const behavior = scrollBehaviour(s.index, to, event.motionAllowed);
      activate(to);
      startTrip(to, behavior);
      break;
    }
    case "take-over":
      if (!s.trip) break;
      s = { ...s, trip: null };
      fromBand();
      break;
    case "depart":
      s = { ...s, leaving: { path: env.path, at: env.now } };
      break;
    case "tick":
      if (s.trip && env.now >= s.trip.until) {
        s = { ...s, trip: null };
        fromBand();
      }
      break;
  }

  // The URL follows the step: at once by the cheap write, and once the reader pauses by the
  // authoritative one, when the router may not know it (after start-up, after a hash visit).
  if (urlVisit) s = { ...s, router: { ...s.router, knows: false } };
  const id = s.index >= 0 ? page.ids[s.index] : undefined;
  const stepChanged = s.index !== state.index;
  const moved = s.previous !== undefined;
  if (id && (stepChanged || urlVisit) && (moved || env.hash !== "")) {
    const hash = `#${encodeURIComponent(id)}`;
    if (env.hash !== hash && env.nextState) effects.push({ type: "hash", id });
    if (!(s.router.knows && env.nextState)) s = { ...s, router: { ...s.router, due: env.now + ROUTER_DELAY_MS } };
  }
  if (event.type === "tick" && s.router.due !== null && env.now >= s.router.due) {
    const onTheWayOut = s.leaving !== null && s.leaving.path === env.path && env.now - s.leaving.at < LEAVING_MS;
    s = { ...s, router: { knows: onTheWayOut ? s.router.knows : true, due: null } };
    if (!onTheWayOut && id) effects.push({ type: "router", id });
  }
  const wakes = [s.trip?.until, s.router.due].filter((t): t is number => typeof t === "number");
  return { state: s, effects, wake: wakes.length > 0 ? Math.min(...wakes) : null };
}
