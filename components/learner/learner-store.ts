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
 * Nothing here weighs on a page's first load: changing the state, checking saved text (zod)
 * and scheduling reviews (ts-fsrs) each load in their own chunk when first needed. A first
 * visit with nothing saved loads none of them until the learner changes something.
 */
export type LearnerNotice =
  | { kind: "recovered"; message: string; backup: string }
  | { kind: "not-saved"; message: string };

type Snapshot = { state: LearnerState; loaded: boolean; notice: LearnerNotice | undefined };

/** A chunk loaded once, on first use; a failed load (offline, a deploy in between) is tried again next time. */
function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

// Three chunks, each loaded only when needed: the updaters (small) on the first change, the
// checker (zod) only when there is saved text to read, the scheduler (ts-fsrs) on the first review.
const updater = chunk(() => import("@/app/_lib/learner/actions"));
const checker = chunk(() => import("@/app/_lib/learner/storage-codec").then((c) => c.decode));
const scheduler = chunk(() => import("@/app/_lib/learner/review").then((r) => r.reviewCard));

const SERVER: Snapshot = { state: emptyState(0), loaded: false, notice: undefined };
let snapshot: Snapshot = SERVER;
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

/** Saved progress is newer than this tab: stop saving for good (until a reload) and say why. */
function olderThanSaved(message: string) {
  persistent = false;
  publish({ notice: { kind: "not-saved", message } });
}

function savedText(): { store: Storage; text: string | null } | undefined {
  const store = storage();
  try {
    if (store) return { store, text: store.getItem(STORAGE_KEYS.state) };
  } catch {
    // Reading throws when the browser blocks storage for this site.
  }
  return undefined;
}

let loading: Promise<void> | undefined;

/** Reads what this browser keeps, once; resolves when the state is in the snapshot. */
function start(): Promise<void> {
  return (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

async function load() {
  let saved = savedText();
  if (!saved) {
    publish({ state: emptyState(Date.now()), loaded: true });
    notSaved("This browser does not let the site keep data (storage is off or private).");
    return;
  }
  if (saved.text !== null && saved.text.trim() !== "") {
    const decode = await checker();
    // Read again: another tab may have written while the checker loaded.
    saved = savedText() ?? saved;
    const read = decode(saved.text);
    if (read.newer !== undefined) {
      // Saved by a newer Clickpath: this tab must never write over it.
      olderThanSaved(read.problem ?? "");
      publish({ state: read.state, loaded: true });
    } else if (read.problem && read.backup !== undefined) {
      try {
        saved.store.setItem(STORAGE_KEYS.backup, read.backup);
      } catch {
        // The backup cannot be kept, so the original must not be overwritten either.
        persistent = false;
      }
      publish({ state: read.state, loaded: true, notice: { kind: "recovered", message: read.problem, backup: read.backup } });
    } else {
      publish({ state: read.state, loaded: true });
    }
  } else {
    // Nothing saved yet (a first visit): no need to load the checker at all.
    publish({ state: emptyState(0), loaded: true });
  }
  window.addEventListener("storage", (ev) => {
    if (ev.key !== STORAGE_KEYS.state || ev.newValue === null) return;
    const text = ev.newValue;
    Promise.all([checker(), updater()]).then(
      ([decode, u]) => {
        const theirs = decode(text);
        // Another tab runs a newer Clickpath: from now on only it may save.
        if (theirs.newer !== undefined) return olderThanSaved(theirs.problem ?? "");
        if (theirs.problem) return;
        const merged = u.merge(snapshot.state, theirs.state);
        publish({ state: merged });
        // Tell the other tab what only this one knew; equal text ends the exchange.
        const out = u.encode(merged);
        if (out !== text) save(out);
      },
      () => notSaved("Part of the page could not be loaded."),
    );
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
  Promise.all([start(), updater(), action.type === "review" ? scheduler() : undefined]).then(
    ([, u, review]) => {
      const next = u.applyAction(snapshot.state, action, Date.now(), review);
      if (next === snapshot.state) return;
      publish({ state: next });
      save(u.encode(next));
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

/**
 * One thing from the learner's state. The component re-renders only when that thing changes,
 * not on every change (each step the reader sees is one): `select` returns a primitive or a
 * part of the state, which updates leave in place when they do not touch it.
 */
export function useLearnerSelect<T>(select: (s: Snapshot) => T): T {
  return useSyncExternalStore(subscribe, () => select(snapshot), () => select(SERVER));
}
