"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { SystemMap } from "@/app/_lib/content/schema";
import type { StageStep } from "@/app/_lib/journey/stage";
import type { VariationChange } from "@/app/_lib/journey/variations";

/**
 * What islands in the narration (the trace waterfall) share with the reader: the journey as the
 * reader's variations make it, and the way to change them. It changes only when a toggle does,
 * never with the step, so the narration is not searched for consumers on every step.
 */
export type JourneyView = {
  /** The journey's title. */
  title: string;
  /** What the request the journey follows is called, inside a sentence. */
  requestName: string;
  map: SystemMap;
  /** The steps with the active variations applied. */
  steps: readonly StageStep[];
  clockBase: number;
  variations: readonly VariationChange[];
  active: readonly string[];
  /** What each variation alone does to the total time (negative: it saves time). */
  deltas: Readonly<Record<string, number>>;
  toggle: (id: string, on: boolean) => void;
  goTo: (index: number) => void;
};

const Context = createContext<JourneyView | null>(null);

export function JourneyViewProvider({ value, children }: { value: JourneyView; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The reader's view of the journey; null outside a reader (the print version, say). */
export function useJourneyView(): JourneyView | null {
  return useContext(Context);
}
