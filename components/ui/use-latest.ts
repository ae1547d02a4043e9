"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * What the latest render passed, in a ref: for a listener added once (to the window, a timer,
 * the router) that must still call the function this render made. Updated in a layout effect,
 * so it is current before any effect, timer or event of the next commit reads it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
