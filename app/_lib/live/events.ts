/**
 * What a live session tells its clients, and the log that lets a reconnecting client catch up.
 * Every event carries a sequence number (the SSE event id); numbers strictly increase. No zod
 * and no node here, so browser code can import it.
 */
import type { QuizKind } from "../content/schema-quiz";
import { RECENT_EVENTS } from "./limits";

/** A quiz as the session knows it: which one, its kind, how many options (or items) it has. */
export type LiveQuiz = { id: string; kind: QuizKind; optionCount: number };

/** A learner's answer: options chosen (by position as written), or the items in the learner's order. */
export type Answer = { choices: number[] } | { order: number[] };

/**
 * What the room answered so far: counts only, never which answer is right (the session does
 * not know it). Choices count per option as written; an ordering counts, for each position,
 * how many put each item there (`places[position][item]`).
 */
export type Tally = { kind: "choices"; answered: number; counts: number[] } | { kind: "order"; answered: number; places: number[][] };

/**
 * Why a session ended: the instructor ended it, it was left idle, or the store lost it (Redis
 * came back without the session's state), so nothing more can happen in it.
 */
export type EndReason = "instructor" | "idle" | "lost";

/** Everything a session broadcasts, after the fact. */
export type LiveEvent =
  | { seq: number; type: "step"; step: number }
  | { seq: number; type: "quiz-opened"; quiz: LiveQuiz }
  | { seq: number; type: "tally"; quizId: string; tally: Tally }
  | { seq: number; type: "revealed"; quizId: string; tally: Tally }
  | { seq: number; type: "quiz-closed"; quizId: string }
  /** How many have joined, and the name of the one who just did, if they gave one (only the console gets these). */
  | { seq: number; type: "participants"; count: number; name?: string }
  | { seq: number; type: "ended"; reason: EndReason };

/**
 * What a stream is told about the server rather than the session: the store where sessions are
 * kept cannot be reached (Redis is away: nothing can change until it is back, and the client may
 * say so), or it can again. Not numbered and never logged, so a reconnecting client's
 * Last-Event-ID still names the last session event it saw.
 */
export type ServerNotice = { type: "unavailable"; message: string } | { type: "available" };

type Unsequenced<T> = T extends unknown ? Omit<T, "seq"> : never;
/** An event before it is given its number. */
export type EventDraft = Unsequenced<LiveEvent>;

/**
 * Who a stream is for. Learners do not get live tallies (they would follow the crowd) or a
 * message per join (a thousand joins would be a million writes); the console gets both.
 */
export type Audience = "instructor" | "learner";

/** Whether `event` goes to streams for `audience`. */
export function reaches(event: LiveEvent, audience: Audience): boolean {
  return audience === "instructor" || (event.type !== "tally" && event.type !== "participants");
}

/**
 * The recent past of a session: the last number given, and the events still kept. `dropped`
 * is the highest number no longer kept (0 when none was): a client that has seen it or later
 * can be given exactly what it missed.
 */
export type EventLog = { seq: number; recent: readonly LiveEvent[]; dropped: number };

/** The log of a session that has said nothing yet. */
export const emptyLog: EventLog = { seq: 0, recent: [], dropped: 0 };

/** Events that a newer `event` makes useless: an older tally of the same quiz, an older head count. */
function supersedes(event: LiveEvent, older: LiveEvent): boolean {
  if (event.type === "participants") return older.type === "participants";
  return event.type === "tally" && older.type === "tally" && older.quizId === event.quizId;
}

/**
 * Numbers `drafts` in order and adds them to the log, keeping at most RECENT_EVENTS. A tally or
 * a head count replaces the one it makes out of date (a client that missed both needs only the
 * newer), so a burst of answers does not push everything else out; beyond that the oldest go.
 */
export function append(log: EventLog, drafts: readonly EventDraft[]): { log: EventLog; events: LiveEvent[] } {
  let { seq, dropped } = log;
  const events = drafts.map((draft) => ({ ...draft, seq: ++seq }) as LiveEvent);
  let recent = [...log.recent];
  for (const event of events) {
    recent = recent.filter((older) => !supersedes(event, older));
    recent.push(event);
  }
  while (recent.length > RECENT_EVENTS) dropped = recent.shift()!.seq;
  return { log: { seq, recent, dropped }, events };
}

/**
 * What a client that last saw event `lastSeq` missed, for `audience`; undefined when the log no
 * longer holds all of it (or `lastSeq` is not a number this log has given), and the client needs
 * a snapshot instead.
 */
export function since(log: EventLog, lastSeq: number, audience: Audience): LiveEvent[] | undefined {
  if (!Number.isSafeInteger(lastSeq) || lastSeq < log.dropped || lastSeq > log.seq) return undefined;
  return log.recent.filter((event) => event.seq > lastSeq && reaches(event, audience));
}
