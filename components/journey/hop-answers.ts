"use client";
import { useSyncExternalStore } from "react";

/**
 * Which next-hop questions the reader has answered on this page. A held step's stage waits on
 * it; the quiz in the narration writes to it. A tiny external store, so the quiz (an island in
 * server-rendered narration) and the reader share it without a provider around the narration.
 */
let answered: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();
const EMPTY: ReadonlySet<string> = new Set();

export function markHopAnswered(quizId: string): void {
  if (answered.has(quizId)) return;
  answered = new Set([...answered, quizId]);
  for (const l of listeners) l();
}

export function useHopAnswers(): ReadonlySet<string> {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => answered,
    () => EMPTY,
  );
}
