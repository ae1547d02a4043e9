// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { Answer } from "@/app/_lib/live/events";
import { shownOrder } from "@/app/_lib/quiz/score";
import { setLiveQuiz } from "@/components/live/live-quiz";
import { ChoiceQuiz } from "@/components/quiz/choice-quiz";
import { OrderingQuiz } from "@/components/quiz/ordering-quiz";
import { dnsQuiz } from "../support/sample-quiz";

afterEach(() => {
  act(() => setLiveQuiz(null));
  cleanup();
});

const form = (id: string) => document.querySelector<HTMLFormElement>(`form[data-quiz="${id}"]`)!;

describe("a quiz the room is answering", () => {
  it("sends the answer as written positions, holds the verdict, lets the learner change it, and shows the verdict on the reveal", () => {
    const sent: Answer[] = [];
    const open = (revealed: boolean) => setLiveQuiz({ id: dnsQuiz.id, revealed, send: (a) => sent.push(a) });
    act(() => open(false));
    render(<ChoiceQuiz quiz={dnsQuiz} />);
    const right = dnsQuiz.options.findIndex((o) => o.correct);
    const wrong = dnsQuiz.options.findIndex((o) => !o.correct);
    const written = (shown: number) => shownOrder(dnsQuiz.id, dnsQuiz.options.length)[shown]!;

    fireEvent.click(screen.getByRole("radio", { name: dnsQuiz.options[wrong]!.text }));
    fireEvent.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(sent).toEqual([{ choices: [written(wrong)] }]);
    expect(form(dnsQuiz.id)).toHaveAttribute("data-state", "open");
    expect(screen.getByRole("status")).toHaveTextContent("Sent to the instructor");
    expect(document.querySelectorAll("[data-quiz-why]")).toHaveLength(0);

    fireEvent.click(screen.getByRole("radio", { name: dnsQuiz.options[right]!.text }));
    fireEvent.click(screen.getByRole("button", { name: "Change my answer" }));
    expect(sent).toEqual([{ choices: [written(wrong)] }, { choices: [written(right)] }]);

    act(() => open(true));
    expect(form(dnsQuiz.id)).toHaveAttribute("data-state", "right");
    expect(document.querySelectorAll("[data-quiz-why]").length).toBeGreaterThan(0);
  });

  it("leaves another quiz alone: it checks at once, as a reader alone would", () => {
    act(() => setLiveQuiz({ id: "some-other-quiz", revealed: false, send: () => {} }));
    render(<ChoiceQuiz quiz={dnsQuiz} />);
    fireEvent.click(screen.getByRole("radio", { name: dnsQuiz.options.find((o) => o.correct)!.text }));
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(form(dnsQuiz.id)).toHaveAttribute("data-state", "right");
  });

  it("sends an ordering as the order the learner gave", () => {
    const quiz = { id: "q-order", kind: "ordering" as const, prompt: "Put in order", items: ["ask", "connect", "send"].map((text) => ({ text, why: `${text} why` })) };
    const sent: Answer[] = [];
    act(() => setLiveQuiz({ id: quiz.id, revealed: false, send: (a) => sent.push(a) }));
    render(<OrderingQuiz quiz={quiz} />);
    fireEvent.click(screen.getByRole("button", { name: "Send my order" }));
    expect(sent).toHaveLength(1);
    expect("order" in sent[0]! ? [...sent[0].order].sort() : []).toEqual([0, 1, 2]);
    expect(form(quiz.id)).toHaveAttribute("data-state", "open");
  });
});
