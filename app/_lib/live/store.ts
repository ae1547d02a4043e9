/**
 * Where live sessions are kept and how their events reach the streams that follow them. The
 * store is an interface of async methods, so one kept in Redis can follow; `memoryStore` is the
 * one for a single machine: a Map of sessions and a set of listeners per session, in this
 * process only. Time and randomness are passed in.
 */
import { hashSecret, newJoinCode, newSecret, type RandomBytes } from "./codes";
import { reaches, type Audience, type LiveEvent, type ServerNotice } from "./events";
import { ENDED_KEEP_MS, IDLE_MS, MAX_AGE_MS, MAX_ALL_STREAMS, MAX_SESSIONS, MAX_STREAMS } from "./limits";
import { apply, eventsSince, newSession, type Applied, type LiveAction, type LiveSnapshot, type LiveState } from "./session";

/** Refusals only the store makes: no such session, no room for another, no room for another stream. */
export type StoreRefusal = { code: "unknown-session" | "too-many-sessions" | "too-many-streams"; message: string };

/** A new session's code, the secret (given out this once) and state; or why there is none. */
export type Created = { ok: true; code: string; secret: string; state: LiveState } | { ok: false; refusal: StoreRefusal };
/** What `update` gives: the reducer's answer, or the store's refusal. */
export type Updated = Applied | { ok: false; refusal: StoreRefusal };
/** A subscription's way to end it, or why there is none. */
export type Subscribed = { ok: true; unsubscribe: () => void } | { ok: false; refusal: StoreRefusal };
/** Called with each event a session publishes, in order. */
export type Listener = (event: LiveEvent) => void;
/** Called when the store itself cannot be reached, and again once it can (see ServerNotice). */
export type NoticeListener = (notice: ServerNotice) => void;

/**
 * Thrown by a store that cannot reach where the sessions are kept (Redis away, or too slow to
 * answer in time): the handlers answer 503 with its message rather than a 500.
 */
export class StoreUnavailable extends Error {
  constructor(message = "the live sessions cannot be reached just now: try again in a few seconds") {
    super(message);
    this.name = "StoreUnavailable";
  }
}

/** Where sessions live. Every method is async, so a store across machines (Redis) fits the same shape. */
export interface LiveStore {
  /**
   * Starts a session of `journey` (with `stepCount` steps) under a new join code. The secret is
   * returned here only, once, for the instructor: the store keeps its hash.
   */
  create(init: { journey: string; stepCount: number }): Promise<Created>;
  /** The session under `code`, unless there is none or it has expired. */
  get(code: string): Promise<LiveState | undefined>;
  /**
   * Applies `action` to the session with the reducer, as one step no other update of that
   * session can come between, keeps the new state and publishes its events to the listeners.
   */
  update(code: string, action: LiveAction): Promise<Updated>;
  /**
   * Calls `listener` with every event the session publishes from now on, until unsubscribed;
   * `onNotice`, if given, hears when the store cannot be reached and when it can again (a
   * memory store never says either).
   */
  subscribe(code: string, listener: Listener, onNotice?: NoticeListener): Promise<Subscribed>;
  /** Ends sessions idle for IDLE_MS or older than MAX_AGE_MS (telling their listeners), and forgets ended ones; gives their codes. */
  expire(): Promise<string[]>;
  /** How many sessions are kept. */
  size(): Promise<number>;
}

export const unknown: StoreRefusal = { code: "unknown-session", message: "there is no live session with this code: it may have ended" };

/** The refusal when as many sessions are kept as the server can hold. */
export const sessionsFull: StoreRefusal = { code: "too-many-sessions", message: `the server is running ${MAX_SESSIONS} live sessions, as many as it can: try again later` };

/** The refusal of one more stream, when a session (`session` open) or the machine (`all` open) has as many as it can hold. */
export function streamsFull(session: number, all: number): StoreRefusal | undefined {
  if (session >= MAX_STREAMS) return { code: "too-many-streams", message: `this session already has ${MAX_STREAMS} open streams` };
  if (all >= MAX_ALL_STREAMS) return { code: "too-many-streams", message: `the server already has ${MAX_ALL_STREAMS} open streams: try again later` };
  return undefined;
}

/** Whether a session is past its time: idle or too old (to end), or ended long enough ago (to forget). */
export function due(state: LiveState, now: number): "end" | "forget" | undefined {
  if (state.ended) return now - state.lastActive >= ENDED_KEEP_MS ? "forget" : undefined;
  return now - state.lastActive >= IDLE_MS || now - state.created >= MAX_AGE_MS ? "end" : undefined;
}

/** A store in this process's memory, for one machine. */
export function memoryStore(options: { now: () => number; random: RandomBytes }): LiveStore {
  const { now, random } = options;
  const sessions = new Map<string, LiveState>();
  const listeners = new Map<string, Set<Listener>>();

  function publish(code: string, events: readonly LiveEvent[]): void {
    const set = listeners.get(code);
    if (!set) return;
    for (const event of events) {
      for (const listener of [...set]) {
        // One broken stream must not keep the event from the others: it is dropped instead.
        try {
          listener(event);
        } catch {
          set.delete(listener);
        }
      }
    }
  }

  /** Ends or forgets the session under `code` if it is due; whether it is gone. */
  function sweep(code: string, state: LiveState): boolean {
    const what = due(state, now());
    if (what === "end") {
      const ended = apply(state, { type: "expire" }, now());
      if (ended.ok) publish(code, ended.events);
    }
    if (what === undefined) return false;
    sessions.delete(code);
    listeners.delete(code);
    return true;
  }

  /** The session under `code`, unless it is gone or has just expired. */
  function live(code: string): LiveState | undefined {
    const state = sessions.get(code);
    return state && !sweep(code, state) ? state : undefined;
  }

  const store: LiveStore = {
    async create({ journey, stepCount }) {
      await store.expire();
      if (sessions.size >= MAX_SESSIONS) return { ok: false, refusal: sessionsFull };
      let code = newJoinCode(random);
      // 35 bits against at most a few hundred codes: a clash is rare, and a second one rarer still.
      while (sessions.has(code)) code = newJoinCode(random);
      const secret = newSecret(random);
      const state = newSession({ code, secretHash: hashSecret(secret), journey, stepCount }, now());
      sessions.set(code, state);
      return { ok: true, code, secret, state };
    },
    async get(code) {
      return live(code);
    },
    async update(code, action) {
      const state = live(code);
      if (!state) return { ok: false, refusal: unknown };
      const result = apply(state, action, now());
      if (!result.ok) return result;
      sessions.set(code, result.state);
      publish(code, result.events);
      return result;
    },
    async subscribe(code, listener) {
      if (!live(code)) return { ok: false, refusal: unknown };
      const set = listeners.get(code) ?? new Set<Listener>();
      const full = streamsFull(set.size, [...listeners.values()].reduce((n, s) => n + s.size, 0));
      if (full) return { ok: false, refusal: full };
      set.add(listener);
      listeners.set(code, set);
      return { ok: true, unsubscribe: () => void set.delete(listener) };
    },
    async expire() {
      return [...sessions].flatMap(([code, state]) => (sweep(code, state) ? [code] : []));
    },
    async size() {
      return sessions.size;
    },
  };
  return store;
}

/** What a stream sends: a snapshot to start from, an event, or a word about the server. */
export type StreamItem = LiveSnapshot | LiveEvent | ServerNotice;

/**
 * Connects a stream for `audience` to the session under `code`, for any store: it subscribes
 * first, then sends what the client missed since `lastSeq` (its Last-Event-ID; a snapshot when
 * that is too old or absent), then every later event for `audience`. Events published in
 * between are held and sent after, and an event already covered is never sent twice. Notices
 * about the store pass straight through.
 */
export async function follow(
  store: LiveStore,
  code: string,
  from: { lastSeq?: number; audience: Audience; participantId?: string },
  send: (item: StreamItem) => void,
): Promise<Subscribed> {
  let ready = false;
  /** The number of the last event this stream has covered, sent or not (not every event is for every audience). */
  let covered = 0;
  const held: LiveEvent[] = [];
  const pass = (event: LiveEvent) => {
    if (event.seq <= covered) return;
    covered = event.seq;
    if (reaches(event, from.audience)) send(event);
  };
  const subscribed = await store.subscribe(code, (event) => (ready ? pass(event) : held.push(event)), send);
  if (!subscribed.ok) return subscribed;
  let state: LiveState | undefined;
  try {
    state = await store.get(code);
  } finally {
    // A read that throws (the store unreachable) must not leave the subscription behind.
    if (!state) subscribed.unsubscribe();
  }
  if (!state) return { ok: false, refusal: unknown };
  const caught = eventsSince(state, from.lastSeq, from.audience, from.participantId);
  if (caught.kind === "snapshot") send(caught.snapshot);
  else caught.events.forEach((event) => send(event));
  covered = state.log.seq;
  ready = true;
  held.forEach(pass);
  return subscribed;
}