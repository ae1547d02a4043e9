"use client";
import { useEffect, useRef } from "react";
import { dispatchLearner } from "@/components/learner/learner-store";
import { afterNextPaint } from "@/components/ui/after-paint";

/** How long after the page opens its first step is recorded as seen. */
const FIRST_SEEN_AFTER_MS = 1500;

/**
 * The learner's progress: every step shown counts as seen, and the last one is where to resume.
 * The step a page opens on is recorded a moment later, so the store's first load stays away from
 * start-up. `enabled` is false on a fork's page: its steps are a side trip, not progress.
 */
export function useRecordProgress(slug: string, stepId: string | undefined, enabled: boolean) {
  const firstSeen = useRef<{ timer: number; record: () => void } | null | undefined>(undefined);
  useEffect(() => {
    if (!stepId || !enabled) return;
    const record = () => dispatchLearner({ type: "seen", slug, stepId });
    if (firstSeen.current === undefined) {
      const timer = window.setTimeout(() => {
        firstSeen.current = null;
        record();
      }, FIRST_SEEN_AFTER_MS);
      firstSeen.current = { timer, record };
      return;
    }
    // Moving on before the first step was recorded: record it now, then this one.
    const pending = firstSeen.current;
    firstSeen.current = null;
    if (pending) window.clearTimeout(pending.timer);
    // The store's update and save stay out of the step change's frame.
    afterNextPaint(() => {
      pending?.record();
      record();
    });
  }, [slug, stepId, enabled]);
  useEffect(() => () => window.clearTimeout(firstSeen.current?.timer), []);
}
