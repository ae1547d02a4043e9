/**
 * The component map for the print version: every step with its stage drawn still, its text,
 * the cards it names by title, its quiz with the answer, and its notes (shown when asked for).
 */
import "server-only";
import type { ComponentProps } from "react";
import type { ConceptData, JourneyData } from "@/app/_lib/content/types";
import { stageState } from "@/app/_lib/journey/stage";
import { slideQuiz } from "@/app/_lib/present/slides";
import { StaticMap } from "@/components/map/static-map";
import { TraceWaterfall } from "@/components/trace/trace-waterfall";
import { markdownComponents } from "./journey-components.server";
import type { MdxRenderers } from "./mdx-tags";
import styles from "./print-components.module.css";

const MarkdownPre = markdownComponents.pre;

/** A code block on paper: its long lines wrap, since paper does not scroll. */
function PrintPre(props: ComponentProps<"pre">) {
  return <MarkdownPre {...props} className={styles.pre} />;
}

export function printComponents(journey: JourneyData, concepts: Record<string, ConceptData>) {
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  const label = new Map(journey.map.nodes.map((n) => [n.id, n.label]));
  const renderers: MdxRenderers = {
    Step: ({ id, children }) => {
      const step = byId.get(id);
      if (!step) return null;
      const stage = stageState(journey.map, journey.steps, step.index);
      return (
        <section className={styles.printStep} data-print-step={id}>
          <p className={styles.printStepHead}>
            Step {step.index + 1} · {step.caption}
            {step.ms ? ` · ${step.ms} ms` : ""}
          </p>
          <StaticMap map={journey.map} lit={stage.activeNodes} label={`The stage at step ${step.index + 1}: ${step.caption}`} variant="print" />
          {children}
        </section>
      );
    },
    Concept: ({ id }) => {
      const c = concepts[id];
      return c ? (
        <p>
          <strong>{c.title}.</strong> {c.summary}
        </p>
      ) : null;
    },
    Quiz: ({ id }) => {
      const quiz = journey.quizzes[id];
      if (!quiz) return null;
      const q = slideQuiz(quiz, (n) => label.get(n) ?? n);
      return (
        <div className={styles.printQuiz}>
          <p>
            <strong>Quiz.</strong> {q.prompt}
          </p>
          <ul>
            {q.choices.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>
            <strong>Answer:</strong> {q.answer.join(q.kind === "ordering" ? " → " : "; ")}
          </p>
        </div>
      );
    },
    Notes: ({ children }) => (
      <aside className={styles.printNotes} aria-label="Speaker notes" data-print-notes>
        <strong>Speaker notes.</strong> {children}
      </aside>
    ),
    SeeIn3D: () => null,
    // On paper the inspector is the blocks themselves, under the hop's title.
    Inspect: ({ hop, title, children }) => (
      <div>
        <p>
          <strong>Inspector · {label.get(hop) ?? hop}:</strong> {title}
        </p>
        {children}
      </div>
    ),
    Fork: ({ id }) => {
      const fork = journey.forks.find((f) => f.id === id);
      return fork ? (
        <p>
          <strong>What if: {fork.title}.</strong> {fork.summary}
        </p>
      ) : null;
    },
    TraceWaterfall: () => <TraceWaterfall map={journey.map} steps={journey.steps} caption={`${journey.title} as a trace: spans nested by layer.`} />,
  };
  return { ...markdownComponents, ...renderers, pre: PrintPre };
}
