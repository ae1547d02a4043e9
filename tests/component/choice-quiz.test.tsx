// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { ChoiceQuiz } from "@/components/quiz/choice-quiz";
import { cdnQuiz, dnsQuiz, RIGHT, WRONG } from "../support/sample-quiz";

afterEach(cleanup);

const option = (i: number) => dnsQuiz.options[i]!;
const radio = (i: number) => screen.getByRole("radio", { name: option(i).text });
const submit = () => screen.getByRole("button");
const status = () => screen.getByRole("status");
const form = () => document.querySelector<HTMLFormElement>(`form[data-quiz="${dnsQuiz.id}"]`)!;
/** The explanations on show, in option order. */
const shownWhys = () => Array.from(document.querySelectorAll("[data-quiz-why]"), (p) => p.textContent);

function answer(i: number) {
  fireEvent.click(radio(i));
  fireEvent.click(submit());
}

describe("ChoiceQuiz, single choice", () => {
  beforeEach(() => {
    render(<ChoiceQuiz quiz={dnsQuiz} />);
  });

  it("starts open: the prompt and options, no explanation, nothing to check yet", () => {
    expect(screen.getByRole("group", { name: /What does the resolver hand back/ })).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(3);
    expect(shownWhys()).toEqual([]);
    expect(submit()).toHaveAttribute("aria-disabled", "true");
    expect(status()).toHaveTextContent("");
    expect(form()).toHaveAttribute("data-state", "open");
  });

  it("ignores a submit with no option chosen", () => {
    fireEvent.submit(form());
    expect(form()).toHaveAttribute("data-state", "open");
    expect(status()).toHaveTextContent("");
  });

  it("explains a wrong answer and asks for another", () => {
    fireEvent.click(radio(WRONG));
    expect(radio(WRONG)).toBeChecked();
    expect(submit()).toHaveAttribute("aria-disabled", "false");
    fireEvent.click(submit());

    expect(shownWhys()).toEqual([`Not quite: ${option(WRONG).why}`]);
    expect(status()).toHaveTextContent(`${"ABCDEFGH"[WRONG]} is not it. Read why, then try another answer.`);
    expect(form()).toHaveAttribute("data-state", "wrong");
    expect(within(form()).getByText(option(WRONG).text).closest("li")).toHaveAttribute("data-verdict", "wrong");
    expect(submit()).toHaveTextContent("Check again");
    expect(radio(RIGHT)).toBeEnabled();
  });

  it("after a wrong try, the right answer explains every option and locks the quiz", () => {
    answer(WRONG);
    answer(RIGHT);

    expect(shownWhys()).toEqual(dnsQuiz.options.map((o) => `${o.correct ? "Right: " : "Not quite: "}${o.why}`));
    expect(status()).toHaveTextContent("Correct after 2 tries. Every option is explained above.");
    expect(form()).toHaveAttribute("data-state", "right");
    expect(submit()).toHaveAttribute("aria-disabled", "true");
    for (const r of screen.getAllByRole("radio")) expect(r).toBeDisabled();
    // Pressing the locked button changes nothing.
    fireEvent.click(submit());
    expect(status()).toHaveTextContent("Correct after 2 tries.");
  });

  it("a right first answer says so without counting tries", () => {
    answer(RIGHT);
    expect(status()).toHaveTextContent(/^Correct\. Every option is explained above\.$/);
    expect(shownWhys()).toHaveLength(dnsQuiz.options.length);
  });
});

describe("ChoiceQuiz, multiple choice", () => {
  beforeEach(() => {
    render(<ChoiceQuiz quiz={cdnQuiz} />);
  });
  const box = (i: number) => screen.getByRole("checkbox", { name: cdnQuiz.options[i]!.text });

  it("uses checkboxes and says what is missing", () => {
    expect(screen.getAllByRole("checkbox")).toHaveLength(3);
    fireEvent.click(box(0));
    fireEvent.click(submit());
    expect(status()).toHaveTextContent("Not yet: 1 right option is missing. Read why, then try again.");
    expect(document.querySelector(`form[data-quiz="${cdnQuiz.id}"]`)).toHaveAttribute("data-state", "wrong");
  });

  it("is solved with every right option ticked and no wrong one", () => {
    fireEvent.click(box(0));
    fireEvent.click(box(1));
    fireEvent.click(submit());
    expect(status()).toHaveTextContent("1 of your choices is wrong");
    fireEvent.click(box(1));
    fireEvent.click(box(2));
    fireEvent.click(submit());
    expect(status()).toHaveTextContent("Correct after 2 tries.");
    expect(shownWhys()).toHaveLength(3);
  });
});
