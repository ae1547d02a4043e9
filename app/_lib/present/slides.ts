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
  /** The answer, as positions in `choices`: the right options, or the items in the right order. */
  answer: number[];
  /** Why the answer is right, one line per right option or item. The audience view's page leaves it out (shown only on a reveal, it comes from `slideWhys` once the page has loaded). */
  why?: string[];
  /** A next-hop quiz's nodes, in the order its choices are shown (for the room's heat on the map). */
  nodes?: string[];
};

export type Slide = { concepts: { id: string; title: string }[]; quiz?: SlideQuiz };
export type PresentModel = ReaderModel & { slides: Slide[] };

/** Where the right options sit among those shown. */
function rightPositions(shown: readonly { correct: boolean }[]): number[] {
  return shown.flatMap((o, i) => (o.correct ? [i] : []));
}

export function slideQuiz(quiz: Quiz, nodeLabel: (id: string) => string): SlideQuiz {
  const base = { id: quiz.id, kind: quiz.kind, prompt: quiz.prompt };
  switch (quiz.kind) {
    case "ordering": {
      const order = startingOrder(quiz.id, quiz.items.length);
      return { ...base, choices: order.map((i) => quiz.items[i]!.text), answer: quiz.items.map((_, written) => order.indexOf(written)), why: quiz.items.map((i) => i.why) };
    }
    case "next-hop": {
      const text = (o: (typeof quiz.options)[number]) => o.text ?? nodeLabel(o.node);
      const shown = shownOptions(quiz);
      return { ...base, choices: shown.map(text), answer: rightPositions(shown), why: shown.filter((o) => o.correct).map((o) => o.why), nodes: shown.map((o) => o.node) };
    }
    default: {
      const shown = shownOptions(quiz);
      return { ...base, choices: shown.map((o) => o.text), answer: rightPositions(shown), why: shown.filter((o) => o.correct).map((o) => o.why) };
    }
  }
}

/** Every slide quiz's `why`, by quiz id: what a reveal shows, fetched by the audience view (`/journeys/<slug>/whys.json`). */
export function slideWhys(journey: JourneyData): Record<string, string[]> {
  const label = new Map(journey.map.nodes.map((n) => [n.id, n.label]));
  return Object.fromEntries(Object.values(journey.quizzes).map((q) => [q.id, slideQuiz(q, (id) => label.get(id) ?? id).why ?? []]));
}

/**
 * The presenter's model. `whys: false` (the audience view) leaves out why each answer is right:
 * a third of the page, and the room sees it only on a reveal.
 */
export function toPresentModel(journey: JourneyData, concepts: Record<string, ConceptData>, { whys = true }: { whys?: boolean } = {}): PresentModel {
  const label = new Map(journey.map.nodes.map((n) => [n.id, n.label]));
  return {
    // One page plays every step: all the stage says travels for each. The room sees the
    // journey as written: no variation or lens menu, so none of their data.
    ...toReaderModel(journey, 0, { stage: true }),
    variations: [],
    lenses: [],
    slides: journey.steps.map((step) => {
      const quiz = step.quizzes.map((id) => journey.quizzes[id]).find((q) => q !== undefined);
      return {
        concepts: step.concepts.flatMap((id) => (concepts[id] ? [{ id, title: concepts[id].title }] : [])),
        ...(quiz ? { quiz: withoutWhy(slideQuiz(quiz, (id) => label.get(id) ?? id), whys) } : {}),
      };
    }),
  };
}

function withoutWhy(quiz: SlideQuiz, keep: boolean): SlideQuiz {
  if (keep) return quiz;
  const { why: _, ...rest } = quiz;
  return rest;
}
