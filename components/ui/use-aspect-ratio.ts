"use client";
import { useEffect, useState, type RefObject } from "react";

/** Width ÷ height of an element, kept current with a ResizeObserver; `undefined` until measured. */
export function useAspectRatio(ref: RefObject<Element | null>): number | undefined {
  const [aspect, setAspect] = useState<number | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && box.height > 0) setAspect(Math.round((box.width / box.height) * 100) / 100);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return aspect;
}
