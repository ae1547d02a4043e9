import Link from "next/link";
import { partText, type Inspection } from "@/app/_lib/journey/inspect";
import styles from "./step-transcript.module.css";

type Props = {
  step: { id: string; index: number; inspect?: Inspection };
  /** The step's transcript (see `describeStage`). */
  text: string;
  /** Where the step is read. */
  href: string;
  label: (nodeId: string) => string;
};

/** One step on the transcript page: its account in words, and the inspector's blocks as text. */
export function StepTranscript({ step, text, href, label }: Props) {
  return (
    <article className={styles.transcriptStep} id={step.id} data-transcript-step={step.id}>
      <p>
        <Link href={href}>Step {step.index + 1}</Link> {text.replace(/^Step \d+ of \d+\. /, "")}
      </p>
      {step.inspect ? (
        <details className={styles.transcriptInspect}>
          <summary>
            Inspector at {label(step.inspect.hop)}: {step.inspect.title}
          </summary>
          {step.inspect.parts.map((p) => (
            <figure key={p.label}>
              <figcaption>{p.label}</figcaption>
              <pre tabIndex={0}>{partText(p)}</pre>
            </figure>
          ))}
        </details>
      ) : null}
    </article>
  );
}
