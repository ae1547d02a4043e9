"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The caller's class (a CSS Module's `styles.x`, which TypeScript reads as possibly undefined). */
  className: string | undefined;
  /** Names the menu for styles and tests (`data-menu`). Default: none. */
  menu?: string;
  summary: ReactNode;
  /** Called each time it opens (to load its prose, say). */
  onOpen?: (() => void) | undefined;
  /** What it holds until a script renders the rest (a link that does the same job). Default: nothing. */
  fallback?: ReactNode;
  /** Rendered only while open. */
  children: ReactNode;
};

/**
 * A drop-down whose panel is rendered when it opens, not shipped closed in every page's HTML.
 * For panels a script drives (the stage's tools) or that a script can replace with something
 * better than their fallback (the chapter menu). Opened before the script ran, it fills in as
 * soon as it can.
 */
export function LazyDetails({ className, menu, summary, onOpen, fallback = null, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    // Opened before hydration: the toggle event has passed, so send it again.
    if (ref.current?.open) ref.current.dispatchEvent(new Event("toggle"));
  }, []);
  return (
    <details
      ref={ref}
      className={className}
      data-menu={menu}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        if (now) onOpen?.();
      }}
    >
      <summary>{summary}</summary>
      {open ? children : fallback}
    </details>
  );
}
