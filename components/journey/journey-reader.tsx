"use client";
import { LazyMotion, MotionConfig } from "framer-motion";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { chapterHref, stepHref } from "@/app/_lib/journey/pages";
import { chapterAt, type ReaderModel } from "@/app/_lib/journey/reader-model";
import { clockAt } from "@/app/_lib/journey/clock";
import { packetMotion, stageState } from "@/app/_lib/journey/stage";
import { dispatchLearner } from "@/components/learner/learner-store";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { ProgressBar } from "./progress-bar";
import { Stage } from "./stage";
import { useHopAnswers } from "./hop-answers";
import { Stepper } from "./stepper";
import { useActiveStep } from "./use-active-step";

/** How long after the page opens its first step is recorded as seen. */
const FIRST_SEEN_AFTER_MS = 1500;

// Animation features load after first paint, so motion costs ~2 KiB up front.
const loadFeatures = () => import("./motion-features").then((m) => m.default);

type Props = {
  model: ReaderModel;
  /** The narration, rendered on the server: chapters of `[data-step]` sections. */
  children: ReactNode;
};

/** The scrollytelling reader: narration scrolls past a sticky stage driven by the active step. */
export function JourneyReader({ model, children }: Props) {
  const narration = useRef<HTMLElement>(null);
  const reduced = useMediaQuery("(prefers-reduced-motion: reduce)");
  const router = useRouter();
  const leave = useCallback(
    (i: number, how: "push" | "replace") => {
      const href = stepHref(model.slug, model.chapters, model.steps, i);
      if (href) router[how](href);
    },
    [router, model],
  );
  const page = model.chapters[model.page];
  const { index, previous, goTo } = useActiveStep(model.steps, narration, !reduced, {
    first: page?.firstStep ?? 0,
    count: page?.stepCount ?? model.steps.length,
    leave,
  });
  // Memoized so the map's memoized parts see the same arrays until the step changes.
  const answered = useHopAnswers();
  const state = useMemo(() => stageState(model.map, model.steps, index, answered), [model, index, answered]);
  const released = useReleased(state.stepId, state.held);
  const chapter = chapterAt(model.chapters, index);
  const chapterLinks = model.chapters.map((c) => chapterHref(model.slug, model.chapters, c.id));
  const stepId = model.steps[index]?.id;
  // The learner's progress: every step shown counts as seen, and the last one is where to
  // resume. The step a page opens on is recorded a moment later, so the store's first load
  // stays away from start-up.
  const firstSeen = useRef<{ timer: number; record: () => void } | null | undefined>(undefined);
  useEffect(() => {
    if (!stepId) return;
    const record = () => dispatchLearner({ type: "seen", slug: model.slug, stepId });
    if (firstSeen.current === undefined) {
      const timer = window.setTimeout(() => {
        firstSeen.current = null;
        record();
      }, FIRST_SEEN_AFTER_MS);
      firstSeen.current = { timer, record };
      return;
    }
    // Moving on before the first step was recorded: record it now, then this one.
    if (firstSeen.current) {
      window.clearTimeout(firstSeen.current.timer);
      firstSeen.current.record();
      firstSeen.current = null;
    }
    record();
  }, [model.slug, stepId]);
  useEffect(() => () => window.clearTimeout(firstSeen.current?.timer), []);
  const chapterSteps = useMemo(() => model.chapters.map((c) => model.steps.slice(c.firstStep, c.firstStep + c.stepCount).map((st) => st.id)), [model]);

  return (
    <div className="reader">
      <ProgressBar
        title={model.title}
        index={index}
        total={model.steps.length}
        chapter={chapter}
        chapters={model.chapters}
        chapterLinks={chapterLinks}
        page={model.page}
        slug={model.slug}
        chapterSteps={chapterSteps}
        onJump={goTo}
      />
      <main className="reader-body">
        {/* Motion's providers wrap the stage alone: LazyMotion gives its context a new value on
            every render, and React would search the whole narration for consumers each step. */}
        <LazyMotion features={loadFeatures} strict>
          <MotionConfig reducedMotion="user">
            <div className="stage-column">
              <Stage
                map={model.map}
                state={state}
                packetMode={reduced ? "jump" : packetMotion(previous, index, released)}
                chapterTitle={chapter?.title ?? ""}
                clock={clockAt(model.steps, index)}
              />
              <Stepper index={index} total={model.steps.length} onGo={goTo} />
            </div>
          </MotionConfig>
        </LazyMotion>
        <article className="narration" ref={narration}>
          {children}
        </article>
      </main>
    </div>
  );
}

/** True while the step on stage is one a next-hop answer just released (it was held, now it plays). */
function useReleased(stepId: string, held: boolean): boolean {
  const [seen, setSeen] = useState({ stepId, held, released: false });
  if (seen.stepId !== stepId || seen.held !== held) {
    const released = seen.stepId === stepId && seen.held && !held;
    setSeen({ stepId, held, released });
    return released;
  }
  return seen.released;
}
