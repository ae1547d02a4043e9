/**
 * The learner's own state: steps seen, where they are in each journey, quiz answers, bookmarked
 * concept cards and their review schedule. Pure data and pure functions, apart from the browser:
 * every updater returns a new state (or the same one when nothing changes) and never mutates.
 * Times are epoch milliseconds, passed in as `now`, so everything here is testable and JSON-safe.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import * as z from "zod/mini";

// These schemas also run in the browser, under a CSP without 'unsafe-eval'. Zod's fast path
// probes `new Function`, which the CSP reports as a violation: parse without it.
z.config({ jitless: true });

// What the page reads without zod or ts-fsrs lives in read.ts; it is re-exported here.
export { active, bookmarkedIds, dueCards, emptyState, isBookmarked, own, progressOf, STORAGE_KEYS, type DueCard, type Progress } from "./read";
import { active, own } from "./read";


export const CURRENT_VERSION = 2;

// Journey slugs, step ids, quiz ids and concept ids all follow the content's id rule.
const Id = z.string().check(z.maxLength(200, "is too long for an id"), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by '-'"));
const Millis = z.int().check(z.nonnegative());
const Count = z.int().check(z.nonnegative());
const NonNegative = z.number().check(z.nonnegative());

/** A ts-fsrs card, JSON-safe: the same fields, with dates as epoch milliseconds. */
export const SerializedCard = z.strictObject({
  due: Millis,
  stability: NonNegative,
  difficulty: NonNegative,
  elapsed_days: NonNegative,
  scheduled_days: NonNegative,
  learning_steps: Count,
  reps: Count,
  lapses: Count,
  state: z.enum(State),
  last_review: z.optional(Millis),
});
export type SerializedCard = z.infer<typeof SerializedCard>;

const Answer = z.strictObject({ correct: z.boolean(), tries: z.int().check(z.positive()), at: Millis });
export type Answer = z.infer<typeof Answer>;

const JourneyProgress = z.strictObject({
  /** Step id → when it was first seen. */
  seen: z.record(Id, Millis),
  /** The step the learner was last on, and when. */
  current: z.optional(z.strictObject({ stepId: Id, at: Millis })),
  /** Quiz id → the latest answer. */
  answers: z.record(Id, Answer),
});
export type JourneyProgress = z.infer<typeof JourneyProgress>;

/**
 * A bookmark is never deleted: removing it stamps `removed`, a tombstone, so that merging with an
 * older copy does not bring it back. It is active while `removed` is absent or older than `added`.
 */
const Bookmark = z.strictObject({ added: Millis, removed: z.optional(Millis) });
export type Bookmark = z.infer<typeof Bookmark>;

/** Version 2, the current shape. */
export const LearnerState = z.strictObject({
  version: z.literal(2),
  journeys: z.record(Id, JourneyProgress),
  bookmarks: z.record(Id, Bookmark),
  /** Concept id → its review card. */
  reviews: z.record(Id, SerializedCard),
  updatedAt: Millis,
});
export type LearnerState = z.infer<typeof LearnerState>;

/**
 * Version 1, as first shipped: seen steps as a plain list without times, the current step as a
 * bare id, answers without times, bookmarks as a list of ids, and no review data.
 */
export const LearnerStateV1 = z.strictObject({
  version: z.literal(1),
  journeys: z.record(
    Id,
    z.strictObject({
      seen: z.array(Id),
      current: z.optional(Id),
      answers: z.record(Id, z.strictObject({ correct: z.boolean(), tries: z.int().check(z.positive()) })),
    }),
  ),
  bookmarks: z.array(Id),
  updatedAt: Millis,
});
export type LearnerStateV1 = z.infer<typeof LearnerStateV1>;

/** True for an id the schema accepts. Updaters ignore any other, so what they write always reads back. */
export function isId(value: string): boolean {
  return Id.safeParse(value).success;
}

/** `now` as the schema keeps it: whole, non-negative milliseconds. */
function stamp(now: number): number {
  return Number.isFinite(now) ? Math.max(0, Math.floor(now)) : 0;
}

/** The schema of every version this code can read, by version number. */
const VERSIONS = { 1: LearnerStateV1, 2: LearnerState } as const;

/** Own property of a record, never one inherited from Object.prototype ("constructor" and friends). */


/**
 * Turns a version 1 state into version 2. Version 1 kept no times, so everything it knew is
 * dated to its `updatedAt`, the best guess there is (and early, so merges favour newer data).
 */
export function migrate(old: LearnerStateV1): LearnerState {
  const at = old.updatedAt;
  const journeys: Record<string, JourneyProgress> = {};
  for (const [slug, j] of Object.entries(old.journeys)) {
    const answers: Record<string, Answer> = {};
    for (const [quizId, a] of Object.entries(j.answers)) answers[quizId] = { correct: a.correct, tries: a.tries, at };
    journeys[slug] = {
      seen: Object.fromEntries(j.seen.map((stepId) => [stepId, at])),
      ...(j.current === undefined ? {} : { current: { stepId: j.current, at } }),
      answers,
    };
  }
  return {
    version: 2,
    journeys,
    bookmarks: Object.fromEntries(old.bookmarks.map((id) => [id, { added: at }])),
    reviews: {},
    updatedAt: at,
  };
}

export type ReadState =
  | { ok: true; state: LearnerState; /** The version it was stored in (migrated when older). */ from: number }
  | { ok: false; newer: true; version: number }
  | { ok: false; newer: false; /** The first failing path and what is wrong there. */ path: string; message: string };

/** "journeys.dns.seen" from a zod path; array items as "[2]". */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

/** Reads a parsed value as learner state of any known version, migrating older ones. */
export function parseLearnerState(value: unknown): ReadState {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, newer: false, path: "", message: `expected an object, found ${kindOf(value)}` };
  }
  const version: unknown = (value as { version?: unknown }).version;
  if (typeof version === "number" && Number.isInteger(version) && version > CURRENT_VERSION) {
    return { ok: false, newer: true, version };
  }
  if (version !== 1 && version !== 2) {
    const found = version === undefined ? "it is missing" : `found ${JSON.stringify(version) ?? kindOf(version)}`;
    return { ok: false, newer: false, path: "version", message: `must be a known format version (1 to ${CURRENT_VERSION}); ${found}` };
  }
  const result = VERSIONS[version].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, newer: false, path: pathText(issue?.path ?? []), message: describeIssue(issue) };
  }
  const data = result.data;
  return data.version === 1 ? { ok: true, state: migrate(data), from: 1 } : { ok: true, state: data, from: 2 };
}

/**
 * A plain sentence for a schema issue. The browser loads zod's small build (zod/mini), which
 * carries no message catalogue, so the common cases are worded here.
 */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "is not valid";
  switch (issue.code) {
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    default:
      return issue.message;
  }
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

/** Records an answer to a quiz: tries count up, and once it has been answered right it stays right. */
export function recordAnswer(state: LearnerState, slug: string, quizId: string, correct: boolean, now: number): LearnerState {
  if (!isId(slug) || !isId(quizId)) return state;
  now = stamp(now);
  const journey = journeyOf(state, slug);
  const before = own(journey.answers, quizId);
  const answer: Answer = { correct: correct || (before?.correct ?? false), tries: (before?.tries ?? 0) + 1, at: now };
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

/** Again, Hard, Good, Easy: the four answers a review can get. */
export type ReviewRating = 1 | 2 | 3 | 4;
const GRADES: Record<ReviewRating, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

// Default FSRS parameters, no fuzz: the same review always gives the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

export function toFsrsCard(card: SerializedCard): Card {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: new Date(due), ...(last_review === undefined ? {} : { last_review: new Date(last_review) }) };
}

export function fromFsrsCard(card: Card): SerializedCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review === undefined ? {} : { last_review: card.last_review.getTime() }),
  };
}

/** Reviews a concept card with FSRS; a card never reviewed before starts as a new one. */
export function reviewCard(state: LearnerState, conceptId: string, rating: ReviewRating, now: number): LearnerState {
  const grade = GRADES[rating];
  if (grade === undefined || !isId(conceptId)) return state;
  now = stamp(now);
  const before = own(state.reviews, conceptId);
  const card = before ? toFsrsCard(before) : createEmptyCard(new Date(now));
  const { card: after } = scheduler.next(card, new Date(now), grade);
  return { ...state, reviews: { ...state.reviews, [conceptId]: fromFsrsCard(after) }, updatedAt: Math.max(state.updatedAt, now) };
}



/**
 * How far through a journey the learner is, over the steps it has now (`stepIds`); steps seen
 * once but since removed from the journey do not count. The percent rounds down, so 100 means done.
 */

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
    answers: mergeRecords(x.answers, y.answers, (p, q) => ({ correct: p.correct || q.correct, tries: Math.max(p.tries, q.tries), at: Math.max(p.at, q.at) })),
  };
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
 * the later `current` wins; an answer keeps the latest time, the most tries, and is correct if
 * either was; bookmarks keep the later `added` and the later `removed`; a review card keeps the
 * copy reviewed last. Commutative, associative and idempotent, so copies converge whatever order
 * they meet in; keys come out sorted, so equal states encode to equal text.
 */
export function merge(a: LearnerState, b: LearnerState): LearnerState {
  return {
    version: 2,
    journeys: mergeRecords(a.journeys, b.journeys, mergeJourney),
    bookmarks: mergeRecords(a.bookmarks, b.bookmarks, mergeBookmark),
    reviews: mergeRecords(a.reviews, b.reviews, laterCard),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}
