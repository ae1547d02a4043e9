// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { OrderingQuiz } from "@/components/quiz/ordering-quiz";
import { startingOrder } from "@/app/_lib/quiz/score";
import { handshakeQuiz } from "../support/sample-quiz";

afterEach(cleanup);

const texts = () => Array.from(document.querySelectorAll("[data-item-text]"), (e) => e.textContent);
const status = () => screen.getByRole("status");
const form = () => document.querySelector<HTMLFormElement>(`form[data-quiz="${handshakeQuiz.id}"]`)!;
const check = () => fireEvent.click(screen.getByRole("button", { name: /Check/ }));

/** Sorts the list with the move buttons only, the way a keyboard user would. */
function sortByButtons() {
  const want = handshakeQuiz.items.map((i) => i.text);
  for (let target = 0; target < want.length; target++) {
    let at = texts().indexOf(want[target]!);
    while (at > target) {
      fireEvent.click(screen.getByRole("button", { name: `Move “${want[target]}” up` }));
      at--;
    }
  }
}

describe("OrderingQuiz", () => {
  beforeEach(() => {
    render(<OrderingQuiz quiz={handshakeQuiz} />);
  });

  it("starts in the shuffled starting order, with a move-up and move-down button per item", () => {
    const start = startingOrder(handshakeQuiz.id, 4).map((i) => handshakeQuiz.items[i]!.text);
    expect(texts()).toEqual(start);
    expect(screen.getAllByRole("button", { name: /^Move .* up$/ })).toHaveLength(4);
    expect(screen.getAllByRole("button", { name: /^Move .* down$/ })).toHaveLength(4);
    expect(form()).toHaveAttribute("data-state", "open");
  });

  it("announces a move and reorders the list", () => {
    const [first, second] = texts();
    fireEvent.click(screen.getByRole("button", { name: `Move “${second}” up` }));
    expect(texts().slice(0, 2)).toEqual([second, first]);
    expect(status()).toHaveTextContent(`“${second}” is now 1 of 4.`);
  });

  it("marks a wrong order place by place and lets the reader try again", () => {
    check();
    expect(form()).toHaveAttribute("data-state", "wrong");
    const verdicts = Array.from(document.querySelectorAll("li[data-item]"), (li) => li.getAttribute("data-verdict"));
    expect(verdicts).toContain("wrong");
    expect(status()).toHaveTextContent(/of 4 in the right place/);
  });

  it("a right order explains every item's place and locks the list", () => {
    sortByButtons();
    expect(texts()).toEqual(handshakeQuiz.items.map((i) => i.text));
    check();
    expect(form()).toHaveAttribute("data-state", "right");
    expect(Array.from(document.querySelectorAll("[data-quiz-why]"), (p) => p.textContent)).toEqual(
      handshakeQuiz.items.map((item, i) => `${i + 1}. ${item.why}`),
    );
    expect(screen.queryByRole("button", { name: /^Move / })).toBeNull();
  });
});
