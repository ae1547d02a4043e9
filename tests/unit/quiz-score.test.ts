import { correctOptions, scoreAnswer } from "@/app/_lib/quiz/score";
import { dnsQuiz, RIGHT, WRONG } from "../support/sample-quiz";

describe("correctOptions", () => {
  it("lists the positions of the correct options", () => {
    expect(correctOptions(dnsQuiz)).toEqual([RIGHT]);
  });
});

describe("scoreAnswer", () => {
  it("marks the right answer correct and explains it", () => {
    expect(scoreAnswer(dnsQuiz, [RIGHT])).toEqual({
      correct: true,
      feedback: [{ option: RIGHT, correct: true, why: "Turning a name into an address is the whole job of DNS." }],
    });
  });

  it("marks a wrong answer wrong and gives that option's why", () => {
    expect(scoreAnswer(dnsQuiz, [WRONG])).toEqual({
      correct: false,
      feedback: [{ option: WRONG, correct: false, why: "Pages come later, over HTTP." }],
    });
  });

  it("ignores duplicate and out-of-range indexes", () => {
    expect(scoreAnswer(dnsQuiz, [RIGHT, RIGHT, -1, 3, 99])).toEqual(scoreAnswer(dnsQuiz, [RIGHT]));
    expect(scoreAnswer(dnsQuiz, [WRONG, WRONG]).feedback).toHaveLength(1);
  });

  it("is not correct when a wrong option is chosen alongside the right one", () => {
    const result = scoreAnswer(dnsQuiz, [2, RIGHT]);
    expect(result.correct).toBe(false);
    expect(result.feedback.map((f) => [f.option, f.correct])).toEqual([
      [RIGHT, true],
      [2, false],
    ]);
  });

  it("is not correct, with no feedback, when nothing valid is chosen", () => {
    expect(scoreAnswer(dnsQuiz, [])).toEqual({ correct: false, feedback: [] });
    expect(scoreAnswer(dnsQuiz, [7])).toEqual({ correct: false, feedback: [] });
  });
});
