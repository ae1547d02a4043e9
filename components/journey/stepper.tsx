"use client";

type Props = {
  index: number;
  total: number;
  onGo: (index: number) => void;
};

/** "Previous step" / "Next step": plain buttons, so Tab, Enter and Space work as everywhere. */
export function Stepper({ index, total, onGo }: Props) {
  return (
    <div className="stepper" role="group" aria-label="Step controls">
      <button type="button" onClick={() => onGo(index - 1)} disabled={index <= 0}>
        <span aria-hidden>↑</span> Previous step
      </button>
      <button type="button" onClick={() => onGo(index + 1)} disabled={index >= total - 1}>
        Next step <span aria-hidden>↓</span>
      </button>
    </div>
  );
}
