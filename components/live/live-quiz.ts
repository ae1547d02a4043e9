"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Answer } from "@/app/_lib/live/events";
import { useLatest } from "@/components/ui/use-latest";

/**
 * The quiz a live session has open, for the quiz in the narration to answer into: the session's
 * bar sets it, the quiz reads it. While it is open and not revealed, an answer goes to the
 * instructor and its verdict waits for the reveal, which shows it on every device at once.
 * Tiny and dependency-free: every reader page carries it, live or not.
 */
export type LiveQuiz = { id: string; revealed: boolean; send: (answer: Answer) => void };

let open: LiveQuiz | null = null;
const listeners = new Set<() => void>();

/** Called by the session's bar when a quiz opens, is revealed or closes (null). */
export function setLiveQuiz(next: LiveQuiz | null): void {
  open = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * For a quiz in the narration: `held` while the room is answering it (send with `send`; the
 * verdict waits), and `sent` once this learner has. When the hold ends (revealed, or the
 * session moved on) with an answer sent, `onRelease` runs once, to check that answer as a
 * reader alone would.
 */
export function useLiveHold(quizId: string, onRelease: () => void): { held: boolean; sent: boolean; send: (answer: Answer) => void } {
  const live = useSyncExternalStore(subscribe, () => open, () => null);
  const held = live?.id === quizId && !live.revealed;
  const [sent, setSent] = useState(false);
  const release = useLatest(() => {
    setSent(false);
    onRelease();
  });
  useEffect(() => {
    if (!held && sent) release.current();
  }, [held, sent, release]);
  return {
    held,
    sent,
    send: (answer) => {
      if (live?.id !== quizId) return;
      live.send(answer);
      setSent(true);
    },
  };
}
