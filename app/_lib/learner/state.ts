/**
 * The learner's own state: steps seen, where they are in each journey, quiz answers, bookmarked
 * concept cards and their review schedule. Pure data and pure functions, apart from the browser:
 * every updater returns a new state (or the same one when nothing changes) and never mutates.
 * Times are epoch milliseconds, passed in as `now`, so everything here is testable and JSON-safe.
 */
import { State } from "ts-fsrs";
import * as z from "zod/mini";
import { ID_PATTERN, ID_RULE } from "../content/ids";
import { MAX_COUNT, MAX_ID, MAX_MILLIS, MAX_OPTIONS } from "./limits";
import { CURRENT_VERSION } from "./read";

// These schemas also run in the browser, under a CSP without 'unsafe-eval'. Zod's fast path
// probes `new Function`, which the CSP reports as a violation: parse without it.
z.config({ jitless: true });

// What the page reads without zod or ts-fsrs lives in read.ts, the updaters and merge in
// update.ts, reviews in review.ts; they are re-exported here so the whole model has one door.
export { active, bookmarkedIds, CURRENT_VERSION, dueCards, emptyState, isBookmarked, own, progressOf, STORAGE_KEYS, type DueCard, type Progress } from "./read";
export { encode, isId, markSeen, merge, recordAnswer, setCurrent, toggleBookmark } from "./update";
export { fromFsrsCard, reviewCard, toFsrsCard, type ReviewRating } from "./review";

// Journey slugs, step ids, quiz ids and concept ids all follow the content's id rule.
const Id = z.string().check(z.maxLength(MAX_ID, "is too long for an id"), z.regex(ID_PATTERN, ID_RULE));
const Millis = z.int().check(z.nonnegative(), z.maximum(MAX_MILLIS));
const Count = z.int().check(z.nonnegative(), z.maximum(MAX_COUNT));
const NonNegative = z.number().check(z.nonnegative(), z.maximum(MAX_COUNT));

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

/** An option or item of a quiz by its position as written (not as shown). */
const Position = z.int().check(z.nonnegative(), z.maximum(MAX_OPTIONS - 1));
const answerFields = { correct: z.boolean(), tries: z.int().check(z.positive(), z.maximum(MAX_COUNT)), at: Millis };
const Answer = z.strictObject({
  ...answerFields,
  /**
   * The latest attempt, to show a returning learner: the options chosen (a choice quiz) or the
   * order given (an ordering quiz), as written positions.
   */
  last: z.optional(z.array(Position).check(z.maxLength(MAX_OPTIONS))),
});
export type Answer = z.infer<typeof Answer>;

function journeyProgress<A extends z.ZodMiniType>(answer: A) {
  return z.strictObject({
    /** Step id → when it was first seen. */
    seen: z.record(Id, Millis),
    /** The step the learner was last on, and when. */
    current: z.optional(z.strictObject({ stepId: Id, at: Millis })),
    /** Quiz id → the latest answer. */
    answers: z.record(Id, answer),
  });
}
const JourneyProgress = journeyProgress(Answer);
export type JourneyProgress = z.infer<typeof JourneyProgress>;

/**
 * A bookmark is never deleted: removing it stamps `removed`, a tombstone, so that merging with an
 * older copy does not bring it back. It is active while `removed` is absent or older than `added`.
 */
const Bookmark = z.strictObject({ added: Millis, removed: z.optional(Millis) });
export type Bookmark = z.infer<typeof Bookmark>;

/** Version 3, the current shape. */
export const LearnerState = z.strictObject({
  version: z.literal(3),
  journeys: z.record(Id, JourneyProgress),
  bookmarks: z.record(Id, Bookmark),
  /** Concept id → its review card. */
  reviews: z.record(Id, SerializedCard),
  updatedAt: Millis,
});
export type LearnerState = z.infer<typeof LearnerState>;

/** Version 2: the same, but an answer kept no attempt. */
export const LearnerStateV2 = z.strictObject({
  ...LearnerState.shape,
  version: z.literal(2),
  journeys: z.record(Id, journeyProgress(z.strictObject(answerFields))),
});
export type LearnerStateV2 = z.infer<typeof LearnerStateV2>;

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
      answers: z.record(Id, z.strictObject({ correct: z.boolean(), tries: z.int().check(z.positive(), z.maximum(MAX_COUNT)) })),
    }),
  ),
  bookmarks: z.array(Id),
  updatedAt: Millis,
});
export type LearnerStateV1 = z.infer<typeof LearnerStateV1>;

/** The schema of every version this code can read, by version number. */
const VERSIONS = { 1: LearnerStateV1, 2: LearnerStateV2, 3: LearnerState } as const;



/**
 * Turns an older state into the current one. Version 1 kept no times, so everything it knew is
 * dated to its `updatedAt`, the best guess there is (and early, so merges favour newer data);
 * version 2 is version 3 with no attempts kept.
 */
export function migrate(old: LearnerStateV1 | LearnerStateV2): LearnerState {
  if (old.version === 2) return { ...old, version: CURRENT_VERSION };
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
    version: CURRENT_VERSION,
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
  if (version !== 1 && version !== 2 && version !== 3) {
    const found = version === undefined ? "it is missing" : `found ${JSON.stringify(version) ?? kindOf(version)}`;
    return { ok: false, newer: false, path: "version", message: `must be a known format version (1 to ${CURRENT_VERSION}); ${found}` };
  }
  const result = VERSIONS[version].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, newer: false, path: pathText(issue?.path ?? []), message: describeIssue(issue) };
  }
  const data = result.data;
  return data.version === CURRENT_VERSION ? { ok: true, state: data, from: data.version } : { ok: true, state: migrate(data), from: data.version };
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
