"use client";
import { useId, useState, type FormEvent } from "react";
import type { Quiz } from "@/app/_lib/content/schema";
import { scoreAnswer, type QuizResult } from "@/app/_lib/quiz/score";

type Props = {
  quiz: Quiz;
};

const LETTERS = "ABCDEFGH";

/**
 * A single-choice question. Checking an answer explains why it is right or wrong; a wrong
 * answer can be retried, and a right one opens the explanation of every option.
 */
export function SingleChoiceQuiz({ quiz }: Props) {
  const name = useId();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [result, setResult] = useState<QuizResult | undefined>(undefined);
  const [tries, setTries] = useState(0);

  const solved = result?.correct === true;
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (chosen === undefined || solved) return;
    setResult(scoreAnswer(quiz, [chosen]));
    setTries((t) => t + 1);
  };

  return (
    <form className="quiz" data-quiz={quiz.id} data-state={result ? (solved ? "right" : "wrong") : "open"} onSubmit={check}>
      <fieldset>
        <legend>
          <span className="quiz-kind">Quiz</span> {quiz.prompt}
        </legend>
        <ol className="quiz-options">
          {quiz.options.map((o, i) => {
            const picked = result?.feedback.some((f) => f.option === i);
            const showWhy = solved || picked;
            return (
              <li key={i} data-option={i} data-verdict={showWhy ? (o.correct ? "right" : "wrong") : undefined}>
                <label>
                  <input
                    type="radio"
                    name={name}
                    value={i}
                    checked={chosen === i}
                    disabled={solved}
                    onChange={() => setChosen(i)}
                  />
                  <span className="quiz-letter" aria-hidden>
                    {LETTERS[i]}
                  </span>
                  <span>{o.text}</span>
                </label>
                {showWhy ? (
                  <p className="quiz-why">
                    <strong>{o.correct ? "Right: " : "Not quite: "}</strong>
                    {o.why}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <div className="quiz-actions">
          <button type="submit" aria-disabled={chosen === undefined || solved}>
            {result && !solved ? "Check again" : "Check answer"}
          </button>
          <p className="quiz-status" role="status">
            {result
              ? solved
                ? `Correct${tries > 1 ? ` after ${tries} tries` : ""}. Every option is explained above.`
                : `${LETTERS[chosen ?? 0]} is not it. Read why, then try another answer.`
              : ""}
          </p>
        </div>
      </fieldset>
    </form>
  );
}
