/**
 * Bounds on a live session, written once: what the codes, the messages, the session and the
 * store refuse past. No zod and no node here, so the browser can read them too (the join form's
 * name field, say). Each says why it is the size it is.
 */

/** A join code's characters: 7 from an alphabet of 32 make 35 bits, past the 30 a guess must beat. */
export const CODE_LENGTH = 7;
/** Instructor secrets hold this many random bytes: 256 bits, far past the 128 needed. */
export const SECRET_BYTES = 32;
/** A participant's id is a bearer token for answering: 128 random bits, so no one can answer for another. */
export const PARTICIPANT_ID_BYTES = 16;

/** A display name, counted in characters as a person sees them, after spaces are trimmed. */
export const MAX_NAME = 40;
/** The largest body a client may POST. The biggest real one, an answer, is well under 300 bytes. */
export const MAX_BODY_BYTES = 4096;
/** A quiz has at most this many options or items (the content schema says eight too). */
export const MAX_OPTIONS = 8;
/** The fewest options a quiz can have (two choices; an ordering needs three, and the session checks the kind). */
export const MIN_OPTIONS = 2;
/** A journey with more steps than this is not a journey to present. */
export const MAX_STEPS = 10_000;

/**
 * People in one session. A 1,000-seat hall must fit with room to spare: some learners join on
 * two devices, and a cleared browser joins again.
 */
export const MAX_PARTICIPANTS = 2_000;
/** Open event streams on one session: every participant plus a few consoles and screens. */
export const MAX_STREAMS = MAX_PARTICIPANTS + 20;
/** Open event streams on one machine, all sessions together: each holds a connection open. */
export const MAX_ALL_STREAMS = 10_000;
/**
 * Sessions one machine keeps. A full session holds about 0.5 MB (names, answers, tallies), so
 * the worst case stays near 100 MB; a real one holds a class or two at a time.
 */
export const MAX_SESSIONS = 200;

/** Events a session keeps for a reconnecting client; one further behind gets a snapshot instead. */
export const RECENT_EVENTS = 128;

const MINUTE = 60_000;
/** A session nobody has touched for this long ends: long enough for a lunch break. */
export const IDLE_MS = 120 * MINUTE;
/** No session lives longer than a long teaching day, however busy. */
export const MAX_AGE_MS = 12 * 60 * MINUTE;
/** An ended session is kept this long, so a client that reconnects learns it ended. */
export const ENDED_KEEP_MS = 10 * MINUTE;

/**
 * Failed join attempts (a wrong or malformed code) from one address: a burst of 10, then one
 * every 6 seconds. Only failures are counted, so a class behind one school address can all
 * join at once; a guesser gets 10 a minute, against 2^35 codes.
 */
export const JOIN_FAILURES = { capacity: 10, refillMs: 6_000 } as const;
/** Addresses the join limiter remembers; the one unseen for longest is forgotten first. */
export const MAX_RATE_KEYS = 10_000;
