"use client";
import { useState, type FormEvent } from "react";
import type { OrderItem } from "@/app/_lib/content/schema";
import { moveItem, pastOrder, scoreOrder, startingOrder, type OrderResult } from "@/app/_lib/quiz/score";
import { dispatchLearner } from "@/components/learner/learner-store";
import { PastAnswer, type PastAttempt } from "@/components/learner/past-answer";
import { useLiveHold } from "@/components/live/live-quiz";
import { heldText } from "./choice-quiz";
import { PastChoice, PastChoices, QuizForm, QuizItem, QuizLetter, QuizWhy } from "./quiz-form";
import styles from "./ordering-quiz.module.css";

export type OrderingQuizData = { id: string; kind: "ordering"; prompt: string; items: OrderItem[] };

type Props = {
  quiz: OrderingQuizData;
  /** The journey it sits in, to keep the learner's answers; none in tests and previews. */
  slug?: string;
};

/**
 * Put the items in order. Every item has "Move up" and "Move down" buttons (no dragging
 * needed), and each move is announced. Checking marks the places that are right; a right order
 * explains every item's place.
 */
export function OrderingQuiz({ quiz, slug }: Props) {
  const [order, setOrder] = useState(() => startingOrder(quiz.id, quiz.items.length));
  const [result, setResult] = useState<OrderResult | undefined>(undefined);
  const [tries, setTries] = useState(0);
  const [moved, setMoved] = useState("");

  const solved = result?.correct === true;
  const n = order.length;
  const move = (from: number, to: number) => {
    if (solved || to < 0 || to >= n) return;
    const item = quiz.items[order[from]!]!;
    setOrder(moveItem(order, from, to));
    // A moved list is a new answer: the old verdicts no longer describe it.
    setResult(undefined);
    setMoved(`“${item.text}” is now ${to + 1} of ${n}.`);
    // Keep focus on the same button of the moved item, so repeated presses keep moving it.
    requestAnimationFrame(() => document.getElementById(buttonId(quiz.id, to, to < from ? "up" : "down"))?.focus());
  };
  const score = () => {
    const r = scoreOrder(quiz, order);
    setResult(r);
    if (slug) dispatchLearner({ type: "answer", slug, quizId: quiz.id, correct: r.correct, chosen: order });
    setTries((t) => t + 1);
    setMoved("");
  };
  // In a live session with this quiz open, the order goes to the instructor; the verdict waits for the reveal.
  const live = useLiveHold(quiz.id, score);
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (solved) return;
    if (live.held) {
      live.send({ order });
      setMoved("");
    } else score();
  };

  return (
    <QuizForm
      quizId={quiz.id}
      kind="ordering"
      state={result ? (solved ? "right" : "wrong") : "open"}
      label="Quiz · put in order"
      prompt={quiz.prompt}
      past={<PastAnswer slug={slug} quizId={quiz.id} answeredHere={tries > 0} describe={(last) => pastPlaces(quiz, last)} />}
      submitLabel={live.held ? (live.sent ? "Change my answer" : "Send my order") : result && !solved ? "Check again" : "Check order"}
      submitDisabled={solved}
      status={
        moved ||
        (live.held
          ? heldText(live.sent)
          : result
          ? solved
            ? `Correct${tries > 1 ? ` after ${tries} tries` : ""}. Each step's place is explained above.`
            : `${result.inPlace} of ${n} in the right place. Move the others, then check again.`
          : "")
      }
      onSubmit={check}
    >
      <ol className={styles.list}>
        {order.map((itemIndex, position) => {
          const item = quiz.items[itemIndex]!;
          const place = result?.places[position];
          return (
            <QuizItem key={itemIndex} data-item={itemIndex} verdict={place ? (place.correct ? "right" : "wrong") : undefined}>
              <div className={styles.row}>
                <QuizLetter>{position + 1}</QuizLetter>
                <span className={styles.text} data-item-text>
                  {item.text}
                </span>
                {solved ? null : (
                  <span className={styles.moves}>
                    <button
                      type="button"
                      id={buttonId(quiz.id, position, "up")}
                      aria-label={`Move “${item.text}” up`}
                      aria-disabled={position === 0}
                      onClick={() => move(position, position - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={buttonId(quiz.id, position, "down")}
                      aria-label={`Move “${item.text}” down`}
                      aria-disabled={position === n - 1}
                      onClick={() => move(position, position + 1)}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </div>
              {solved ? (
                <QuizWhy>
                  <strong>{position + 1}. </strong>
                  {item.why}
                </QuizWhy>
              ) : place && !place.correct ? (
                <QuizWhy>
                  <strong>Not in place {position + 1}.</strong>
                </QuizWhy>
              ) : null}
            </QuizItem>
          );
        })}
      </ol>
    </QuizForm>
  );
}

function buttonId(quizId: string, position: number, dir: "up" | "down"): string {
  return `${quizId}-move-${position}-${dir}`;
}

/** A past order, place by place, each marked in place or not. */
function pastPlaces(quiz: OrderingQuizData, order: readonly number[]): PastAttempt | undefined {
  const result = pastOrder(quiz, order);
  if (!result) return undefined;
  return {
    correct: result.correct,
    detail: (
      <>
        <p>
          {result.inPlace} of {order.length} were in the right place:
        </p>
        <PastChoices ordered label="The order you gave">
          {result.places.map((p) => (
            <PastChoice key={p.item} right={p.correct}>
              {quiz.items[p.item]?.text}
              <span className="sr-only">{p.correct ? " (in place)" : " (not in place)"}</span>
            </PastChoice>
          ))}
        </PastChoices>
      </>
    ),
  };
}
