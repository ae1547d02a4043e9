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
  /** The room's counts per choice as shown, as they come in. */
  onCounts: (counts: number[] | undefined) => void;
};

/**
 * The audience view's part in a live session, loaded only while one runs: it keeps the session
 * on the view's step, quiz and reveal, and shows how to join and how many have.
 */
export function AudienceRoom({ slug, step, quiz, revealed, onCounts }: Props) {
  const live = useHostedSession(slug);
  useLiveSync(live, step, quiz && { id: quiz.id, kind: quiz.kind, optionCount: quiz.choices.length }, revealed);
  const counts = quiz && live.room?.quiz?.id === quiz.id ? countsAsShown(live.room.quiz, shownOrder(quiz.id, quiz.choices.length)) : undefined;
  const key = counts?.join(",");
  useEffect(() => onCounts(key === undefined ? undefined : key.split(",").map(Number)), [key, onCounts]);
  // A next-hop quiz's votes in words, beside the heat the map shows.
  const guess = quiz?.nodes && counts ? quiz.choices.map((c, i) => `${c} ${counts[i] ?? 0}`).join(" · ") : undefined;
  return live.code ? <RoomPanel code={live.code} room={live.room} guess={guess} /> : null;
}
