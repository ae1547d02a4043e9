import type { SlideQuiz as SlideQuizData } from "@/app/_lib/present/slides";
import styles from "./slide-quiz.module.css";

type Props = {
  quiz: SlideQuizData;
  revealed: boolean;
  /** "console": on the presenter console's light panels, a card in its colours. */
  variant?: "room" | "console";
  /** How many in a live session chose each choice, in the order shown (not for an ordering). */
  counts?: readonly number[];
};

/** A step's quiz as the room sees it: the question and choices, and the answer once revealed. */
export function SlideQuiz({ quiz, revealed, variant = "room", counts }: Props) {
  const right = new Set(quiz.answer);
  // Absent on the audience view until its page has fetched it (then the reveal shows it).
  const why = quiz.why ?? [];
  return (
    <section className={variant === "console" ? `${styles.slideQuiz} ${styles.console}` : styles.slideQuiz} data-slide-quiz={quiz.id} data-revealed={revealed} aria-label="Quiz">
      <p className={styles.slideQuizPrompt}>{quiz.prompt}</p>
      {revealed && quiz.kind === "ordering" ? (
        <ol className={styles.slideQuizChoices} data-answer>
          {quiz.answer.map((position, i) => (
            <li key={position} className={styles.isRight}>
              {quiz.choices[position]}
              <span className={styles.slideQuizWhy}> {why[i]}</span>
            </li>
          ))}
        </ol>
      ) : (
        <ul className={styles.slideQuizChoices}>
          {quiz.choices.map((text, i) => (
            <li key={text} className={revealed && right.has(i) ? styles.isRight : undefined} data-answer={revealed && right.has(i) ? "" : undefined}>
              {text}
              {counts ? (
                <span className={styles.count} data-count={counts[i] ?? 0}>
                  {" "}
                  · {counts[i] ?? 0}
                  <span className="sr-only"> chose this</span>
                </span>
              ) : null}
              {revealed && right.has(i) ? <span className="sr-only"> (the answer)</span> : null}
            </li>
          ))}
        </ul>
      )}
      {revealed && quiz.kind !== "ordering" ? (
        <div className={styles.slideQuizWhy} data-why>
          {why.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
