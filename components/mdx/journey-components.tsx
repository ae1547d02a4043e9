/**
 * The one component map for journey MDX. Chapters name components (`<Step>`, `<Concept>`,
 * `<Quiz>`, `<Notes>`); this decides what each renders in the reader.
 */
import type { ReactNode } from "react";
import type { ConceptData, JourneyData } from "@/app/_lib/content/load";
import { compileMdxSource } from "@/app/_lib/content/content.server";
import { ConceptChip } from "@/components/concepts/concept-chip";
import { StepSection } from "@/components/journey/step-section";
import { SingleChoiceQuiz } from "@/components/quiz/single-choice-quiz";
import { MdxContent } from "./mdx-content";

async function ConceptCard({ concept, journey }: { concept: ConceptData; journey: JourneyData }) {
  const body = concept.body ? await compileMdxSource(`concept:${concept.id}`, concept.body) : undefined;
  return (
    <ConceptChip concept={concept} map={journey.map}>
      {body ? <MdxContent code={body} components={{}} /> : null}
    </ConceptChip>
  );
}

export function journeyComponents(journey: JourneyData, concepts: Record<string, ConceptData>) {
  const indexOf = new Map(journey.steps.map((s) => [s.id, s.index]));
  return {
    Step: ({ id, children }: { id: string; children?: ReactNode }) => (
      <StepSection id={id} index={indexOf.get(id) ?? -1}>
        {children}
      </StepSection>
    ),
    Concept: ({ id }: { id: string }) => {
      const concept = concepts[id];
      return concept ? <ConceptCard concept={concept} journey={journey} /> : null;
    },
    Quiz: ({ id }: { id: string }) => {
      const quiz = journey.quizzes[id];
      return quiz ? <SingleChoiceQuiz quiz={quiz} /> : null;
    },
    // Speaker notes belong to presenter mode; the reader leaves them out of the page entirely.
    Notes: () => null,
  };
}
