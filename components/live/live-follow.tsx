"use client";
import { lazyComponent } from "@/components/ui/lazy-component";
import { useSyncExternalStore } from "react";
import { JOINED_KEY, readJoined } from "@/app/_lib/live/joined";

// The bar and its stream load only in a tab that has joined a session.
const LiveBar = lazyComponent(() => import("./live-bar").then((m) => m.LiveBar));

function joinedText(): string | null {
  try {
    return window.sessionStorage.getItem(JOINED_KEY);
  } catch {
    // Storage blocked: this tab cannot have joined.
    return null;
  }
}

const never = () => () => {};

type Props = {
  slug: string;
  /** The step the reader shows, as a main-line index; undefined on a fork's page. */
  index: number | undefined;
  /** Moves the reader to a main-line step (on this page or another); undefined on a fork's page. */
  goTo: ((index: number) => void) | undefined;
};

/** The live session's bar, in a reader whose tab joined a session of this journey; nothing otherwise. */
export function LiveFollow({ slug, index, goTo }: Props) {
  const joined = readJoined(useSyncExternalStore(never, joinedText, () => null));
  return joined && joined.journey === slug ? <LiveBar joined={joined} index={index} goTo={goTo} /> : null;
}
