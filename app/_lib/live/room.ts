/**
 * A live session as a client sees it, for the learner's bar, the presenter console and the
 * audience view alike: what its stream has said so far, folded by one pure reducer, and the
 * small readers a browser needs (Server-Sent Events out of a fetched stream). What a tab keeps
 * of a session (joined.ts, hosted.ts) is apart: every reader or presenter page reads it. No zod and no node here: this ships to the browser.
 */
import type { Answer, LiveEvent, LiveQuiz, Tally } from "./events";
import type { Hosted } from "./hosted";
import type { LiveSnapshot } from "./session";

/** The open quiz as a client knows it: the tally only for the instructor or once revealed; `mine` is what this learner sent. */
export type RoomQuiz = LiveQuiz & { revealed: boolean; tally?: Tally; mine?: Answer };

/** Everything a client shows of a session. `seq` is the last event folded in (what a reconnect asks to resume from). */
export type Room = { code: string; seq: number; step: number; stepCount: number; quiz: RoomQuiz | null; participants: number; ended: boolean; names?: string[] };

/** What a stream sends: a snapshot to start from, or an event. */
export type RoomItem = LiveSnapshot | LiveEvent;

/** How a code is shown: split after three, "K7Q-4MZP", easier to read off a screen. */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The room before its stream has said anything. */
export function emptyRoom(code: string): Room {
  return { code, seq: 0, step: 0, stepCount: 0, quiz: null, participants: 0, ended: false };
}

/** The room after `item`. An item already covered (a repeat after a reconnect) changes nothing. */
export function foldRoom(room: Room, item: RoomItem): Room {
  if (item.type === "snapshot") {
    const { code, seq, step, stepCount, quiz, participants, ended, names } = item;
    return { code, seq, step, stepCount, quiz, participants, ended, ...(names ? { names } : {}) };
  }
  if (item.seq <= room.seq) return room;
  const next = { ...room, seq: item.seq };
  switch (item.type) {
    case "step":
      return { ...next, step: item.step, quiz: null };
    case "quiz-opened":
      return { ...next, quiz: { ...item.quiz, revealed: false } };
    case "tally":
      return room.quiz?.id === item.quizId ? { ...next, quiz: { ...room.quiz, tally: item.tally } } : next;
    case "revealed":
      return room.quiz?.id === item.quizId ? { ...next, quiz: { ...room.quiz, revealed: true, tally: item.tally } } : next;
    case "quiz-closed":
      return room.quiz?.id === item.quizId ? { ...next, quiz: null } : next;
    case "participants":
      return { ...next, participants: item.count, ...(item.name !== undefined && room.names ? { names: [...room.names, item.name] } : {}) };
    case "ended":
      return { ...next, ended: true, quiz: null };
  }
}

/** This learner's answer, kept on the room's quiz so the bar can say it was sent. */
export function withMine(room: Room, quizId: string, answer: Answer): Room {
  return room.quiz?.id === quizId ? { ...room, quiz: { ...room.quiz, mine: answer } } : room;
}

/** A choice quiz's counts in the order its choices are shown (`shown[i]` is the written position of the i-th shown); none for an ordering or before any tally. */
export function countsAsShown(quiz: RoomQuiz | null | undefined, shown: readonly number[]): number[] | undefined {
  const tally = quiz?.tally;
  return tally?.kind === "choices" ? shown.map((w) => tally.counts[w] ?? 0) : undefined;
}

/** One Server-Sent Event as read off the wire. */
export type SseMessage = { id?: string; event: string; data: string };

/**
 * Reads the complete events out of `buffer` (text received so far) and gives back what is left
 * for the next chunk. Follows the SSE rules a server here uses: `field: value` lines, events
 * ended by a blank line, comments (`:`) ignored, several `data` lines joined by newlines.
 */
export function readSse(buffer: string): { messages: SseMessage[]; rest: string } {
  const messages: SseMessage[] = [];
  const text = buffer.replace(/\r\n?/g, "\n");
  let start = 0;
  for (let end = text.indexOf("\n\n"); end !== -1; end = text.indexOf("\n\n", start)) {
    const block = text.slice(start, end);
    start = end + 2;
    let id: string | undefined;
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line === "" || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") id = value;
      else if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length > 0) messages.push({ ...(id !== undefined ? { id } : {}), event, data: data.join("\n") });
  }
  return { messages, rest: text.slice(start) };
}

/** The item an SSE message carries, or undefined when it is not one a live stream sends. */
export function roomItem(message: SseMessage): RoomItem | undefined {
  try {
    const value: unknown = JSON.parse(message.data);
    if (typeof value !== "object" || value === null || !("type" in value) || value.type !== message.event) return undefined;
    if (!("seq" in value) || typeof value.seq !== "number") return undefined;
    return value as RoomItem;
  } catch {
    return undefined;
  }
}

/** The hosted session in `text`, or undefined for anything else. */
export function readHosted(text: string | null): Hosted | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return undefined;
    const { code, secret } = v as Record<string, unknown>;
    return typeof code === "string" && typeof secret === "string" && code.length <= 20 && secret.length <= 100 ? { code, secret } : undefined;
  } catch {
    return undefined;
  }
}
