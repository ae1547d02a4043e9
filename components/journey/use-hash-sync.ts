"use client";
import { useEffect, useRef, type RefObject } from "react";

/** How long the reader stays on a step before Next's router is told the URL. */
const ROUTER_SYNC_DELAY_MS = 600;

/**
 * Set when the reader follows a link to another page. The
 * authoritative write below tells Next's router "this page, this hash": if it landed while the
 * router was fetching the next page, the router would stay here and the reader's click would be
 * lost. So a pending write is dropped once the reader is on the way out.
 */
let leaving: { path: string; at: number } | null = null;
/** How long a departure holds the write back: long enough for the next page to arrive, short enough that a navigation that never happens does not stop the writes for good. */
const LEAVING_MS = 5000;

/** Drops the pending router write: the reader is going to another page. */
function cancelRouterSync(): void {
  leaving = { path: window.location.pathname, at: Date.now() };
}

/** Whether the reader is on its way out of this page. Once the next page is there (the path changed), writes resume. */
function onTheWayOut(): boolean {
  return leaving !== null && leaving.path === window.location.pathname && Date.now() - leaving.at < LEAVING_MS;
}

function hasNextState(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "__NA" in state;
}

/**
 * The URL's hash and the narration's `aria-current` follow the active step.
 *
 * Next patches history.replaceState. Given Next's own state (`__NA`), a write passes straight
 * through: cheap, so the hash follows every step at once, but Next's router keeps its old URL
 * and writes it back on its next update (seen when a hash link is followed during hydration).
 * Given null state, Next records the URL in its router, which costs a router update (a long
 * task of 90–190 ms at 4× CPU on this journey). So that authoritative write happens only when
 * the router can be out of date in a way that matters: once after start-up, and after each
 * hash navigation (which leaves an entry without Next's state). It waits until the reader
 * pauses and writes the latest step. Afterwards nothing on this page updates the router, so
 * the cheap writes suffice.
 *
 * @param stepId the active step, or undefined before the URL has been read
 * @param moved whether the reader has moved since loading (a reader at the top keeps a clean URL)
 * @param hashVisits bumped on each hash navigation, which leaves an entry Next knows nothing of
 */
export function useHashSync(root: RefObject<HTMLElement | null>, stepId: string | undefined, moved: boolean, hashVisits: number) {
  const latest = useRef("");
  const timer = useRef(0);
  const routerKnows = useRef(false);
  const visits = useRef(hashVisits);

  useEffect(() => {
    if (!stepId) return;
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === stepId) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
    if (!moved && window.location.hash === "") return;
    const url = `#${encodeURIComponent(stepId)}`;
    latest.current = url;
    if (visits.current !== hashVisits) {
      visits.current = hashVisits;
      routerKnows.current = false;
    }
    if (window.location.hash !== url && hasNextState()) window.history.replaceState(window.history.state, "", url);
    if (routerKnows.current && hasNextState()) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (onTheWayOut()) return;
      routerKnows.current = true;
      window.history.replaceState(null, "", latest.current);
    }, ROUTER_SYNC_DELAY_MS);
  }, [root, stepId, moved, hashVisits]);

  useEffect(() => {
    // A click on a link to another page is a departure, whoever handles it (Next's <Link> or the browser).
    // Listened to in the capture phase: Next's <Link> handles the click (and prevents its default) first otherwise.
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!a || a.target === "_blank") return;
      if (new URL(a.href, window.location.href).pathname !== window.location.pathname) cancelRouterSync();
    };
    document.addEventListener("click", onClick, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.clearTimeout(timer.current);
    };
  }, []);
}
