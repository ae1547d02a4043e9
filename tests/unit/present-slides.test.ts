import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/app/_lib/content/load";
import type { Quiz } from "@/app/_lib/content/schema";
import { slideQuiz, slideWhys, toPresentModel } from "@/app/_lib/present/slides";
import { shownOptions, startingOrder } from "@/app/_lib/quiz/score";
import { cdnQuiz } from "../support/sample-quiz";

const label = (id: string) => id.toUpperCase();

describe("a quiz as a slide shows it", () => {
  it("single and multiple choice: every option in the reader's order, the right ones as the answer with their reasons", () => {
    const shown = shownOptions(cdnQuiz);
    expect(slideQuiz(cdnQuiz, label)).toEqual({
      id: cdnQuiz.id,
      kind: "multiple",
      prompt: cdnQuiz.prompt,
      choices: shown.map((o) => o.text),
      answer: shown.flatMap((o, i) => (o.correct ? [i] : [])),
      why: shown.filter((o) => o.correct).map((o) => o.why),
    });
    expect(shown.map((o) => o.text).sort()).toEqual(["Kareem's order confirmation", "The product photo", "The stylesheet"]);
  });

  it("ordering: shuffled as the reader shuffles it, answered in the written order", () => {
    const items = ["ask", "connect", "send", "reply"].map((text) => ({ text, why: `${text} why` }));
    const quiz: Quiz = { id: "q-order", kind: "ordering", prompt: "Put in order", items };
    const slide = slideQuiz(quiz, label);
    expect(slide.choices).toEqual(startingOrder("q-order", 4).map((i) => items[i]!.text));
    expect(slide.answer.map((p) => slide.choices[p])).toEqual(["ask", "connect", "send", "reply"]);
    expect(slide.why).toEqual(items.map((i) => i.why));
  });

  it("next hop: options named by their text, or by their node's label", () => {
    const quiz: Quiz = {
      id: "q-hop",
      kind: "next-hop",
      prompt: "Where next?",
      options: [
        { node: "dns", correct: true, why: "names first" },
        { node: "cdn", text: "The edge", correct: false, why: "not yet" },
      ],
    };
    const slide = slideQuiz(quiz, label);
    expect([...slide.choices].sort()).toEqual(["DNS", "The edge"]);
    expect(slide.answer.map((p) => slide.choices[p])).toEqual(["DNS"]);
    expect(slide.nodes?.map((n) => label(n))).toEqual(slide.choices.map((c) => (c === "The edge" ? "CDN" : c)));
    expect(slide.why).toEqual(["names first"]);
  });
});

describe("the audience view's model and its whys", () => {
  const content = loadContent({ root: join(process.cwd(), "journeys") });
  const journey = content.journeys.find((j) => j.slug === "kareems-click")!;
  const full = toPresentModel(journey, content.concepts);
  const room = toPresentModel(journey, content.concepts, { whys: false });
  const whys = slideWhys(journey);

  it("leaves why out of every slide quiz, and nothing else", () => {
    const quizzes = room.slides.flatMap((s) => (s.quiz ? [s.quiz] : []));
    expect(quizzes.length).toBeGreaterThan(10);
    expect(quizzes.filter((q) => q.why !== undefined)).toEqual([]);
    expect(room.slides.map((s) => (s.quiz ? { ...s, quiz: { ...s.quiz, why: whys[s.quiz.id] } } : s))).toEqual(full.slides);
  });

  it("keeps every quiz's why apart, with a line for each right option or ordered item", () => {
    for (const slide of full.slides) {
      if (!slide.quiz) continue;
      expect(whys[slide.quiz.id]).toEqual(slide.quiz.why);
      expect(whys[slide.quiz.id]!.length).toBe(slide.quiz.kind === "ordering" ? slide.quiz.choices.length : slide.quiz.answer.length);
    }
  });
});
