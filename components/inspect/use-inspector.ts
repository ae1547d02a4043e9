"use client";
import { useCallback, useState } from "react";

export const INSPECT_BUTTON_ID = "inspect-button";

/**
 * Whether the inspector is open. Open, it follows the packet: each step with a payload shows it
 * until the reader closes it. Focus moves into the panel only when the reader opens it, and back
 * to the Inspect button when it closes.
 */
export function useInspector() {
  const [state, setState] = useState<{ open: boolean; focus: boolean }>({ open: false, focus: false });
  const open = useCallback(() => setState({ open: true, focus: true }), []);
  const focused = useCallback(() => setState((s) => (s.focus ? { ...s, focus: false } : s)), []);
  const close = useCallback(() => {
    setState({ open: false, focus: false });
    document.getElementById(INSPECT_BUTTON_ID)?.focus({ preventScroll: true });
  }, []);
  return { open: state.open, focus: state.focus, openInspector: open, closeInspector: close, focused };
}
