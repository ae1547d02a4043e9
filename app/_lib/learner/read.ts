/**
 * The learner's state as the page reads it: keys, the empty state and small queries, with no
 * zod or ts-fsrs, so reading costs the first load nothing. Changing the state (and checking
 * it) lives in state.ts and storage-codec.ts, which the browser loads after the page is up.
 */
import type { Bookmark, LearnerState } from "./state";

/** Every localStorage key the app uses, in one place. */
export const STORAGE_KEYS = {
  /** The learner's state, as written by `encode`. */
  state: "clickpath:learner",
  /** Saved text that could not be read, kept before anything overwrites it. */
  backup: "clickpath:learner:backup",
} as const;

export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The format this build writes; state.ts reads it and every older one. */
export const CURRENT_VERSION = 3;

export function emptyState(now: number): LearnerState {
  return { version: CURRENT_VERSION, journeys: {}, bookmarks: {}, reviews: {}, updatedAt: now };
}

/** A bookmark is active when it was added after it was last removed. */
export function active(b: Bookmark | undefined): boolean {
  return b !== undefined && (b.removed === undefined || b.removed < b.added);
}

export function isBookmarked(state: LearnerState, conceptId: string): boolean {
  return active(own(state.bookmarks, conceptId));
}

/** Concept ids bookmarked now, in the order they were added. */
export function bookmarkedIds(state: LearnerState): string[] {
  return Object.entries(state.bookmarks)
    .filter(([, b]) => active(b))
    .sort(([ia, a], [ib, b]) => a.added - b.added || (ia < ib ? -1 : ia > ib ? 1 : 0))
    .map(([id]) => id);
}

export type Progress = { seen: number; total: number; percent: number };

export function progressOf(state: LearnerState, slug: string, stepIds: readonly string[]): Progress {
  const seen = own(state.journeys, slug)?.seen ?? {};
  const ids = [...new Set(stepIds)];
  const count = ids.filter((id) => own(seen, id) !== undefined).length;
  return { seen: count, total: ids.length, percent: ids.length === 0 ? 0 : Math.floor((count / ids.length) * 100) };
}

export type DueCard = { id: string; due: number; /** False for a bookmark never reviewed yet. */ reviewed: boolean };

/**
 * Bookmarked cards due for review at `now`, soonest first. A bookmark never reviewed is due from
 * the moment it was added. Reviews of cards no longer bookmarked are kept but not asked.
 */
export function dueCards(state: LearnerState, now: number): DueCard[] {
  return bookmarkedIds(state)
    .map((id): DueCard => {
      const review = own(state.reviews, id);
      return review ? { id, due: review.due, reviewed: true } : { id, due: own(state.bookmarks, id)?.added ?? now, reviewed: false };
    })
    .filter((c) => !c.reviewed || c.due <= now)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
