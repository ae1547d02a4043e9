"use client";
import { useState, type FormEvent } from "react";
import type { QuizOption } from "@/app/_lib/content/schema";
import { pastChoice, scoreAnswer, shownOrder, type QuizResult } from "@/app/_lib/quiz/score";
import { markHopAnswered } from "@/components/journey/hop-answers";
import { dispatchLearner } from "@/components/learner/learner-store";
import { PastAnswer, type PastAttempt } from "@/components/learner/past-answer";
import { useLiveHold } from "@/components/live/live-quiz";
import { PastChoice, PastChoices, QuizForm, QuizItem, QuizLetter, QuizWhy } from "./quiz-form";
import styles from "./choice-quiz.module.css";

/** A quiz answered by choosing: next-hop options arrive with their node labels as text. */
export type ChoiceQuizData = {
  id: string;
  kind: "single" | "multiple" | "next-hop";
  prompt: string;
  options: QuizOption[];
};

type Props = {
  quiz: ChoiceQuizData;
  /** The journey it sits in, to keep the learner's answers; none in tests and previews. */
  slug?: string;
};

const LETTERS = "ABCDEFGH";
const KIND_LABEL = { single: "Quiz", multiple: "Quiz · choose all that apply", "next-hop": "Predict the next hop" } as const;

/**
 * Single choice (radios), multiple choice (checkboxes) and predict-the-next-hop (radios over map
 * nodes; answering it right lets the held stage play the step). Checking explains each chosen
 * option; a wrong answer can be retried; a right one explains every option. Its inputs share one
 * name in every quiz: a radio group is scoped by its form, and each quiz is one. In a live
 * session that has this quiz open, the answer goes to the instructor and its verdict waits for
 * the reveal.
 */
export function ChoiceQuiz({ quiz, slug }: Props) {
  const multiple = quiz.kind === "multiple";
  const [chosen, setChosen] = useState<readonly number[]>([]);
  const [result, setResult] = useState<QuizResult | undefined>(undefined);
  const [tries, setTries] = useState(0);

  const solved = result?.correct === true;
  const toggle = (i: number) => setChosen((c) => (multiple ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i]) : [i]));
  // Kept and sent as the options' written positions, so the record outlives a change in how they are shown.
  const written = () => {
    const order = shownOrder(quiz.id, quiz.options.length);
    return chosen.map((i) => order[i]!).sort((a, b) => a - b);
  };
  const score = () => {
    const r = scoreAnswer(quiz, chosen);
    setResult(r);
    setTries((t) => t + 1);
    if (r.correct && quiz.kind === "next-hop") markHopAnswered(quiz.id);
    if (slug) dispatchLearner({ type: "answer", slug, quizId: quiz.id, correct: r.correct, chosen: written() });
  };
  const live = useLiveHold(quiz.id, score);
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0 || solved) return;
    if (live.held) live.send({ choices: written() });
    else score();
  };

  return (
    <QuizForm
      quizId={quiz.id}
      kind={quiz.kind}
      state={result ? (solved ? "right" : "wrong") : "open"}
      label={KIND_LABEL[quiz.kind]}
      prompt={quiz.prompt}
      past={<PastAnswer slug={slug} quizId={quiz.id} answeredHere={tries > 0} describe={(last) => pastChoices(quiz, last)} />}
      submitLabel={live.held ? (live.sent ? "Change my answer" : "Send my answer") : result && !solved ? "Check again" : "Check answer"}
      submitDisabled={chosen.length === 0 || solved}
      status={live.held ? heldText(live.sent) : result ? statusText(quiz, result, tries) : ""}
      onSubmit={check}
    >
      <ol className={styles.options}>
        {quiz.options.map((o, i) => {
          const picked = result?.feedback.some((f) => f.option === i);
          const showWhy = solved || picked;
          return (
            <QuizItem key={i} data-option={i} verdict={showWhy ? (o.correct ? "right" : "wrong") : undefined}>
              <label>
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name="choice"
                  value={i}
                  checked={chosen.includes(i)}
                  disabled={solved}
                  onChange={() => toggle(i)}
                />
                <QuizLetter>{LETTERS[i]}</QuizLetter>
                <span>{o.text}</span>
              </label>
              {showWhy ? (
                <QuizWhy>
                  <strong>{o.correct ? "Right: " : "Not quite: "}</strong>
                  {o.why}
                </QuizWhy>
              ) : null}
            </QuizItem>
          );
        })}
      </ol>
    </QuizForm>
  );
}

/** What a quiz the room is answering says: the verdict comes with the instructor's reveal. */
export function heldText(sent: boolean): string {
  return sent ? "Sent to the instructor. You can change it until the answer is revealed." : "The room is answering this one: your answer goes to the instructor, and the verdict comes when it is revealed.";
}

function statusText(quiz: ChoiceQuizData, result: QuizResult, tries: number): string {
  const after = tries > 1 ? ` after ${tries} tries` : "";
  if (result.correct) {
    const played = quiz.kind === "next-hop" ? " The stage now plays the move." : "";
    return `Correct${after}. Every option is explained above.${played}`;
  }
  if (quiz.kind !== "multiple") return `${LETTERS[result.feedback[0]?.option ?? 0]} is not it. Read why, then try another answer.`;
  const wrong = result.feedback.filter((f) => !f.correct).length;
  const parts = [wrong ? `${wrong} of your choices ${wrong === 1 ? "is" : "are"} wrong` : "", result.missed ? `${result.missed} right ${result.missed === 1 ? "option is" : "options are"} missing` : ""];
  return `Not yet: ${parts.filter(Boolean).join(" and ")}. Read why, then try again.`;
}

/** The options of a past attempt, lettered as shown, each with its verdict and why. */
function pastChoices(quiz: ChoiceQuizData, written: readonly number[]): PastAttempt | undefined {
  const result = pastChoice(quiz, written);
  if (!result) return undefined;
  return {
    correct: result.correct,
    detail: (
      <PastChoices ordered={false} label="What you chose">
        {result.feedback.map((f) => (
          <PastChoice key={f.option} right={f.correct}>
            <QuizLetter>{LETTERS[f.option]}</QuizLetter>
            <span className="sr-only">{LETTERS[f.option]}: </span>
            {quiz.options[f.option]?.text}
            <QuizWhy>
              <strong>{f.correct ? "Right: " : "Not quite: "}</strong>
              {f.why}
            </QuizWhy>
          </PastChoice>
        ))}
      </PastChoices>
    ),
  };
}
