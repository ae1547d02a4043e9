/**
 * The one component map for journey MDX. Chapters name components (`<Step>`, `<Concept>`,
 * `<Quiz>`, `<Notes>`); this decides what each renders in the reader.
 */
import "server-only";
import type { ComponentProps } from "react";
import type { ConceptData, JourneyData } from "@/app/_lib/content/types";
import { ConceptChip } from "@/components/concepts/concept-chip";
import { StepSection } from "@/components/journey/step-section";
import { forkHref, journeyJsonHref } from "@/app/_lib/journey/pages";
import { stackLayout } from "@/app/_lib/journey/stack3d";
import { StaticMap } from "@/components/map/static-map";
import { ForkLink } from "@/components/journey/fork-link";
import { QuizBlock } from "@/components/quiz/quiz-block";
import { MdxContent } from "./mdx-content.server";
import type { MdxRenderers } from "./mdx-tags";
import { LazySeeIn3D, LazyWaterfallBlock } from "./rare-islands";

/** What plain Markdown renders to, here and in every card body. */
export const markdownComponents = {
  // Code that scrolls sideways must be reachable by keyboard.
  pre: (props: ComponentProps<"pre">) => <pre tabIndex={0} {...props} />,
};

/**
 * @param bodies compiled MDX of each concept card's body, by concept id. Compiled before
 *   rendering so nothing suspends mid-page: the static HTML then holds every chapter in place.
 */
export function journeyComponents(journey: JourneyData, concepts: Record<string, ConceptData>, bodies: Record<string, string>) {
  const indexOf = new Map(journey.steps.map((s) => [s.id, s.index]));
  const renderers: MdxRenderers = {
    Step: ({ id, children }) => (
      <StepSection id={id} index={indexOf.get(id) ?? -1}>
        {children}
      </StepSection>
    ),
    Concept: ({ id }) => {
      const concept = concepts[id];
      if (!concept) return null;
      const body = bodies[id];
      return (
        <ConceptChip concept={concept} map={journey.map} place={journey.cards[id]}>
          {body ? <MdxContent code={body} components={markdownComponents} /> : null}
        </ConceptChip>
      );
    },
    Quiz: ({ id }) => {
      const quiz = journey.quizzes[id];
      return quiz ? <QuizBlock quiz={quiz} map={journey.map} slug={journey.slug} /> : null;
    },
    SeeIn3D: () => {
      const stack = stackLayout(journey.map, journey.steps);
      return (
        <LazySeeIn3D
          cardsUrl={journeyJsonHref(journey.slug, "cards")}
          fallback={<StaticMap map={journey.map} lit={stack.routeNodes} label={`Every node ${journey.requestName} touched, lit on the 2D map`} />}
        />
      );
    },
    Fork: ({ id }) => {
      const fork = journey.forks.find((f) => f.id === id);
      return fork ? <ForkLink href={forkHref(journey.slug, fork.id)} title={fork.title} summary={fork.summary} /> : null;
    },
    TraceWaterfall: () => <LazyWaterfallBlock />,
    // Speaker notes belong to presenter mode; the reader leaves them out of the page entirely.
    Notes: () => null,
    // The inspector's payload is shown on the stage, from the reader's model, when the packet is selected.
    Inspect: () => null,
  };
  return { ...markdownComponents, ...renderers };
}
