import { describe, expect, it } from "vitest";
import { MAX_PARTICIPANTS } from "@/app/_lib/live/limits";
import { apply, newSession, type InstructorCommand, type LiveAction, type LiveState } from "@/app/_lib/live/session";
import { freshSession, MINUTE, must, person, roomOf, SECRET, T0 } from "@/tests/support/live";

const by = (command: InstructorCommand, secret = SECRET): LiveAction => ({ type: "command", secret, command });
const openDns: InstructorCommand = { type: "open-quiz", quizId: "what-dns-returns", kind: "single", optionCount: 3 };

/** The refusal `action` gets; fails the test when it is accepted. Checks the state is left as it was. */
function refusal(state: LiveState, action: LiveAction) {
  const before = structuredClone(state);
  const result = apply(state, action, T0 + MINUTE);
  if (result.ok) throw new Error(`accepted, where a refusal was expected: ${JSON.stringify(result.events)}`);
  expect(state).toEqual(before);
  return result.refusal;
}

describe("live session: starting", () => {
  it("starts on the first step, with no quiz, nobody in it and nothing said", () => {
    const state = newSession({ code: "K7Q4MZP", secretHash: "ab".repeat(32), journey: "follow-a-click", stepCount: 5 }, T0);
    expect(state).toMatchObject({ step: 0, quiz: null, ended: false, created: T0, lastActive: T0, log: { seq: 0, recent: [], dropped: 0 } });
    expect(state.participants.size).toBe(0);
  });
});

describe("live session: the instructor moves the room", () => {
  it("goes to a step and says so, in the session's first event", () => {
    const { state, events } = must(freshSession(), by({ type: "go", step: 4 }), T0 + MINUTE);
    expect(state.step).toBe(4);
    expect(state.lastActive).toBe(T0 + MINUTE);
    expect(events).toEqual([{ seq: 1, type: "step", step: 4 }]);
  });

  it("says nothing when asked for the step it is on", () => {
    const { state } = must(freshSession(), by({ type: "go", step: 4 }));
    expect(must(state, by({ type: "go", step: 4 })).events).toEqual([]);
  });

  it.each([
    [10, "step 10 is not in this journey, which has steps 0 to 9"],
    [-1, "step -1 is not in this journey, which has steps 0 to 9"],
    [2.5, "step 2.5 is not in this journey, which has steps 0 to 9"],
  ])("refuses step %d", (step, message) => {
    expect(refusal(freshSession(), by({ type: "go", step }))).toEqual({ code: "step-out-of-range", message });
  });

  it.each<InstructorCommand>([{ type: "go", step: 3 }, openDns, { type: "reveal" }, { type: "close-quiz" }, { type: "end" }])(
    "refuses %j from anyone without the secret",
    (command) => {
      const state = must(freshSession(), by(openDns)).state;
      for (const secret of ["", "instructor-secret-for-tests", `${SECRET} `, "ab".repeat(32)]) {
        expect(refusal(state, by(command, secret))).toEqual({ code: "not-instructor", message: "only the instructor can do that: the secret does not match" });
      }
    },
  );
});

describe("live session: quizzes", () => {
  it("opens a quiz on the step the room is on", () => {
    const at3 = must(freshSession(), by({ type: "go", step: 3 })).state;
    const { state, events } = must(at3, by(openDns));
    expect(state.quiz).toMatchObject({ id: "what-dns-returns", kind: "single", optionCount: 3, step: 3, revealed: false });
    expect(events).toEqual([{ seq: 2, type: "quiz-opened", quiz: { id: "what-dns-returns", kind: "single", optionCount: 3 } }]);
  });

  it("opens the open quiz again without a word, and another one in its place", () => {
    const open = must(freshSession(), by(openDns)).state;
    expect(must(open, by(openDns)).events).toEqual([]);
    const other: InstructorCommand = { type: "open-quiz", quizId: "put-in-order", kind: "ordering", optionCount: 4 };
    const { state, events } = must(open, by(other));
    expect(state.quiz?.id).toBe("put-in-order");
    expect(events.map((e) => e.type)).toEqual(["quiz-closed", "quiz-opened"]);
  });

  it("closes the open quiz when the room moves to another step", () => {
    const open = must(freshSession(), by(openDns)).state;
    const { state, events } = must(open, by({ type: "go", step: 1 }));
    expect(state.quiz).toBeNull();
    expect(events).toEqual([
      { seq: 2, type: "quiz-closed", quizId: "what-dns-returns" },
      { seq: 3, type: "step", step: 1 },
    ]);
  });

  it.each<[string, InstructorCommand]>([
    ["an ordering of two items", { type: "open-quiz", quizId: "q", kind: "ordering", optionCount: 2 }],
    ["one option", { type: "open-quiz", quizId: "q", kind: "single", optionCount: 1 }],
    ["nine options", { type: "open-quiz", quizId: "q", kind: "multiple", optionCount: 9 }],
    ["a fractional count", { type: "open-quiz", quizId: "q", kind: "next-hop", optionCount: 2.5 }],
  ])("refuses a quiz with %s", (_, command) => {
    expect(refusal(freshSession(), by(command)).code).toBe("bad-quiz");
  });

  it("reveals the open quiz with its tally, once", () => {
    const open = must(freshSession(), by(openDns)).state;
    const { state, events } = must(open, by({ type: "reveal" }));
    expect(state.quiz?.revealed).toBe(true);
    expect(events).toEqual([{ seq: 2, type: "revealed", quizId: "what-dns-returns", tally: { kind: "choices", answered: 0, counts: [0, 0, 0] } }]);
    expect(must(state, by({ type: "reveal" })).events).toEqual([]);
  });

  it("closes the open quiz", () => {
    const open = must(freshSession(), by(openDns)).state;
    const { state, events } = must(open, by({ type: "close-quiz" }));
    expect(state.quiz).toBeNull();
    expect(events).toEqual([{ seq: 2, type: "quiz-closed", quizId: "what-dns-returns" }]);
  });

  it("refuses to reveal or close when no quiz is open", () => {
    expect(refusal(freshSession(), by({ type: "reveal" }))).toEqual({ code: "no-open-quiz", message: "no quiz is open to reveal" });
    expect(refusal(freshSession(), by({ type: "close-quiz" }))).toEqual({ code: "no-open-quiz", message: "no quiz is open to close" });
  });
});

describe("live session: people", () => {
  it("lets people join, with or without a name, and tells the console how many there are", () => {
    const one = must(freshSession(), { type: "join", participantId: person(1), name: "Ada" }, T0 + MINUTE);
    expect(one.events).toEqual([{ seq: 1, type: "participants", count: 1, name: "Ada" }]);
    expect(one.state.participants.get(person(1))).toEqual({ name: "Ada", joined: T0 + MINUTE, lastSeen: T0 + MINUTE });
    const two = must(one.state, { type: "join", participantId: person(2) });
    expect(two.events).toEqual([{ seq: 2, type: "participants", count: 2 }]);
    expect(two.state.participants.get(person(2))).toEqual({ joined: T0, lastSeen: T0 });
  });

  it("takes a repeated join by the same id as the first", () => {
    const once = roomOf(1);
    const again = must(once, { type: "join", participantId: person(0), name: "Other" });
    expect(again.events).toEqual([]);
    expect(again.state.participants.size).toBe(1);
  });

  it("lets a thousand people join, then fills to the cap and refuses the next one plainly", () => {
    let state = roomOf(1000);
    expect(state.participants.size).toBe(1000);
    for (let i = 1000; i < MAX_PARTICIPANTS; i++) state = must(state, { type: "join", participantId: person(i) }).state;
    expect(state.participants.size).toBe(MAX_PARTICIPANTS);
    expect(refusal(state, { type: "join", participantId: "one-too-many" })).toEqual({
      code: "too-many-participants",
      message: `this session is full: it has room for ${MAX_PARTICIPANTS} people`,
    });
    // Someone already in is still welcome back.
    expect(must(state, { type: "join", participantId: person(5) }).events).toEqual([]);
  });

  it("notes when a participant was last seen, without counting it as activity", () => {
    const room = roomOf(1);
    const { state, events } = must(room, { type: "seen", participantId: person(0) }, T0 + 5 * MINUTE);
    expect(events).toEqual([]);
    expect(state.participants.get(person(0))?.lastSeen).toBe(T0 + 5 * MINUTE);
    expect(state.lastActive).toBe(T0);
    expect(refusal(room, { type: "seen", participantId: "nobody-like-this" }).code).toBe("unknown-participant");
  });
});

describe("live session: the end", () => {
  it("ends when the instructor says so, and refuses everything after", () => {
    const open = must(roomOf(2), by(openDns)).state;
    const { state, events } = must(open, by({ type: "end" }));
    expect(state.ended).toBe(true);
    expect(state.quiz).toBeNull();
    expect(events).toEqual([{ seq: 4, type: "ended", reason: "instructor" }]);
    for (const action of [
      by({ type: "go", step: 1 }),
      by(openDns),
      by({ type: "end" }),
      { type: "join", participantId: "late-comer-0000" },
      { type: "seen", participantId: person(0) },
      { type: "answer", participantId: person(0), quizId: "what-dns-returns", answer: { choices: [0] } },
    ] satisfies LiveAction[]) {
      expect(refusal(state, action)).toEqual({ code: "ended", message: "this session has ended" });
    }
  });

  it("ends when the store finds it idle, once, without counting as activity", () => {
    const idle = must(freshSession(), { type: "expire" }, T0 + 999 * MINUTE);
    expect(idle.events).toEqual([{ seq: 1, type: "ended", reason: "idle" }]);
    expect(idle.state.lastActive).toBe(T0);
    expect(must(idle.state, { type: "expire" }).events).toEqual([]);
  });
});

describe("live session: sequence numbers", () => {
  it("strictly increase over a whole class, one number per event", () => {
    let state = freshSession();
    const seqs: number[] = [];
    const run = (action: LiveAction) => {
      const result = must(state, action);
      state = result.state;
      seqs.push(...result.events.map((e) => e.seq));
    };
    for (let i = 0; i < 5; i++) run({ type: "join", participantId: person(i) });
    run(by(openDns));
    for (let i = 0; i < 5; i++) run({ type: "answer", participantId: person(i), quizId: "what-dns-returns", answer: { choices: [i % 3] } });
    run(by({ type: "reveal" }));
    run(by({ type: "go", step: 2 }));
    run(by({ type: "end" }));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(state.log.seq).toBe(seqs.length);
  });
});
