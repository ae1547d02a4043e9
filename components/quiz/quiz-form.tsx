import type { FormEvent, ReactNode } from "react";
import { KindLabel } from "@/components/ui/kind-label";
import styles from "./quiz-form.module.css";

type Props = {
  quizId: string;
  kind: string;
  /** Open until checked, then whether the last check was right. */
  state: "open" | "right" | "wrong";
  /** The small label before the prompt ("Quiz", "Predict the next hop", …). */
  label: string;
  prompt: string;
  /** The learner's answer from an earlier visit, if any (`<PastAnswer>`). */
  past: ReactNode;
  submitLabel: string;
  submitDisabled: boolean;
  status: ReactNode;
  onSubmit: (e: FormEvent) => void;
  /** The options or items to answer with. */
  children: ReactNode;
};

/**
 * What every quiz shares: the form and its legend, an earlier visit's answer, the button that
 * checks and the status that tells the verdict. Each kind of quiz fills in its list.
 */
export function QuizForm({ quizId, kind, state, label, prompt, past, submitLabel, submitDisabled, status, onSubmit, children }: Props) {
  return (
    <form className={styles.quiz} data-quiz={quizId} data-kind={kind} data-state={state} onSubmit={onSubmit}>
      <fieldset>
        <legend>
          <KindLabel>{label}</KindLabel>
          {` ${prompt}`}
        </legend>
        {past}
        {children}
        <div className={styles.actions}>
          <button type="submit" aria-disabled={submitDisabled}>
            {submitLabel}
          </button>
          <p className={styles.status} role="status">
            {status}
          </p>
        </div>
      </fieldset>
    </form>
  );
}

/** An option's letter or an item's place number, for the eye only. */
export function QuizLetter({ children }: { children: ReactNode }) {
  return (
    <span className={styles.letter} aria-hidden>
      {children}
    </span>
  );
}

/** Why an option is right or wrong (or an item's place), coloured by its item's verdict. */
export function QuizWhy({ children }: { children: ReactNode }) {
  return (
    <p className={styles.why} data-quiz-why>
      {children}
    </p>
  );
}

/** A past attempt's choices or places, each marked right or wrong (`<PastChoice>`). */
export function PastChoices({ ordered, label, children }: { ordered: boolean; label: string; children: ReactNode }) {
  return ordered ? (
    <ol className={styles.past} aria-label={label}>
      {children}
    </ol>
  ) : (
    <ul className={styles.past} aria-label={label}>
      {children}
    </ul>
  );
}

export function PastChoice({ right, children }: { right: boolean; children: ReactNode }) {
  return <QuizItem verdict={right ? "right" : "wrong"}>{children}</QuizItem>;
}

type Verdict = "right" | "wrong" | undefined;

/** One option or item of a quiz's list, edged and tinted by its verdict once it has one. */
export function QuizItem({ verdict, children, ...data }: { verdict: Verdict; children: ReactNode } & { [attribute: `data-${string}`]: string | number }) {
  return (
    <li className={styles.item} data-verdict={verdict} {...data}>
      {children}
    </li>
  );
}
