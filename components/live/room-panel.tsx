"use client";
import { formatCode, type Room } from "@/app/_lib/live/room";
import styles from "./room-panel.module.css";

/**
 * On the audience view, while a live session runs: the code, a QR code of the join page (drawn
 * on the server) and how many have joined and answered, large enough to read from the back.
 */
export function RoomPanel({ code, room, guess }: { code: string; room: Room | undefined; guess?: string | undefined }) {
  const joinPath = `/join/${code}`;
  // Rendered only in the browser (the session is kept in localStorage), so the host is known.
  const quiz = room?.quiz;
  return (
    <section className={styles.room} aria-label="Join the live session" data-room-panel>
      {/* The QR code names the join page in full; the code and the path say the same for those who type. */}
      {/* An SVG a route draws: there is nothing for next/image to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img className={styles.qr} src={`/api/live/${encodeURIComponent(code)}/qr`} alt={`QR code of the join page, ${joinPath}`} width={160} height={160} />
      <p className={styles.join}>
        Join at <strong>{window.location.host}/join</strong> with code
        <strong className={styles.code} data-room-code>
          {formatCode(code)}
        </strong>
      </p>
      <p className={styles.counts} aria-live="polite" data-room-counts>
        {room?.participants ?? 0} joined{quiz ? ` · ${quiz.tally?.answered ?? 0} answered` : ""}
      </p>
      {guess ? (
        <p className={styles.guess} data-room-guess>
          Where the room thinks it goes next: {guess}
        </p>
      ) : null}
    </section>
  );
}
