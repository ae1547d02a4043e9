/**
 * A live session as a pure reducer: `apply` takes the state, an action and the time, and gives
 * the next state with the events to broadcast, or a refusal that says why. Nothing here reads a
 * clock or keeps anything; the store does. Events and snapshots are built field by field, so
 * the secret's hash and participants' ids never leave the state.
 */
import type { QuizKind } from "../content/schema-quiz";
import { checkAnswer, count, emptyTally } from "./answers";
import { secretMatches } from "./codes";
import { append, emptyLog, since, type Answer, type Audience, type EventDraft, type EventLog, type LiveEvent, type LiveQuiz, type Tally } from "./events";
import { MAX_OPTIONS, MAX_PARTICIPANTS, MIN_OPTIONS } from "./limits";

/** Someone following the session. Only the name they chose, if any, is kept about them. */
export type Participant = { name?: string; joined: number; lastSeen: number };

/** The quiz the room is answering: the step it was opened on, and each participant's latest answer. */
export type OpenQuiz = LiveQuiz & { step: number; revealed: boolean; answers: ReadonlyMap<string, Answer>; tally: Tally };

/** Everything a session holds. The store keeps it; only `apply` makes a new one. */
export type LiveState = {
  code: string;
  /** The sha256 of the instructor's secret (hex); the secret itself is never kept. */
  secretHash: string;
  journey: string;
  stepCount: number;
  /** The step everyone follows, by its index in the journey, from 0. */
  step: number;
  quiz: OpenQuiz | null;
  /** By participant id; the ids are bearer tokens, so they stay here. */
  participants: ReadonlyMap<string, Participant>;
  log: EventLog;
  ended: boolean;
  created: number;
  /** When the instructor or a learner last did something; a session idle too long ends. */
  lastActive: number;
};

/** What the instructor can do; only the holder of the secret can. */
export type InstructorCommand =
  | { type: "go"; step: number }
  | { type: "open-quiz"; quizId: string; kind: QuizKind; optionCount: number }
  | { type: "reveal" }
  | { type: "close-quiz" }
  | { type: "end" };

/** What can happen to a session: one for each message a client can send, and the store's expiry. */
export type LiveAction =
  /** A new participant, with an id the server made (see newParticipantId). */
  | { type: "join"; participantId: string; name?: string }
  /** A participant's stream connected, or it said it is still there. */
  | { type: "seen"; participantId: string }
  | { type: "command"; secret: string; command: InstructorCommand }
  /** An answer to the open quiz; a later one from the same participant replaces it. */
  | { type: "answer"; participantId: string; quizId: string; answer: Answer }
  /** The store ends a session left idle (not a message any client can send). */
  | { type: "expire" };

/** Every reason an action can be refused, one per thing that can be wrong. */
export type RefusalCode =
  | "not-instructor"
  | "step-out-of-range"
  | "bad-quiz"
  | "no-open-quiz"
  | "quiz-mismatch"
  | "answers-closed"
  | "bad-answer"
  | "ended"
  | "unknown-participant"
  | "too-many-participants";

/** Why an action changed nothing: a code for the route to map to a status, a sentence for people. */
export type Refusal = { code: RefusalCode; message: string };

/** An accepted action's new state and the events it broadcasts, or a refusal. */
export type Applied = { ok: true; state: LiveState; events: LiveEvent[] } | { ok: false; refusal: Refusal };

/** A session that has just started: on the first step, no quiz, nobody yet. */
export function newSession(init: { code: string; secretHash: string; journey: string; stepCount: number }, now: number): LiveState {
  return { ...init, step: 0, quiz: null, participants: new Map(), log: emptyLog, ended: false, created: now, lastActive: now };
}

function refuse(code: RefusalCode, message: string): Applied {
  return { ok: false, refusal: { code, message } };
}

/** The state after an accepted action, with `drafts` numbered, logged and handed back as events. */
function accept(state: LiveState, changes: Partial<LiveState>, drafts: EventDraft[], now: number, active = true): Applied {
  const { log, events } = append(state.log, drafts);
  return { ok: true, state: { ...state, ...changes, log, lastActive: active ? now : state.lastActive }, events };
}

/** Applies `action` at time `now`. Never throws: a wrong action is a refusal. */
export function apply(state: LiveState, action: LiveAction, now: number): Applied {
  if (action.type === "expire") return state.ended ? accept(state, {}, [], now, false) : accept(state, { ended: true, quiz: null }, [{ type: "ended", reason: "idle" }], now, false);
  if (state.ended) return refuse("ended", "this session has ended");
  switch (action.type) {
    case "join":
      return join(state, action.participantId, action.name, now);
    case "seen": {
      const who = state.participants.get(action.participantId);
      if (!who) return refuse("unknown-participant", "this participant has not joined the session");
      const participants = new Map(state.participants).set(action.participantId, { ...who, lastSeen: now });
      return accept(state, { participants }, [], now, false);
    }
    case "answer":
      return answer(state, action, now);
    case "command":
      if (!secretMatches(action.secret, state.secretHash)) return refuse("not-instructor", "only the instructor can do that: the secret does not match");
      return instruct(state, action.command, now);
  }
}

function join(state: LiveState, participantId: string, name: string | undefined, now: number): Applied {
  if (state.participants.has(participantId)) return accept(state, {}, [], now);
  if (state.participants.size >= MAX_PARTICIPANTS) return refuse("too-many-participants", `this session is full: it has room for ${MAX_PARTICIPANTS} people`);
  const participant: Participant = name === undefined ? { joined: now, lastSeen: now } : { name, joined: now, lastSeen: now };
  const participants = new Map(state.participants).set(participantId, participant);
  return accept(state, { participants }, [{ type: "participants", count: participants.size, ...(name === undefined ? {} : { name }) }], now);
}

function answer(state: LiveState, action: Extract<LiveAction, { type: "answer" }>, now: number): Applied {
  if (!state.participants.has(action.participantId)) return refuse("unknown-participant", "this participant has not joined the session");
  const quiz = state.quiz;
  if (!quiz) return refuse("no-open-quiz", "no quiz is open for answers");
  if (quiz.id !== action.quizId) return refuse("quiz-mismatch", `quiz '${action.quizId}' is not the open one ('${quiz.id}')`);
  if (quiz.revealed) return refuse("answers-closed", `the answer to quiz '${quiz.id}' has been revealed: answers are closed`);
  const checked = checkAnswer(quiz, action.answer);
  if (!checked.ok) return refuse("bad-answer", checked.problem);
  const before = quiz.answers.get(action.participantId);
  const tally = count(before ? count(quiz.tally, before, -1) : quiz.tally, checked.answer, 1);
  const answers = new Map(quiz.answers).set(action.participantId, checked.answer);
  return accept(state, { quiz: { ...quiz, answers, tally } }, [{ type: "tally", quizId: quiz.id, tally }], now);
}

/** Whether a quiz of `kind` can have `n` options (or items): 2 to 8, and an ordering at least 3. */
function fits(kind: QuizKind, n: number): boolean {
  return Number.isInteger(n) && n >= (kind === "ordering" ? 3 : MIN_OPTIONS) && n <= MAX_OPTIONS;
}

function instruct(state: LiveState, command: InstructorCommand, now: number): Applied {
  const closing: EventDraft[] = state.quiz ? [{ type: "quiz-closed", quizId: state.quiz.id }] : [];
  switch (command.type) {
    case "go": {
      const { step } = command;
      if (!Number.isInteger(step) || step < 0 || step >= state.stepCount) {
        return refuse("step-out-of-range", `step ${step} is not in this journey, which has steps 0 to ${state.stepCount - 1}`);
      }
      if (step === state.step) return accept(state, {}, [], now);
      // A quiz belongs to the step it was opened on: moving on closes it.
      return accept(state, { step, quiz: null }, [...closing, { type: "step", step }], now);
    }
    case "open-quiz": {
      const { quizId: id, kind, optionCount } = command;
      if (!fits(kind, optionCount)) return refuse("bad-quiz", `a ${kind} quiz cannot have ${optionCount} options`);
      if (state.quiz?.id === id) return accept(state, {}, [], now);
      const quiz: LiveQuiz = { id, kind, optionCount };
      const open: OpenQuiz = { ...quiz, step: state.step, revealed: false, answers: new Map(), tally: emptyTally(quiz) };
      return accept(state, { quiz: open }, [...closing, { type: "quiz-opened", quiz }], now);
    }
    case "reveal": {
      const quiz = state.quiz;
      if (!quiz) return refuse("no-open-quiz", "no quiz is open to reveal");
      if (quiz.revealed) return accept(state, {}, [], now);
      return accept(state, { quiz: { ...quiz, revealed: true } }, [{ type: "revealed", quizId: quiz.id, tally: quiz.tally }], now);
    }
    case "close-quiz":
      if (!state.quiz) return refuse("no-open-quiz", "no quiz is open to close");
      return accept(state, { quiz: null }, closing, now);
    case "end":
      return accept(state, { ended: true, quiz: null }, [{ type: "ended", reason: "instructor" }], now);
  }
}

/** Everything a client needs to show the session now, in one message; `seq` is the last event it covers. */
export type LiveSnapshot = {
  type: "snapshot";
  seq: number;
  code: string;
  journey: string;
  stepCount: number;
  step: number;
  /** The open quiz; its tally only for the instructor or once revealed, and `mine` is the asking learner's answer. */
  quiz: (LiveQuiz & { revealed: boolean; tally?: Tally; mine?: Answer }) | null;
  participants: number;
  /** The names people gave, for the instructor only; people without one are only counted. */
  names?: string[];
  ended: boolean;
};

/** The session as `audience` sees it; `participantId` adds that learner's own answer. */
export function snapshot(state: LiveState, audience: Audience, participantId?: string): LiveSnapshot {
  const { quiz } = state;
  const instructor = audience === "instructor";
  let shown: LiveSnapshot["quiz"] = null;
  if (quiz) {
    const mine = participantId === undefined ? undefined : quiz.answers.get(participantId);
    shown = { id: quiz.id, kind: quiz.kind, optionCount: quiz.optionCount, revealed: quiz.revealed };
    if (instructor || quiz.revealed) shown.tally = quiz.tally;
    if (mine) shown.mine = mine;
  }
  const base: LiveSnapshot = {
    type: "snapshot",
    seq: state.log.seq,
    code: state.code,
    journey: state.journey,
    stepCount: state.stepCount,
    step: state.step,
    quiz: shown,
    participants: state.participants.size,
    ended: state.ended,
  };
  if (!instructor) return base;
  return { ...base, names: [...state.participants.values()].flatMap((p) => (p.name === undefined ? [] : [p.name])) };
}

/** What a stream starts with: the events it missed, or a snapshot. */
export type CatchUp = { kind: "events"; events: LiveEvent[] } | { kind: "snapshot"; snapshot: LiveSnapshot };

/**
 * What a (re)connecting stream sends first. With the id of the last event it saw
 * (Last-Event-ID) and that still recent: exactly the events it missed. Otherwise, or with no id:
 * a snapshot.
 */
export function eventsSince(state: LiveState, lastSeq: number | undefined, audience: Audience, participantId?: string): CatchUp {
  const events = lastSeq === undefined ? undefined : since(state.log, lastSeq, audience);
  return events ? { kind: "events", events } : { kind: "snapshot", snapshot: snapshot(state, audience, participantId) };
}
