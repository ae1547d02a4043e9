"use client";
import { useEffect, useState, type RefObject } from "react";

export type Frame = {
  /** Size in whole CSS pixels, so sub-pixel jitter does not re-render. */
  width: number;
  height: number;
  /** Whether `query` matched when the frame was last measured. */
  matches: boolean;
};

/**
 * An element's shape and a media query, measured together by one ResizeObserver so the first
 * measurement after hydration is a single re-render. `undefined` until measured (and on the server).
 * The query is re-read on every resize, which is when a breakpoint can change.
 */
export function useFrame(ref: RefObject<Element | null>, query: string): Frame | undefined {
  const [frame, setFrame] = useState<Frame | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const list = window.matchMedia(query);
    const measure = () => {
      const box = el.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height), matches: list.matches };
      setFrame((prev) => (prev && prev.width === next.width && prev.height === next.height && prev.matches === next.matches ? prev : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    list.addEventListener("change", measure);
    return () => {
      observer.disconnect();
      list.removeEventListener("change", measure);
    };
  }, [ref, query]);
  return frame;
}
