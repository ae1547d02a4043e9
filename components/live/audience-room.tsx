"use client";
import { useEffect } from "react";
import { countsAsShown } from "@/app/_lib/live/room";
import type { SlideQuiz } from "@/app/_lib/present/slides";
import { shownOrder } from "@/app/_lib/quiz/score";
import { RoomPanel } from "./room-panel";
import { useHostedSession, useLiveSync } from "./use-hosted-session";

type Props = {
  slug: string;
  step: number;
  quiz: SlideQuiz | undefined;
  revealed: boolean;
  /** The room's counts per choice as shown, once the answer is revealed (the room would follow the crowd before). */
  onCounts: (counts: number[] | undefined) => void;
};

/**
 * The audience view's part in a live session, loaded only while one runs: it keeps the session
 * on the view's step, quiz and reveal, and shows how to join and how many have.
 */
export function AudienceRoom({ slug, step, quiz, revealed, onCounts }: Props) {
  const live = useHostedSession(slug);
  useLiveSync(live, step, quiz && { id: quiz.id, kind: quiz.kind, optionCount: quiz.choices.length }, revealed);
  const counts = quiz && revealed && live.room?.quiz?.id === quiz.id ? countsAsShown(live.room.quiz, shownOrder(quiz.id, quiz.choices.length)) : undefined;
  const key = counts?.join(",");
  useEffect(() => onCounts(key === undefined ? undefined : key.split(",").map(Number)), [key, onCounts]);
  return live.code ? <RoomPanel code={live.code} room={live.room} /> : null;
}
