/**
 * Bounds on every number the learner's state keeps: far past any real value, far below where
 * arithmetic breaks. The schema refuses more; the updaters never count past them. (No zod here:
 * the updaters import it, and they load without the schema.)
 */
export const MAX_MILLIS = 8.64e15; // the latest time a Date can hold
export const MAX_COUNT = 1_000_000;
/** A quiz has at most this many options or items (the content schema says so too). */
export const MAX_OPTIONS = 8;
/** The longest id the state keeps: the schema refuses a longer one, and the updaters ignore it. */
export const MAX_ID = 200;
