"use client";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { bandMargin } from "@/app/_lib/journey/navigation";
import type { StepRange } from "@/app/_lib/journey/pages";
import { readerNav, START, type NavEffect, type NavEvent, type NavPage } from "@/app/_lib/journey/reader-nav";
import { afterNextPaint } from "@/components/ui/after-paint";
import { isOnControl, isTypingIn } from "@/components/ui/page-keys";
import { useLatest } from "@/components/ui/use-latest";

/** The steps this page's narration holds (global indexes), and how to reach a step on another page. */
export type PageSteps = StepRange & {
  /** Goes to a step read on another page: `push` for a move the reader asked for, `replace` for a link that named it. */
  leave: (index: number, how: "push" | "replace") => void;
};

/** CSS's `--trigger` (0–1 from the top), which also sets `.step`'s scroll-margin. */
function readTrigger(): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--trigger"));
  return value > 0 && value < 1 ? value : 0.5;
}

const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

/** Enter or Space on a button is a request, not a scroll, and keys typed in a field are text; arrow keys on the page scroll. */
function scrollsThePage(e: KeyboardEvent): boolean {
  return SCROLL_KEYS.has(e.key) && !isOnControl(e.target) && !isTypingIn(e.target);
}

function hasNextState(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "__NA" in state;
}

/**
 * The reader's navigation in the browser: a thin adapter around `readerNav`, which decides. It
 * turns the page's events into the machine's (the URL on load and on hashchange, the trigger
 * band's IntersectionObserver, wheel, touch and scroll keys, links to other pages, the stepper's
 * requests) and carries out what the machine says.
 *
 * Why two URL writes: Next patches history.replaceState. Given Next's own state (`__NA`), a
 * write passes straight through: cheap, so the hash follows every step at once, but Next's
 * router keeps its old URL and writes it back on its next update. Given null state, Next records
 * the URL in its router, which costs a router update (a long task of 90–190 ms at 4× CPU). So the
 * machine asks for that write only when the router can be out of date in a way that matters, and
 * holds it back while a followed link is taking the reader to another page (the write would keep
 * the router here).
 *
 * What scrolling changes is rendered as a React transition, in slices between frames.
 */
export function useReaderNav(steps: readonly { id: string }[], root: RefObject<HTMLElement | null>, motionAllowed: boolean, page: PageSteps) {
  const ids = useMemo(() => steps.map((s) => s.id), [steps]);
  const navPage = useMemo<NavPage>(() => ({ firstStep: page.firstStep, stepCount: page.stepCount, ids }), [page.firstStep, page.stepCount, ids]);
  const machine = useRef(START);
  const [shown, setShown] = useState({ index: START.index, previous: START.previous });
  const timer = useRef(0);
  const leave = useLatest(page.leave);

  const perform = useCallback(
    (e: NavEffect) => {
      if (e.type === "scroll") {
        const scroll = () => document.getElementById(ids[e.index] ?? "")?.scrollIntoView({ behavior: e.behavior, block: "start" });
        // A glide starts once the new step is on the screen: scrolling first would lay the page
        // out (and start the glide) before the stage's change could be painted.
        if (e.behavior === "smooth") afterNextPaint(scroll);
        else scroll();
      } else if (e.type === "leave") leave.current(e.index, e.how);
      // The cheap write keeps Next's state; the authoritative one hands Next a null state to record.
      else window.history.replaceState(e.type === "hash" ? window.history.state : null, "", `#${encodeURIComponent(e.id)}`);
    },
    // `leave` is the same ref on every render.
    [ids, leave],
  );

  const send = useCallback(
    // Named, so the timer it sets can send the machine's next tick through it.
    function dispatch(event: NavEvent, urgency: "urgent" | "transition" = "urgent") {
      const env = { now: Date.now(), path: window.location.pathname, hash: window.location.hash, nextState: hasNextState() };
      const before = machine.current;
      const { state, effects, wake } = readerNav(before, event, navPage, env);
      machine.current = state;
      if (state.index !== before.index || state.previous !== before.previous) {
        const next = { index: state.index, previous: state.previous };
        if (urgency === "urgent") setShown(next);
        else startTransition(() => setShown(next));
      }
      effects.forEach(perform);
      window.clearTimeout(timer.current);
      if (wake !== null) timer.current = window.setTimeout(() => dispatch({ type: "tick" }, "transition"), Math.max(0, wake - env.now));
    },
    [navPage, perform],
  );
  // The URL on load (a deep link, a reload) and later hash changes (a pasted URL, back and forward).
  useEffect(() => {
    // The hash always names the active step, so a reload returns to it by the hash rather than
    // by the browser's remembered scroll offset.
    const restoration = window.history.scrollRestoration;
    window.history.scrollRestoration = "manual";
    send({ type: "url", initial: true });
    const onHash = () => send({ type: "url", initial: false });
    window.addEventListener("hashchange", onHash);
    return () => {
      window.removeEventListener("hashchange", onHash);
      window.history.scrollRestoration = restoration;
      window.clearTimeout(timer.current);
    };
  }, [send]);

  // The trigger band: the steps crossing a thin band across the viewport. It moves with the
  // layout (phones put it lower, under the stage), so it is made anew on resize.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let observer: IntersectionObserver | undefined;
    let trigger = 0;
    const observe = () => {
      const next = readTrigger();
      if (observer && next === trigger) return;
      trigger = next;
      observer?.disconnect();
      send({ type: "band-reset" });
      observer = new IntersectionObserver(
        (entries) => send({ type: "band", changes: entries.map((e) => [Number((e.target as HTMLElement).dataset.stepIndex), e.isIntersecting] as const) }, "transition"),
        { rootMargin: bandMargin(trigger) },
      );
      el.querySelectorAll<HTMLElement>("[data-step]").forEach((s) => observer?.observe(s));
    };
    observe();
    window.addEventListener("resize", observe);
    // The reader takes over from a requested scroll (only then is there anything to take over).
    const takeOver = (e: Event) => {
      if (!machine.current.trip || (e instanceof KeyboardEvent && !scrollsThePage(e))) return;
      send({ type: "take-over" }, "transition");
    };
    const userScrolls = ["wheel", "touchstart", "keydown"] as const;
    for (const type of userScrolls) window.addEventListener(type, takeOver, { passive: true });
    // A click on a link to another page is a departure, whoever handles it (Next's <Link> or the
    // browser). Listened to in the capture phase: Next's <Link> handles the click (and prevents its default) first otherwise.
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!a || a.target === "_blank") return;
      if (new URL(a.href, window.location.href).pathname !== window.location.pathname) send({ type: "depart" });
    };
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("resize", observe);
      for (const type of userScrolls) window.removeEventListener(type, takeOver);
      document.removeEventListener("click", onClick, true);
      observer?.disconnect();
    };
  }, [root, send]);

  // The narration marks the active step for assistive technology (and its bar).
  const stepId = shown.index >= 0 ? ids[shown.index] : undefined;
  useEffect(() => {
    if (!stepId) return;
    root.current?.querySelectorAll("[data-step]").forEach((s) => {
      if (s.id === stepId) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
  }, [root, stepId]);

  const goTo = useCallback((i: number) => send({ type: "go", to: i, motionAllowed }), [send, motionAllowed]);
  return { index: shown.index < 0 ? page.firstStep : shown.index, previous: shown.previous, goTo };
}
