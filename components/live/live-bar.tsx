"use client";
import { useEffect, useReducer, useRef, useState } from "react";
import { journeyJsonHref } from "@/app/_lib/journey/pages";
import type { Answer } from "@/app/_lib/live/events";
import { JOINED_KEY, type Joined } from "@/app/_lib/live/joined";
import { emptyRoom, foldRoom, formatCode, roomItem, withMine, type Room, type RoomItem } from "@/app/_lib/live/room";
import { useLatest } from "@/components/ui/use-latest";
import { setLiveQuiz } from "./live-quiz";
import styles from "./live-bar.module.css";

/** Whether this tab's learner stopped following; kept in the tab, so reading another chapter stays paused. */
const PAUSED_KEY = "clickpath:live-paused";

type Props = { joined: Joined; index: number | undefined; goTo: ((index: number) => void) | undefined };

type Action = { type: "item"; item: RoomItem } | { type: "mine"; quizId: string; answer: Answer } | { type: "gone" };
type BarState = { room: Room; gone: boolean };

function reduce(state: BarState, action: Action): BarState {
  if (action.type === "gone") return { ...state, gone: true };
  if (action.type === "mine") return { ...state, room: withMine(state.room, action.quizId, action.answer) };
  return { ...state, room: foldRoom(state.room, action.item) };
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * A learner's live session, at the foot of the reader: it follows the instructor's step (the
 * reader moves, as if the learner had asked), lets the learner browse on their own ("paused")
 * and come back with one button, hands the open quiz to the quiz in the narration, and says when
 * the session ends. The stream is an EventSource, opened again by the bar when it drops (within a
 * second, then less often, and at once when the device says it is online) rather than after the
 * browser's own growing waits; every new stream starts from the session as it stands, so a
 * reload, a late join or a lost network lands on the current step. The bar says while it is cut
 * off, and an answer sent meanwhile goes out again when the stream is back.
 */
export function LiveBar({ joined, index, goTo }: Props) {
  const [{ room, gone }, dispatch] = useReducer(reduce, { room: emptyRoom(joined.code), gone: false });
  const [paused, setPaused] = useState(() => storage()?.getItem(PAUSED_KEY) === "1");
  // The server's word that it lost its store for a while (the stream stays open).
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // The stream dropped (the network, or the server went away) and the browser is trying again.
  const [lost, setLost] = useState(false);
  // An answer the server has not confirmed yet: sent again when the stream is back (the last answer counts).
  const unsent = useRef<(() => void) | undefined>(undefined);
  const started = room.seq > 0 || room.stepCount > 0;
  // The step the reader was sent to and has not reached yet: moves on the way there are not the learner's.
  const sentTo = useRef<number | undefined>(undefined);

  useEffect(() => {
    let source: EventSource | undefined;
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const take = (e: MessageEvent<string>) => {
      const item = roomItem({ event: e.type, data: e.data });
      if (item) dispatch({ type: "item", item });
    };
    // A fresh stream starts with the session as it stands (a snapshot), so coming back is landing on the current step.
    const connect = () => {
      clearTimeout(retry);
      source?.close();
      const s = new EventSource(`/api/live/${encodeURIComponent(joined.code)}/events?participantId=${encodeURIComponent(joined.participantId)}`);
      source = s;
      for (const t of ["snapshot", "step", "quiz-opened", "revealed", "quiz-closed", "ended"]) s.addEventListener(t, take);
      s.addEventListener("unavailable", () => setNotice("The server is having trouble; waiting for it to come back…"));
      s.addEventListener("available", () => setNotice(undefined));
      s.onopen = () => {
        failures = 0;
        setLost(false);
        unsent.current?.();
      };
      s.onerror = () => {
        // Closed by the browser: the session is not there (it ended, or the server forgot it).
        if (s.readyState === EventSource.CLOSED) return dispatch({ type: "gone" });
        // Dropped: try again soon, and sooner than the browser would (it waits longer after each failure).
        setLost(true);
        s.close();
        retry = setTimeout(connect, Math.min(1000 * 2 ** failures++, 5000));
      };
    };
    // The device says its network is back: no need to wait for the next try.
    const online = () => {
      if (source?.readyState !== EventSource.OPEN) connect();
    };
    connect();
    window.addEventListener("online", online);
    return () => {
      clearTimeout(retry);
      source?.close();
      window.removeEventListener("online", online);
    };
  }, [joined]);

  const ended = room.ended || gone;
  const follow = useLatest((step: number) => {
    sentTo.current = step;
    if (goTo) goTo(step);
    else void fetch(journeyJsonHref(joined.journey, "steps")).then(async (r) => {
      const hrefs = (r.ok ? await r.json() : []) as string[];
      if (hrefs[step]) window.location.assign(hrefs[step]);
    });
  });

  // Follow the instructor's step while following.
  useEffect(() => {
    if (!started || ended || paused || index === room.step) return;
    follow.current(room.step);
  }, [started, ended, paused, room.step, index, follow]);

  // A move the learner made (not one this bar asked for) pauses following.
  useEffect(() => {
    if (index === undefined || !started) return;
    if (sentTo.current !== undefined) {
      if (index === sentTo.current) sentTo.current = undefined;
      return;
    }
    if (!paused && index !== room.step) pause(true);
    // Only the reader's moves are looked at here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index]);

  // The open quiz, for the narration's quiz to answer into.
  const quiz = room.quiz;
  useEffect(() => {
    if (!quiz || ended) {
      setLiveQuiz(null);
      return;
    }
    setLiveQuiz({
      id: quiz.id,
      revealed: quiz.revealed,
      send: (answer) => {
        dispatch({ type: "mine", quizId: quiz.id, answer });
        const post = () => {
          unsent.current = post;
          void fetch(`/api/live/${encodeURIComponent(joined.code)}/answer`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ participantId: joined.participantId, quizId: quiz.id, answer }),
          }).then(
            // Taken, or refused for good (a 4xx says why: the quiz closed, the session ended): nothing to send again.
            (r) => {
              if (r.status < 500 && unsent.current === post) unsent.current = undefined;
            },
            () => undefined,
          );
        };
        post();
      },
    });
  }, [quiz?.id, quiz?.revealed, ended, joined]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => setLiveQuiz(null), []);

  // The bar sits over the foot of the page: what is scrolled or tabbed into view stops above it.
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const fit = () => root.style.setProperty("scroll-padding-bottom", `${el.offsetHeight}px`);
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => {
      watch.disconnect();
      root.style.removeProperty("scroll-padding-bottom");
    };
  }, []);

  // What changed, for screen readers: the live region says it when its text changes.
  const said = ended
    ? "The live session has ended. What you read and answered is kept in this browser."
    : lost
      ? "Connection to the live session lost; reconnecting."
      : quiz?.revealed
        ? "The instructor revealed the answer."
        : quiz
          ? "The instructor opened a quiz: answer it in the text."
          : "";

  function pause(on: boolean) {
    setPaused(on);
    if (on) storage()?.setItem(PAUSED_KEY, "1");
    else storage()?.removeItem(PAUSED_KEY);
  }

  function leave() {
    storage()?.removeItem(JOINED_KEY);
    storage()?.removeItem(PAUSED_KEY);
    setLiveQuiz(null);
    window.location.reload();
  }

  const where = `step ${room.step + 1}${room.stepCount ? ` of ${room.stepCount}` : ""}`;
  return (
    <aside ref={bar} className={styles.bar} aria-label="Live session" data-live-bar data-following={!paused && !ended} data-ended={ended || undefined}>
      <p className={styles.what}>
        <strong>Live</strong> <span className={styles.code}>{formatCode(joined.code)}</span>{" "}
        <span data-live-status>
          {ended ? "The session has ended. Your progress is kept." : !started ? "Connecting…" : paused ? `Following paused · the instructor is on ${where}` : `Following the instructor · ${where}`}
        </span>
        {lost && !ended ? <span data-live-lost> · Connection lost; reconnecting…</span> : notice && !ended ? <span> · {notice}</span> : null}
        {!ended && quiz ? (
          <span className={styles.quiz} data-live-quiz={quiz.id}>
            {quiz.revealed ? " · Answer revealed" : quiz.mine ? " · Answer sent" : " · Quiz open: answer it in the text"}
          </span>
        ) : null}
      </p>
      <p className={styles.actions}>
        {!ended && paused ? (
          <button type="button" className="button" onClick={() => pause(false)} data-live-follow>
            Follow the instructor
          </button>
        ) : null}
        {!ended && !paused ? (
          <button type="button" onClick={() => pause(true)} data-live-pause>
            Pause following
          </button>
        ) : null}
        <button type="button" onClick={leave} data-live-leave>
          {ended ? "Close" : "Leave"}
        </button>
      </p>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </aside>
  );
}
