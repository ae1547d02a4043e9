import type { SlideQuiz as SlideQuizData } from "@/app/_lib/present/slides";

type Props = { quiz: SlideQuizData; revealed: boolean };

/** A step's quiz as the room sees it: the question and choices, and the answer once revealed. */
export function SlideQuiz({ quiz, revealed }: Props) {
  const right = new Set(quiz.answer);
  return (
    <section className="slide-quiz" data-slide-quiz={quiz.id} data-revealed={revealed} aria-label="Quiz">
      <p className="slide-quiz-prompt">{quiz.prompt}</p>
      {revealed && quiz.kind === "ordering" ? (
        <ol className="slide-quiz-choices" data-answer>
          {quiz.answer.map((text, i) => (
            <li key={text} className="is-right">
              {text}
              <span className="slide-quiz-why"> {quiz.why[i]}</span>
            </li>
          ))}
        </ol>
      ) : (
        <ul className="slide-quiz-choices">
          {quiz.choices.map((text) => (
            <li key={text} className={revealed && right.has(text) ? "is-right" : undefined} data-answer={revealed && right.has(text) ? "" : undefined}>
              {text}
              {revealed && right.has(text) ? <span className="sr-only"> (the answer)</span> : null}
            </li>
          ))}
        </ul>
      )}
      {revealed && quiz.kind !== "ordering" ? (
        <div className="slide-quiz-why" data-why>
          {quiz.why.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
