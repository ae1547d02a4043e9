"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { applyCommand } from "@/app/_lib/present/control";
import type { Command } from "@/app/_lib/present/keys";
import { channelName, PresentLink, type PresentState } from "@/app/_lib/present/protocol";
import { stepIdOfHash } from "@/app/_lib/journey/stage";

type Journey = { slug: string; steps: readonly { id: string }[] };

// The step lives in the URL's hash: a reload stays on it, and the hash is the one place it is kept.
const MOVED = "clickpath:present-step";

function subscribeHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(MOVED, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(MOVED, onChange);
  };
}

function hashId(): string {
  return stepIdOfHash(window.location.hash) ?? "";
}

/** Puts a step in the URL without a history entry (stepping through a talk is not navigation). */
function writeHash(id: string) {
  if (hashId() === id) return;
  window.history.replaceState(window.history.state, "", `#${id}`);
  window.dispatchEvent(new Event(MOVED));
}

/**
 * The shared presentation state of one window (audience or console): the step comes from the
 * URL, the reveal and black screen from this window's state, and every change, made here or
 * arriving from another window over the BroadcastChannel, is applied to both.
 */
export function usePresentation(journey: Journey, role: "audience" | "console") {
  const { steps, slug } = journey;
  const total = steps.length;
  const found = useSyncExternalStore(
    subscribeHash,
    () => steps.findIndex((s) => s.id === hashId()),
    () => -1,
  );
  const step = Math.max(0, found);
  const [flags, setFlags] = useState({ revealed: false, blackout: false });
  const state: PresentState = { step, ...flags };
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  const link = useRef<PresentLink | null>(null);
  const [ready, setReady] = useState(false);

  const show = useCallback(
    (next: PresentState) => {
      current.current = next;
      const id = steps[next.step]?.id;
      if (id) writeHash(id);
      setFlags((f) => (f.revealed === next.revealed && f.blackout === next.blackout ? f : { revealed: next.revealed, blackout: next.blackout }));
    },
    [steps],
  );

  useEffect(() => {
    const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(channelName(slug)) : undefined;
    const id = `${role}-${Math.random().toString(36).slice(2, 10)}`;
    const l = new PresentLink(channel ?? { postMessage: () => {} }, slug, id, current.current, show, total);
    const onMessage = (e: MessageEvent) => l.receive(e.data);
    channel?.addEventListener("message", onMessage);
    link.current = l;
    l.hello();
    // Marks the window as listening (tests and the page's own hint wait for it).
    const t = window.setTimeout(() => setReady(true), 0);
    return () => {
      window.clearTimeout(t);
      channel?.removeEventListener("message", onMessage);
      channel?.close();
      link.current = null;
    };
  }, [slug, role, show, total]);

  // A hash edited by hand (or a link to a step) is a step taken here: tell the other windows.
  // Not the step the window opened on: a late window takes the room's step, not its URL's.
  const announced = useRef<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (announced.current === null) link.current?.opened(current.current);
    else if (announced.current !== step) link.current?.send(current.current);
    announced.current = step;
  }, [ready, step]);

  /** Applies a command here and tells the other windows. */
  const act = useCallback(
    (command: Command) => {
      const next = applyCommand(current.current, command, total);
      if (next === current.current) return;
      show(next);
      link.current?.send(next);
    },
    [total, show],
  );

  return { state, act, ready };
}
