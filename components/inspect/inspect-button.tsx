"use client";
import { ToolButton } from "@/components/ui/stage-tools";
import styles from "./inspect-button.module.css";
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
    <ToolButton
      id={INSPECT_BUTTON_ID}
      aria-expanded={open && available}
      aria-disabled={!available}
      onClick={() => (open || available) && onToggle()}
      data-inspectable={available}
    >
      {available ? (
        <>
          Inspect<span className={styles.long}> the request</span>
        </>
      ) : (
        <>
          Nothing to inspect<span className={styles.long}> here</span>
        </>
      )}
    </ToolButton>
  );
}
