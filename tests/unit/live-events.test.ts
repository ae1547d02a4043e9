import { describe, expect, it } from "vitest";
import { hashSecret } from "@/app/_lib/live/codes";
import { append, emptyLog, reaches, since, type Audience, type LiveEvent } from "@/app/_lib/live/events";
import { RECENT_EVENTS } from "@/app/_lib/live/limits";
import { eventsSince, snapshot, type LiveAction, type LiveSnapshot, type LiveState } from "@/app/_lib/live/session";
import { freshSession, must, person, SECRET } from "@/tests/support/live";

const by = (command: Extract<LiveAction, { type: "command" }>["command"]): LiveAction => ({ type: "command", secret: SECRET, command });
const openDns = by({ type: "open-quiz", quizId: "what-dns-returns", kind: "single", optionCount: 3 });

/** A short class: people join, a quiz is opened, answered and revealed, the room moves on. Every state and event on the way. */
function aClass() {
  let state = freshSession();
  const states: LiveState[] = [state];
  const events: LiveEvent[] = [];
  const run = (action: LiveAction) => {
    const result = must(state, action);
    state = result.state;
    states.push(state);
    events.push(...result.events);
  };
  run({ type: "join", participantId: person(0), name: "Ada" });
  run({ type: "join", participantId: person(1) });
  run(by({ type: "go", step: 2 }));
  run(openDns);
  run({ type: "answer", participantId: person(0), quizId: "what-dns-returns", answer: { choices: [1] } });
  run({ type: "answer", participantId: person(1), quizId: "what-dns-returns", answer: { choices: [2] } });
  run(by({ type: "reveal" }));
  run(by({ type: "go", step: 3 }));
  run(openDns);
  run({ type: "answer", participantId: person(1), quizId: "what-dns-returns", answer: { choices: [0] } });
  return { state, states, events };
}

/** What a learner's screen shows, built the way a client builds it: from a snapshot, then event by event. */
type Screen = { step: number; quiz: { id: string; revealed: boolean } | null; ended: boolean };
const fromSnapshot = (s: LiveSnapshot): Screen => ({ step: s.step, quiz: s.quiz && { id: s.quiz.id, revealed: s.quiz.revealed }, ended: s.ended });
function onEvent(screen: Screen, event: LiveEvent): Screen {
  switch (event.type) {
    case "step":
      return { ...screen, step: event.step };
    case "quiz-opened":
      return { ...screen, quiz: { id: event.quiz.id, revealed: false } };
    case "quiz-closed":
      return { ...screen, quiz: null };
    case "revealed":
      return { ...screen, quiz: screen.quiz && { ...screen.quiz, revealed: true } };
    case "ended":
      return { ...screen, ended: true };
    default:
      return screen;
  }
}

describe("live events: what is never said", () => {
  it("no event or snapshot, for either audience, holds the secret, its hash or a participant's id", () => {
    const { state, states, events } = aClass();
    const said = [
      ...events,
      ...states.flatMap((s) => (["instructor", "learner"] as Audience[]).map((a) => snapshot(s, a, person(0)))),
      ...[0, 3, 6].flatMap((seq) => [eventsSince(state, seq, "instructor"), eventsSince(state, seq, "learner")]),
    ];
    const text = JSON.stringify(said);
    for (const secret of [SECRET, hashSecret(SECRET), person(0), person(1)]) expect(text).not.toContain(secret);
  });

  it("learners get no live tally and no head counts; the console gets both", () => {
    const { events } = aClass();
    const learner = events.filter((e) => reaches(e, "learner")).map((e) => e.type);
    expect(learner).not.toContain("tally");
    expect(learner).not.toContain("participants");
    expect(learner).toContain("revealed");
    expect(events.filter((e) => reaches(e, "instructor"))).toEqual(events);
  });
});

describe("live events: snapshots", () => {
  it("give a learner where the room is, the open quiz without its tally until revealed, and their own answer", () => {
    const { state, states } = aClass();
    expect(snapshot(state, "learner", person(1))).toEqual({
      type: "snapshot",
      seq: state.log.seq,
      code: "K7Q4MZP",
      journey: "follow-a-click",
      stepCount: 10,
      step: 3,
      quiz: { id: "what-dns-returns", kind: "single", optionCount: 3, revealed: false, mine: { choices: [0] } },
      participants: 2,
      ended: false,
    });
    const revealed = states.find((s) => s.quiz?.revealed)!;
    expect(snapshot(revealed, "learner").quiz).toEqual({
      id: "what-dns-returns",
      kind: "single",
      optionCount: 3,
      revealed: true,
      tally: { kind: "choices", answered: 2, counts: [0, 1, 1] },
    });
  });

  it("give the console the tally at once, and the names people chose", () => {
    const { state } = aClass();
    const forConsole = snapshot(state, "instructor");
    expect(forConsole.quiz?.tally).toEqual({ kind: "choices", answered: 1, counts: [1, 0, 0] });
    expect(forConsole.names).toEqual(["Ada"]);
    expect(snapshot(state, "learner").names).toBeUndefined();
  });
});

describe("live events: catching up", () => {
  it("gives a client that saw any recent event exactly what it missed: its screen ends as a fresh snapshot's", () => {
    const { state, states } = aClass();
    for (const seen of states) {
      const caught = eventsSince(state, seen.log.seq, "learner");
      if (caught.kind !== "events") throw new Error(`a snapshot for recent event ${seen.log.seq}`);
      const screen = caught.events.reduce(onEvent, fromSnapshot(snapshot(seen, "learner")));
      expect(screen).toEqual(fromSnapshot(snapshot(state, "learner")));
      expect(caught.events.every((e) => e.seq > seen.log.seq && reaches(e, "learner"))).toBe(true);
    }
  });

  it("gives nothing to a client that is up to date", () => {
    const { state } = aClass();
    expect(eventsSince(state, state.log.seq, "instructor")).toEqual({ kind: "events", events: [] });
  });

  it("gives the console the latest tally it missed, not every one", () => {
    const { state, states } = aClass();
    const beforeAnswers = states[4]!.log.seq;
    const caught = eventsSince(state, beforeAnswers, "instructor");
    expect(caught.kind === "events" && caught.events.filter((e) => e.type === "tally")).toEqual([
      { seq: state.log.seq, type: "tally", quizId: "what-dns-returns", tally: { kind: "choices", answered: 1, counts: [1, 0, 0] } },
    ]);
  });

  it("gives a snapshot to a client with no id, an id from the future or not a number", () => {
    const { state } = aClass();
    for (const lastSeq of [undefined, state.log.seq + 1, Number.NaN, -1, 1.5]) {
      expect(eventsSince(state, lastSeq, "learner")).toEqual({ kind: "snapshot", snapshot: snapshot(state, "learner") });
    }
  });

  it("gives a snapshot to a client further behind than the log keeps", () => {
    let state = freshSession();
    for (let i = 0; i < RECENT_EVENTS + 10; i++) state = must(state, by({ type: "go", step: i % 2 === 0 ? 1 : 2 })).state;
    expect(state.log.recent).toHaveLength(RECENT_EVENTS);
    expect(state.log.dropped).toBe(10);
    expect(eventsSince(state, 9, "learner").kind).toBe("snapshot");
    const caught = eventsSince(state, 10, "learner");
    expect(caught.kind === "events" && caught.events.map((e) => e.seq)).toEqual(Array.from({ length: RECENT_EVENTS }, (_, i) => i + 11));
  });
});

describe("live events: the log", () => {
  it("numbers events in order and keeps only the newest tally of a quiz and the newest head count", () => {
    const first = append(emptyLog, [
      { type: "participants", count: 1 },
      { type: "tally", quizId: "a", tally: { kind: "choices", answered: 1, counts: [1, 0] } },
    ]);
    const second = append(first.log, [
      { type: "tally", quizId: "b", tally: { kind: "choices", answered: 0, counts: [0, 0] } },
      { type: "participants", count: 2 },
      { type: "tally", quizId: "a", tally: { kind: "choices", answered: 2, counts: [1, 1] } },
    ]);
    expect(second.events.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(second.log.recent.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(second.log.dropped).toBe(0);
    // What was superseded is not lost to a client that saw event 1: the newer ones say it all.
    expect(since(second.log, 1, "instructor")?.map((e) => e.seq)).toEqual([3, 4, 5]);
  });
});
