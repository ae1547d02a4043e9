import { correctOptions, moveItem, pastChoice, pastOrder, scoreAnswer, scoreOrder, seededOrder, shownOptions, shownOrder, startingOrder } from "@/app/_lib/quiz/score";
import { cdnQuiz, dnsQuiz, handshakeQuiz, RIGHT, WRONG } from "../support/sample-quiz";

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
      missed: 0,
    });
  });

  it("marks a wrong answer wrong and gives that option's why", () => {
    expect(scoreAnswer(dnsQuiz, [WRONG])).toEqual({
      correct: false,
      feedback: [{ option: WRONG, correct: false, why: "Pages come later, over HTTP." }],
      missed: 1,
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
    expect(scoreAnswer(dnsQuiz, [])).toEqual({ correct: false, feedback: [], missed: 1 });
    expect(scoreAnswer(dnsQuiz, [7])).toEqual({ correct: false, feedback: [], missed: 1 });
  });
});

describe("scoreAnswer, multiple choice", () => {
  it("needs every right option and no wrong one", () => {
    expect(scoreAnswer(cdnQuiz, [0, 2]).correct).toBe(true);
    expect(scoreAnswer(cdnQuiz, [2, 0]).correct).toBe(true);
    expect(scoreAnswer(cdnQuiz, [0]).correct).toBe(false);
    expect(scoreAnswer(cdnQuiz, [0, 1, 2]).correct).toBe(false);
  });

  it("counts the right options left out", () => {
    expect(scoreAnswer(cdnQuiz, [0]).missed).toBe(1);
    expect(scoreAnswer(cdnQuiz, [1]).missed).toBe(2);
    expect(scoreAnswer(cdnQuiz, [0, 1, 2]).missed).toBe(0);
  });
});

describe("ordering", () => {
  it("is right only in the written order", () => {
    expect(scoreOrder(handshakeQuiz, [0, 1, 2, 3])).toEqual({
      correct: true,
      inPlace: 4,
      places: [0, 1, 2, 3].map((item) => ({ item, correct: true })),
    });
    const swapped = scoreOrder(handshakeQuiz, [1, 0, 2, 3]);
    expect(swapped.correct).toBe(false);
    expect(swapped.inPlace).toBe(2);
    expect(swapped.places.map((p) => p.correct)).toEqual([false, false, true, true]);
  });

  it("scores an order with missing, repeated or unknown items as wrong everywhere", () => {
    for (const bad of [[0, 1, 2], [0, 0, 2, 3], [0, 1, 2, 9]]) {
      const r = scoreOrder(handshakeQuiz, bad);
      expect(r.correct).toBe(false);
      expect(r.inPlace).toBe(0);
    }
  });

  it("starts shuffled, the same way every time, and never solved", () => {
    for (const id of ["a", "order-the-handshakes", "zzz", "x1", "y2", "dns-tcp-tls"]) {
      for (const n of [2, 3, 4, 6, 8]) {
        const order = startingOrder(id, n);
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        expect(order).not.toEqual([...Array(n).keys()]);
        expect(startingOrder(id, n)).toEqual(order);
      }
    }
    expect(startingOrder("one", 1)).toEqual([0]);
  });

  it("moves an item up or down, and ignores moves off the ends", () => {
    expect(moveItem([0, 1, 2, 3], 2, 1)).toEqual([0, 2, 1, 3]);
    expect(moveItem([0, 1, 2, 3], 0, 3)).toEqual([1, 2, 3, 0]);
    expect(moveItem([0, 1, 2, 3], 0, -1)).toEqual([0, 1, 2, 3]);
    expect(moveItem([0, 1, 2, 3], 3, 4)).toEqual([0, 1, 2, 3]);
  });
});

describe("the order choice options are shown in", () => {
  it("is a shuffle that depends only on the quiz's id", () => {
    const order = seededOrder("options:q1", 5);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(seededOrder("options:q1", 5)).toEqual(order);
    const quiz = { id: "q1", options: ["a", "b", "c", "d", "e"] };
    expect(shownOptions(quiz)).toEqual(order.map((i) => quiz.options[i]));
    expect(shownOptions(quiz)).toEqual(shownOptions({ ...quiz }));
  });

  it("puts the written first option anywhere, about as often in each place", () => {
    const places = [0, 0, 0, 0];
    for (let k = 0; k < 400; k++) places[shownOptions({ id: `quiz-${k}`, options: ["right", "b", "c", "d"] }).indexOf("right")]!++;
    // 100 expected in each place; a fair shuffle stays well inside 60–140.
    for (const n of places) {
      expect(n).toBeGreaterThan(60);
      expect(n).toBeLessThan(140);
    }
  });
});

describe("a past attempt, kept as written positions", () => {
  it("comes back to the options as shown, scored", () => {
    const shown = { ...cdnQuiz, options: shownOptions(cdnQuiz) };
    const order = shownOrder(cdnQuiz.id, cdnQuiz.options.length);
    // Written 0 and 2 are the right ones, wherever they are shown.
    const right = pastChoice(shown, [0, 2]);
    expect(right?.correct).toBe(true);
    expect(right?.feedback.map((f) => f.option).sort()).toEqual([order.indexOf(0), order.indexOf(2)].sort());
    const wrong = pastChoice(shown, [1]);
    expect(wrong).toMatchObject({ correct: false, missed: 2 });
    expect(wrong?.feedback).toEqual([{ option: order.indexOf(1), correct: false, why: "It is hers alone." }]);
  });

  it("is dropped when it no longer fits the quiz", () => {
    const shown = { ...dnsQuiz, options: shownOptions(dnsQuiz) };
    expect(pastChoice(shown, [])).toBeUndefined();
    expect(pastChoice(shown, [5])).toBeUndefined();
    expect(pastChoice(shown, [1, 1])).toBeUndefined();
  });

  it("puts back an ordering, place by place, and only a whole one", () => {
    expect(pastOrder(handshakeQuiz, [0, 1, 2, 3])).toMatchObject({ correct: true, inPlace: 4 });
    expect(pastOrder(handshakeQuiz, [1, 0, 2, 3])).toMatchObject({ correct: false, inPlace: 2 });
    expect(pastOrder(handshakeQuiz, [0, 1, 2])).toBeUndefined();
    expect(pastOrder(handshakeQuiz, [0, 1, 2, 2])).toBeUndefined();
    expect(pastOrder(handshakeQuiz, [0, 1, 2, 9])).toBeUndefined();
  });
});
