"use client";
import { useSyncExternalStore } from "react";
import type { LearnerAction } from "@/app/_lib/learner/actions";
import { emptyState, STORAGE_KEYS } from "@/app/_lib/learner/read";
import type { LearnerState } from "@/app/_lib/learner/state";

/**
 * The learner's state in the browser: read from localStorage after the page is up, written
 * back on every change, merged with other tabs' writes (storage events), and kept in memory
 * when storage is full or unavailable. Data that cannot be read is never overwritten before it
 * has been kept under the backup key.
 *
 * Checking and changing the state needs zod and ts-fsrs; they load in their own chunk when
 * the store starts, so they never weigh on a page's first load. Actions sent before that wait.
 */
export type LearnerNotice =
  | { kind: "recovered"; message: string; backup: string }
  | { kind: "not-saved"; message: string };

type Snapshot = { state: LearnerState; loaded: boolean; notice: LearnerNotice | undefined };
type Engine = {
  applyAction: typeof import("@/app/_lib/learner/actions").applyAction;
  decode: typeof import("@/app/_lib/learner/storage-codec").decode;
  encode: typeof import("@/app/_lib/learner/storage-codec").encode;
  merge: typeof import("@/app/_lib/learner/state").merge;
};

const SERVER: Snapshot = { state: emptyState(0), loaded: false, notice: undefined };
let snapshot: Snapshot = SERVER;
let engine: Promise<Engine> | undefined;
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

function start(): Promise<Engine> {
  engine ??= Promise.all([import("@/app/_lib/learner/actions"), import("@/app/_lib/learner/storage-codec"), import("@/app/_lib/learner/state")]).then(
    ([actions, codec, state]) => {
      const e: Engine = { applyAction: actions.applyAction, decode: codec.decode, encode: codec.encode, merge: state.merge };
      load(e);
      return e;
    },
    (error: unknown) => {
      // The chunk did not load (offline, a deploy in between): try again on the next action.
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

function load(e: Engine) {
  const store = storage();
  let text: string | null = null;
  try {
    if (!store) throw new Error("no storage");
    text = store.getItem(STORAGE_KEYS.state);
  } catch {
    publish({ state: emptyState(Date.now()), loaded: true });
    notSaved("This browser does not let the site keep data (storage is off or private).");
    return;
  }
  const read = e.decode(text);
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
  window.addEventListener("storage", (ev) => {
    if (ev.key !== STORAGE_KEYS.state || ev.newValue === null) return;
    const theirs = e.decode(ev.newValue);
    if (theirs.problem) return;
    const merged = e.merge(snapshot.state, theirs.state);
    publish({ state: merged });
    // Tell the other tab what only this one knew; equal text ends the exchange.
    const out = e.encode(merged);
    if (out !== ev.newValue) save(out);
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

/** Asks for a change to the learner's state; it is applied and saved once the store is up. */
export function dispatchLearner(action: LearnerAction): void {
  start().then(
    (e) => {
      const next = e.applyAction(snapshot.state, action, Date.now());
      if (next === snapshot.state) return;
      publish({ state: next });
      save(e.encode(next));
    },
    () => notSaved("Part of the page could not be loaded."),
  );
}

export function dismissLearnerNotice(): void {
  publish({ notice: undefined });
}

let scheduled = false;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Start once the page is idle, so reading storage never competes with hydration; one start
  // serves every subscriber on the page.
  if (!scheduled) {
    scheduled = true;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => start().catch(() => notSaved("Part of the page could not be loaded.")));
  }
  return () => listeners.delete(onChange);
}

/** The learner's state; empty on the server and during hydration, then what this browser keeps. */
export function useLearner(): Snapshot {
  return useSyncExternalStore(subscribe, () => snapshot, () => SERVER);
}
