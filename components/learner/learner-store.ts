"use client";
import { useSyncExternalStore } from "react";
import { emptyState, merge, STORAGE_KEYS, type LearnerState } from "@/app/_lib/learner/state";
import { decode, encode } from "@/app/_lib/learner/storage-codec";

/**
 * The learner's state in the browser: read from localStorage after hydration, written back on
 * every change, merged with other tabs' writes (storage events), and kept in memory when
 * storage is full or unavailable. Data that cannot be read is never overwritten before it has
 * been kept under the backup key.
 */
export type LearnerNotice =
  | { kind: "recovered"; message: string; backup: string }
  | { kind: "not-saved"; message: string };

type Snapshot = { state: LearnerState; loaded: boolean; notice: LearnerNotice | undefined };

const SERVER: Snapshot = { state: emptyState(0), loaded: false, notice: undefined };
let snapshot: Snapshot = SERVER;
let started = false;
/** False once a write has failed: from then on the state lives in memory only. */
let persistent = true;
const listeners = new Set<() => void>();

function publish(next: Partial<Snapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const l of listeners) l();
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function notSaved(reason: string) {
  persistent = false;
  if (snapshot.notice?.kind !== "not-saved") publish({ notice: { kind: "not-saved", message: `${reason} Your progress will not be saved after you leave this page.` } });
}

function start() {
  if (started || typeof window === "undefined") return;
  started = true;
  const store = storage();
  let text: string | null = null;
  try {
    text = store ? store.getItem(STORAGE_KEYS.state) : null;
    if (!store) throw new Error("no storage");
  } catch {
    publish({ state: emptyState(Date.now()), loaded: true });
    notSaved("This browser does not let the site keep data (storage is off or private).");
    return;
  }
  const read = decode(text);
  if (read.problem && read.backup !== undefined) {
    try {
      store.setItem(STORAGE_KEYS.backup, read.backup);
    } catch {
      // The backup cannot be kept, so the original must not be overwritten either.
      persistent = false;
    }
    publish({ state: read.state, loaded: true, notice: { kind: "recovered", message: read.problem, backup: read.backup } });
  } else {
    publish({ state: read.state, loaded: true });
  }
  window.addEventListener("storage", (e) => {
    if (e.key !== STORAGE_KEYS.state || e.newValue === null) return;
    const theirs = decode(e.newValue);
    if (theirs.problem) return;
    const merged = merge(snapshot.state, theirs.state);
    publish({ state: merged });
    // Tell the other tab what only this one knew; equal text ends the exchange.
    const text = encode(merged);
    if (text !== e.newValue) save(text);
  });
}

function save(text: string) {
  if (!persistent) return;
  try {
    storage()?.setItem(STORAGE_KEYS.state, text);
  } catch {
    notSaved("The browser's storage for this site is full or unavailable.");
  }
}

/** Applies a change to the learner's state and saves it. */
export function updateLearner(change: (state: LearnerState, now: number) => LearnerState): void {
  start();
  const next = change(snapshot.state, Date.now());
  if (next === snapshot.state) return;
  publish({ state: next });
  save(encode(next));
}

export function dismissLearnerNotice(): void {
  publish({ notice: undefined });
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  start();
  return () => listeners.delete(onChange);
}

/** The learner's state; empty on the server and during hydration, then what this browser keeps. */
export function useLearner(): Snapshot {
  return useSyncExternalStore(subscribe, () => snapshot, () => SERVER);
}
