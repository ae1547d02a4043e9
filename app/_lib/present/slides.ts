/**
 * What presenter mode shows of a journey: the reader's model (map and stage steps), and per
 * step a slide: the cards it names and its quiz with the answer kept apart, to be revealed.
 * Built on the server from the checked content; speaker notes are not part of it (the console
 * gets them separately), so the audience view cannot hold them.
 */
import type { ConceptData, JourneyData } from "../content/types";
import type { Quiz } from "../content/schema";
import { shownOptions, startingOrder } from "../quiz/score";
import { toReaderModel, type ReaderModel } from "../journey/reader-model";

export type SlideQuiz = {
  id: string;
  kind: Quiz["kind"];
  prompt: string;
  /** What the room sees before the reveal (ordering items shuffled, as the reader shows them). */
  choices: string[];
  /** The answer: the right options, or the items in order. */
  answer: string[];
  /** Why the answer is right, one line per right option or item. */
  why: string[];
};

export type Slide = { concepts: { id: string; title: string }[]; quiz?: SlideQuiz };
export type PresentModel = ReaderModel & { slides: Slide[] };

export function slideQuiz(quiz: Quiz, nodeLabel: (id: string) => string): SlideQuiz {
  const base = { id: quiz.id, kind: quiz.kind, prompt: quiz.prompt };
  switch (quiz.kind) {
    case "ordering": {
      const order = startingOrder(quiz.id, quiz.items.length);
      return { ...base, choices: order.map((i) => quiz.items[i]!.text), answer: quiz.items.map((i) => i.text), why: quiz.items.map((i) => i.why) };
    }
    case "next-hop": {
      const text = (o: (typeof quiz.options)[number]) => o.text ?? nodeLabel(o.node);
      const shown = shownOptions(quiz);
      const right = shown.filter((o) => o.correct);
      return { ...base, choices: shown.map(text), answer: right.map(text), why: right.map((o) => o.why) };
    }
    default: {
      const shown = shownOptions(quiz);
      const right = shown.filter((o) => o.correct);
      return { ...base, choices: shown.map((o) => o.text), answer: right.map((o) => o.text), why: right.map((o) => o.why) };
    }
  }
}

export function toPresentModel(journey: JourneyData, concepts: Record<string, ConceptData>): PresentModel {
  const label = new Map(journey.map.nodes.map((n) => [n.id, n.label]));
  return {
    // One page plays every step: each caption and packet label travels.
    ...toReaderModel(journey, 0, { captions: true, packets: true }),
    slides: journey.steps.map((step) => {
      const quiz = step.quizzes.map((id) => journey.quizzes[id]).find((q) => q !== undefined);
      return {
        concepts: step.concepts.flatMap((id) => (concepts[id] ? [{ id, title: concepts[id].title }] : [])),
        ...(quiz ? { quiz: slideQuiz(quiz, (id) => label.get(id) ?? id) } : {}),
      };
    }),
  };
}
