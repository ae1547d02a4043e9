import type { Quiz, SystemMap } from "@/app/_lib/content/schema";
import { shownOptions } from "@/app/_lib/quiz/score";
import { ChoiceQuiz } from "./choice-quiz";
import { OrderingQuiz } from "./ordering-quiz";

type Props = { quiz: Quiz; map: SystemMap; slug?: string };

/**
 * Picks the quiz component for a quiz's kind. Here, on the server, choice options are put in the
 * order readers see (`shownOptions`) and next-hop options are named by their node's label.
 */
export function QuizBlock({ quiz, map, slug }: Props) {
  if (quiz.kind === "ordering") return <OrderingQuiz quiz={quiz} slug={slug} />;
  if (quiz.kind === "next-hop") {
    const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
    const options = shownOptions(quiz).map((o) => ({ text: o.text ?? labels.get(o.node) ?? o.node, correct: o.correct, why: o.why }));
    return <ChoiceQuiz quiz={{ id: quiz.id, kind: quiz.kind, prompt: quiz.prompt, options }} slug={slug} />;
  }
  return <ChoiceQuiz quiz={{ ...quiz, options: shownOptions(quiz) }} slug={slug} />;
}
