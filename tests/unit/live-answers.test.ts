import { describe, expect, it } from "vitest";
import type { QuizKind } from "@/app/_lib/content/schema-quiz";
import type { Answer, Tally } from "@/app/_lib/live/events";
import { apply, type LiveAction, type LiveState } from "@/app/_lib/live/session";
import { must, person, roomOf, SECRET, seededRandom, T0 } from "@/tests/support/live";

/** A room of `people` with a quiz of `kind` open. */
function withQuiz(kind: QuizKind, optionCount: number, people = 3): LiveState {
  return must(roomOf(people), { type: "command", secret: SECRET, command: { type: "open-quiz", quizId: "the-quiz", kind, optionCount } }).state;
}

const answer = (who: number, given: Answer, quizId = "the-quiz"): LiveAction => ({ type: "answer", participantId: person(who), quizId, answer: given });

function refused(state: LiveState, action: LiveAction) {
  const result = apply(state, action, T0);
  if (result.ok) throw new Error(`accepted, where a refusal was expected: ${JSON.stringify(result.events)}`);
  return result.refusal;
}

/** The tally counted afresh from every answer kept: what the running tally must equal. */
function recount(state: LiveState): Tally {
  const quiz = state.quiz!;
  const n = quiz.optionCount;
  const answers = [...quiz.answers.values()];
  if (quiz.kind === "ordering") {
    const places = Array.from({ length: n }, (_, position) => Array.from({ length: n }, (_, item) => answers.filter((a) => "order" in a && a.order[position] === item).length));
    return { kind: "order", answered: answers.length, places };
  }
  const counts = Array.from({ length: n }, (_, option) => answers.filter((a) => "choices" in a && a.choices.includes(option)).length);
  return { kind: "choices", answered: answers.length, counts };
}

describe("live answers: by kind", () => {
  it("counts a single choice, and tells the console the tally, never which option is right", () => {
    const { state, events } = must(withQuiz("single", 3), answer(0, { choices: [2] }));
    expect(state.quiz?.answers.get(person(0))).toEqual({ choices: [2] });
    expect(events).toEqual([{ seq: 5, type: "tally", quizId: "the-quiz", tally: { kind: "choices", answered: 1, counts: [0, 0, 1] } }]);
  });

  it("counts several different options of a multiple choice, sorted", () => {
    const { state } = must(withQuiz("multiple", 4), answer(0, { choices: [3, 0] }));
    expect(state.quiz?.answers.get(person(0))).toEqual({ choices: [0, 3] });
    expect(state.quiz?.tally).toEqual({ kind: "choices", answered: 1, counts: [1, 0, 0, 1] });
  });

  it("counts an order by the item each learner put in each place", () => {
    const { state } = must(withQuiz("ordering", 3), answer(0, { order: [2, 0, 1] }));
    expect(state.quiz?.tally).toEqual({
      kind: "order",
      answered: 1,
      places: [
        [0, 0, 1],
        [1, 0, 0],
        [0, 1, 0],
      ],
    });
  });

  it("counts a next-hop answer as a single choice", () => {
    const { state } = must(withQuiz("next-hop", 2), answer(1, { choices: [1] }));
    expect(state.quiz?.tally).toEqual({ kind: "choices", answered: 1, counts: [0, 1] });
  });

  it.each<[string, QuizKind, number, Answer, string]>([
    ["two choices to a single", "single", 3, { choices: [0, 1] }, "quiz 'the-quiz' takes one option, and 2 are chosen"],
    ["two choices to a next hop", "next-hop", 3, { choices: [0, 1] }, "quiz 'the-quiz' takes one option, and 2 are chosen"],
    ["no choice", "multiple", 3, { choices: [] }, "no option is chosen"],
    ["an option past the last", "single", 3, { choices: [3] }, "choices[0] is 3, not an option of quiz 'the-quiz' (0 to 2)"],
    ["a negative option", "multiple", 3, { choices: [0, -1] }, "choices[1] is -1, not an option of quiz 'the-quiz' (0 to 2)"],
    ["an option chosen twice", "multiple", 3, { choices: [1, 1] }, "choices[1] chooses option 1 a second time"],
    ["an order to a choice", "single", 3, { order: [0, 1, 2] }, "quiz 'the-quiz' asks for a choice of options, not an order"],
    ["a choice to an ordering", "ordering", 3, { choices: [0] }, "quiz 'the-quiz' asks for an order of its items, not a choice"],
    ["an order too short", "ordering", 4, { order: [0, 1, 2] }, "the order lists 3 items where quiz 'the-quiz' has 4"],
    ["an item out of range", "ordering", 3, { order: [0, 1, 3] }, "order[2] is 3, not an item of quiz 'the-quiz' (0 to 2)"],
    ["an item twice", "ordering", 3, { order: [0, 1, 0] }, "order[2] lists item 0 a second time"],
    ["a fractional item", "ordering", 3, { order: [0, 0.5, 2] }, "order[1] is 0.5, not an item of quiz 'the-quiz' (0 to 2)"],
  ])("refuses %s", (_, kind, n, given, message) => {
    expect(refused(withQuiz(kind, n), answer(0, given))).toEqual({ code: "bad-answer", message });
  });
});

describe("live answers: who and when", () => {
  it("keeps one answer per participant, the last one counting", () => {
    let state = withQuiz("single", 3);
    state = must(state, answer(0, { choices: [0] })).state;
    state = must(state, answer(1, { choices: [0] })).state;
    state = must(state, answer(0, { choices: [2] })).state;
    state = must(state, answer(0, { choices: [1] })).state;
    expect(state.quiz?.tally).toEqual({ kind: "choices", answered: 2, counts: [1, 1, 0] });
    expect(state.quiz?.answers.get(person(0))).toEqual({ choices: [1] });
  });

  it("starts a quiz opened again from nothing", () => {
    let state = must(withQuiz("single", 3), answer(0, { choices: [0] })).state;
    state = must(state, { type: "command", secret: SECRET, command: { type: "close-quiz" } }).state;
    state = must(state, { type: "command", secret: SECRET, command: { type: "open-quiz", quizId: "the-quiz", kind: "single", optionCount: 3 } }).state;
    expect(state.quiz?.tally).toEqual({ kind: "choices", answered: 0, counts: [0, 0, 0] });
  });

  it("refuses someone who has not joined, whatever their id looks like", () => {
    const state = withQuiz("single", 3);
    for (const participantId of ["never-joined-0000", "__proto__", "constructor", "hasOwnProperty"]) {
      expect(refused(state, { type: "answer", participantId, quizId: "the-quiz", answer: { choices: [0] } })).toEqual({
        code: "unknown-participant",
        message: "this participant has not joined the session",
      });
    }
  });

  it("refuses answers with no quiz open, for another quiz, and after the reveal", () => {
    expect(refused(roomOf(1), answer(0, { choices: [0] }))).toEqual({ code: "no-open-quiz", message: "no quiz is open for answers" });
    const open = withQuiz("single", 3);
    expect(refused(open, answer(0, { choices: [0] }, "an-older-quiz"))).toEqual({ code: "quiz-mismatch", message: "quiz 'an-older-quiz' is not the open one ('the-quiz')" });
    const revealed = must(open, { type: "command", secret: SECRET, command: { type: "reveal" } }).state;
    expect(refused(revealed, answer(0, { choices: [0] }))).toEqual({ code: "answers-closed", message: "the answer to quiz 'the-quiz' has been revealed: answers are closed" });
  });

  it("leaves the state it was given as it was", () => {
    const state = withQuiz("multiple", 4);
    const before = structuredClone(state);
    must(state, answer(0, { choices: [1, 2] }));
    expect(state).toEqual(before);
  });
});

describe("live answers: tallies under load", () => {
  it.each<[QuizKind, number]>([
    ["single", 4],
    ["multiple", 6],
    ["ordering", 5],
  ])("stay exact for a quiz of kind %s over 1,000 people answering and changing their minds", (kind, n) => {
    const bytes = seededRandom(`tally-${kind}`);
    const random = (below: number) => bytes(1)[0]! % below;
    let state = withQuiz(kind, n, 1000);
    let last: Tally | undefined;
    for (let i = 0; i < 4000; i++) {
      const who = random(1000);
      let given: Answer;
      if (kind === "ordering") {
        const order = Array.from({ length: n }, (_, k) => k);
        for (let k = n - 1; k > 0; k--) {
          const j = random(k + 1);
          [order[k], order[j]] = [order[j]!, order[k]!];
        }
        given = { order };
      } else if (kind === "multiple") {
        given = { choices: Array.from({ length: n }, (_, k) => k).filter((k) => k === 0 || random(2) === 1).map((k) => (k + who) % n) };
      } else given = { choices: [random(n)] };
      const result = must(state, answer(who, given));
      state = result.state;
      const event = result.events[0];
      if (event?.type === "tally") last = event.tally;
    }
    expect(state.quiz?.tally).toEqual(recount(state));
    expect(last).toEqual(state.quiz?.tally);
    expect(state.quiz?.tally.answered).toBe(state.quiz?.answers.size);
    // Four thousand answers, and the log still keeps one tally for the quiz, not four thousand.
    expect(state.log.recent.filter((e) => e.type === "tally")).toHaveLength(1);
  });
});
