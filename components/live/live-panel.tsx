"use client";
import { formatCode, type Room } from "@/app/_lib/live/room";
import styles from "./live-panel.module.css";

type Props = {
  code: string | undefined;
  room: Room | undefined;
  problem: string | undefined;
  onStart: () => void;
  onEnd: () => void;
};

/**
 * The presenter console's live session: start one (the room joins with the code on the
 * audience view), see who is there and how many have answered, end it. Learners keep what they
 * read and answered.
 */
export function LivePanel({ code, room, problem, onStart, onEnd }: Props) {
  const quiz = room?.quiz;
  return (
    <section className={styles.panel} aria-labelledby="console-live" data-live-panel>
      <h2 id="console-live">Live session</h2>
      {code ? (
        <>
          <p>
            Code <strong className={styles.code} data-live-code={code}>{formatCode(code)}</strong> · join at <a href={`/join/${code}`} target="_blank" rel="noreferrer">/join/{code}</a>
          </p>
          <p aria-live="polite" data-live-people={room?.participants ?? 0}>
            {room?.participants ?? 0} joined
            {room?.names && room.names.length > 0 ? `: ${room.names.slice(0, 12).join(", ")}${room.names.length > 12 ? "…" : ""}` : ""}
            {quiz ? ` · ${quiz.tally?.answered ?? 0} answered${quiz.revealed ? " (revealed)" : ""}` : ""}
          </p>
          <button type="button" onClick={onEnd} data-live-end>
            End the session
          </button>
        </>
      ) : (
        <>
          <p>Let the room follow on their own devices and answer together.</p>
          <button type="button" onClick={onStart} data-live-start>
            Start a live session
          </button>
        </>
      )}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </section>
  );
}
