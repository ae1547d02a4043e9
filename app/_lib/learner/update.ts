/**
 * Changing the learner's state without zod or ts-fsrs: the updaters a page sends while it is read
 * (a step seen, a quiz answered, a bookmark toggled), the merge of two copies, and the text
 * they are saved as. The browser loads this small module on the first change; checking stored
 * text (zod) and scheduling reviews (ts-fsrs) load only when they are needed.
 */
import { isId as isContentId } from "../content/ids";
import { MAX_COUNT, MAX_ID, MAX_OPTIONS } from "./limits";
import { active, CURRENT_VERSION, own } from "./read";
import type { Answer, Bookmark, JourneyProgress, LearnerState, SerializedCard } from "./state";

/**
 * True for an id the schema accepts: the content's id rule (journey slugs, step, quiz and
 * concept ids all follow it), at most MAX_ID long. Updaters ignore any other, so what they write
 * always reads back.
 */
export function isId(value: string): boolean {
  return value.length <= MAX_ID && isContentId(value);
}

/** `now` as the schema keeps it: whole, non-negative milliseconds. */
export function stamp(now: number): number {
  return Number.isFinite(now) ? Math.max(0, Math.floor(now)) : 0;
}

function withJourney(state: LearnerState, slug: string, journey: JourneyProgress, now: number): LearnerState {
  return { ...state, journeys: { ...state.journeys, [slug]: journey }, updatedAt: Math.max(state.updatedAt, now) };
}

function journeyOf(state: LearnerState, slug: string): JourneyProgress {
  return own(state.journeys, slug) ?? { seen: {}, answers: {} };
}

/** Marks a step seen; the first time seen is kept, so seeing it again changes nothing. */
export function markSeen(state: LearnerState, slug: string, stepId: string, now: number): LearnerState {
  if (!isId(slug) || !isId(stepId)) return state;
  now = stamp(now);
  const journey = journeyOf(state, slug);
  if (own(journey.seen, stepId) !== undefined) return state;
  return withJourney(state, slug, { ...journey, seen: { ...journey.seen, [stepId]: now } }, now);
}

/** Records the step the learner is on; staying on the same step changes nothing. */
export function setCurrent(state: LearnerState, slug: string, stepId: string, now: number): LearnerState {
  if (!isId(slug) || !isId(stepId)) return state;
  now = stamp(now);
  const journey = journeyOf(state, slug);
  if (journey.current?.stepId === stepId) return state;
  return withJourney(state, slug, { ...journey, current: { stepId, at: now } }, now);
}

/** An attempt as the schema keeps it: whole written positions, within a quiz's size; else none. */
function attempt(chosen: readonly number[] | undefined): number[] | undefined {
  if (!chosen || chosen.length === 0 || chosen.length > MAX_OPTIONS) return undefined;
  return chosen.every((i) => Number.isInteger(i) && i >= 0 && i < MAX_OPTIONS) ? [...chosen] : undefined;
}

/**
 * Records an answer to a quiz: tries count up, once it has been answered right it stays right,
 * and the attempt (the options chosen, or the order given) replaces the one before.
 */
export function recordAnswer(state: LearnerState, slug: string, quizId: string, correct: boolean, now: number, chosen?: readonly number[]): LearnerState {
  if (!isId(slug) || !isId(quizId)) return state;
  now = stamp(now);
  const journey = journeyOf(state, slug);
  const before = own(journey.answers, quizId);
  const last = attempt(chosen);
  const answer: Answer = { correct: correct || (before?.correct ?? false), tries: Math.min(MAX_COUNT, (before?.tries ?? 0) + 1), at: now, ...(last ? { last } : {}) };
  return withJourney(state, slug, { ...journey, answers: { ...journey.answers, [quizId]: answer } }, now);
}




/**
 * Adds or removes a bookmark. Removing leaves a tombstone. The new stamp is never behind the
 * other one (two clicks in the same millisecond, or a clock set back), so a toggle always toggles.
 */
export function toggleBookmark(state: LearnerState, conceptId: string, now: number): LearnerState {
  if (!isId(conceptId)) return state;
  now = stamp(now);
  const before = own(state.bookmarks, conceptId);
  let next: Bookmark;
  if (before && active(before)) next = { added: before.added, removed: Math.max(now, before.added) };
  else if (before?.removed !== undefined) next = { added: Math.max(now, before.removed + 1), removed: before.removed };
  else next = { added: now };
  return { ...state, bookmarks: { ...state.bookmarks, [conceptId]: next }, updatedAt: Math.max(state.updatedAt, now) };
}

/* ---------- merge ---------- */

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merges two records key by key (keys sorted, so the result does not depend on the order of a and b). */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText)) {
    const x = own(a, key);
    const y = own(b, key);
    const value = x !== undefined && y !== undefined ? both(x, y) : (x ?? y);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function laterCurrent(x: JourneyProgress["current"], y: JourneyProgress["current"]): JourneyProgress["current"] {
  if (!x || !y) return x ?? y;
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return compareText(x.stepId, y.stepId) >= 0 ? x : y;
}

function mergeJourney(x: JourneyProgress, y: JourneyProgress): JourneyProgress {
  const current = laterCurrent(x.current, y.current);
  return {
    seen: mergeRecords(x.seen, y.seen, Math.min),
    ...(current ? { current } : {}),
    answers: mergeRecords(x.answers, y.answers, mergeAnswer),
  };
}

/** The attempt of the later answer; at the same time, a fixed choice keeps merge commutative. */
function mergeAnswer(p: Answer, q: Answer): Answer {
  const later = p.at !== q.at ? (p.at > q.at ? p : q) : compareText(JSON.stringify(p.last ?? []), JSON.stringify(q.last ?? [])) >= 0 ? p : q;
  return { correct: p.correct || q.correct, tries: Math.max(p.tries, q.tries), at: Math.max(p.at, q.at), ...(later.last ? { last: later.last } : {}) };
}

function mergeBookmark(x: Bookmark, y: Bookmark): Bookmark {
  const removed = x.removed === undefined ? y.removed : y.removed === undefined ? x.removed : Math.max(x.removed, y.removed);
  return { added: Math.max(x.added, y.added), ...(removed === undefined ? {} : { removed }) };
}

/** A total order on cards: the one reviewed last wins; ties fall to the more reviewed, then later due, then the text. */
function laterCard(x: SerializedCard, y: SerializedCard): SerializedCard {
  const keys = (c: SerializedCard) => [c.last_review ?? -1, c.reps, c.due];
  const kx = keys(x);
  const ky = keys(y);
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i]) return (kx[i] ?? 0) > (ky[i] ?? 0) ? x : y;
  // Same review, different numbers (edited by hand?): any fixed choice keeps merge commutative.
  const text = (c: SerializedCard) =>
    JSON.stringify([c.stability, c.difficulty, c.elapsed_days, c.scheduled_days, c.learning_steps, c.lapses, c.state]);
  return compareText(text(x), text(y)) >= 0 ? x : y;
}

/**
 * Merges two states (two tabs, or an import): seen steps are united keeping the earliest time;
 * the later `current` wins; an answer keeps the latest time, the most tries, the later attempt, and is correct if
 * either was; bookmarks keep the later `added` and the later `removed`; a review card keeps the
 * copy reviewed last. Commutative, associative and idempotent, so copies converge whatever order
 * they meet in; keys come out sorted, so equal states encode to equal text.
 */
export function merge(a: LearnerState, b: LearnerState): LearnerState {
  return {
    version: CURRENT_VERSION,
    journeys: mergeRecords(a.journeys, b.journeys, mergeJourney),
    bookmarks: mergeRecords(a.bookmarks, b.bookmarks, mergeBookmark),
    reviews: mergeRecords(a.reviews, b.reviews, laterCard),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

/* ---------- text ---------- */

/** Rebuilds plain objects with their keys sorted, so equal states always give equal text. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v: unknown = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}

/** The state as the text localStorage keeps: compact, keys sorted (equal states, equal text). */
export function encode(state: LearnerState): string {
  return JSON.stringify(canonical(state));
}
