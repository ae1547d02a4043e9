"use client";

type Props = {
  index: number;
  total: number;
  onGo: (index: number) => void;
};

/** "Previous step" / "Next step": plain buttons, so Tab, Enter and Space work as everywhere (J and K too). */
export function Stepper({ index, total, onGo }: Props) {
  return (
    <div className="stepper" role="group" aria-label="Step controls">
      <button type="button" onClick={() => onGo(index - 1)} disabled={index <= 0} aria-keyshortcuts="K">
        <span aria-hidden>↑</span> Previous step
      </button>
      <button type="button" onClick={() => onGo(index + 1)} disabled={index >= total - 1} aria-keyshortcuts="J">
        Next step <span aria-hidden>↓</span>
      </button>
    </div>
  );
}
