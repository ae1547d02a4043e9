"use client";
import { INSPECT_BUTTON_ID } from "./use-inspector";

type Props = {
  /** Whether this step has a payload to inspect. */
  available: boolean;
  open: boolean;
  onToggle: () => void;
};

/** The stage's Inspect button: the keyboard's way to the packet's inspector (aria-disabled, so it keeps focus, where there is nothing to show). */
export function InspectButton({ available, open, onToggle }: Props) {
  return (
    <button
      type="button"
      id={INSPECT_BUTTON_ID}
      className="tool-button"
      aria-expanded={open && available}
      aria-disabled={!available}
      onClick={() => (open || available) && onToggle()}
      data-inspectable={available}
    >
      {available ? (
        <>
          Inspect<span className="tool-long"> the request</span>
        </>
      ) : (
        <>
          Nothing to inspect<span className="tool-long"> here</span>
        </>
      )}
    </button>
  );
}
