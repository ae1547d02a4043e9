"use client";
import { useEffect } from "react";

/**
 * Marks the document (`<html data-hydrated>`) once React has taken over the page. Pages paint
 * before their scripts load (see app/_lib/build/paint-first.ts), so until then buttons are
 * painted but inert; the mark is how styles and tests tell the two moments apart.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
