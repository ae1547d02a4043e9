// @vitest-environment jsdom
import { cleanup, fireEvent, render } from "@testing-library/react";
import { isOnControl, isTypingIn, usePageKeys } from "@/components/ui/page-keys";

afterEach(cleanup);

function Keys({ onKey }: { onKey: (key: string) => void }) {
  usePageKeys((e) => onKey(e.key));
  return (
    <div>
      <input aria-label="field" />
      <div data-testid="editable" contentEditable suppressContentEditableWarning>
        <span data-testid="inside">text</span>
      </div>
      <div data-testid="fixed" contentEditable={false} />
      <button type="button">press</button>
      <p data-testid="page">words</p>
    </div>
  );
}

describe("page-wide keys", () => {
  it("tells a place to type in from the page, editable text included", () => {
    const { getByLabelText, getByTestId, getByRole } = render(<Keys onKey={() => {}} />);
    expect(isTypingIn(getByLabelText("field"))).toBe(true);
    expect(isTypingIn(getByTestId("inside"))).toBe(true);
    expect(isTypingIn(getByTestId("fixed"))).toBe(false);
    expect(isTypingIn(getByTestId("page"))).toBe(false);
    expect(isTypingIn(null)).toBe(false);
    expect(isOnControl(getByRole("button"))).toBe(true);
    expect(isOnControl(getByTestId("page"))).toBe(false);
  });

  it("hands on keys pressed on the page, but not those typed in a field, taken already or held with Ctrl", () => {
    const keys: string[] = [];
    const { getByLabelText, getByTestId } = render(<Keys onKey={(k) => keys.push(k)} />);
    fireEvent.keyDown(getByTestId("page"), { key: "ArrowRight" });
    fireEvent.keyDown(getByLabelText("field"), { key: "a" });
    fireEvent.keyDown(getByTestId("inside"), { key: "b" });
    fireEvent.keyDown(getByTestId("page"), { key: "c", ctrlKey: true });
    const taken = new KeyboardEvent("keydown", { key: "d", bubbles: true, cancelable: true });
    taken.preventDefault();
    getByTestId("page").dispatchEvent(taken);
    expect(keys).toEqual(["ArrowRight"]);
  });

  it("calls the handler of the latest render", () => {
    const first: string[] = [];
    const second: string[] = [];
    const { rerender, getByTestId } = render(<Keys onKey={(k) => first.push(k)} />);
    rerender(<Keys onKey={(k) => second.push(k)} />);
    fireEvent.keyDown(getByTestId("page"), { key: "n" });
    expect(first).toEqual([]);
    expect(second).toEqual(["n"]);
  });
});
