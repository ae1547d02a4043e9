/**
 * Live sessions kept in Redis, for several server processes behind one address: a `LiveStore`
 * whose state lives under one key per session (with a TTL) and whose events reach every process
 * through Redis pub/sub. The reducer stays in TypeScript: an update reads the state, applies the
 * actions and writes back with a Lua script that refuses if another process wrote first (then it
 * reads again), and publishes the events in the same script, so every process hears them in the
 * order they were written. Every call to Redis is bounded in time; a Redis that is away makes
 * the store throw StoreUnavailable (the handlers answer 503) and tells open streams so.
 */
import { createClient, ErrorReply } from "redis";
import { hashSecret, newJoinCode, newSecret, type RandomBytes } from "./codes";
import type { Answer, LiveEvent } from "./events";
import { ENDED_KEEP_MS, IDLE_MS, MAX_AGE_MS, MAX_SESSIONS } from "./limits";
import { apply, newSession, type Applied, type LiveAction, type LiveState, type OpenQuiz, type Participant } from "./session";
import { due, sessionsFull, streamsFull, StoreUnavailable, unknown, type Listener, type LiveStore, type NoticeListener, type Updated } from "./store";

/** How long any one call to Redis may take before the request is answered 503. */
export const REDIS_TIMEOUT_MS = 2_000;
/**
 * How long Redis keeps a session past the time it is due to end: the minute's sweep ends it in
 * that time and tells every process's listeners, rather than the key vanishing without a word.
 */
const GRACE_MS = 5 * 60_000;
/** Writes a session's update may lose to other processes in a row before the request gives up (503). */
const MAX_TRIES = 20;
/**
 * After losing a write, a process waits up to this many milliseconds per loss so far, at random:
 * two processes each writing a burst of answers would otherwise keep reading, both writing and
 * one losing, in step.
 */
const BACKOFF_MS = 4;
/** Actions of one session applied in one read and write: a burst of answers is a few writes, not a thousand. */
const MAX_BATCH = 500;
/** How long an update waits to hear its own events back before it answers anyway. */
const ECHO_MS = 1_000;

/**
 * Writes the state (and its last event number, which a new stream reads without the state) if
 * the session is still at revision ARGV[1], or forgets it when the state is empty; then publishes
 * the events.
 */
const COMMIT = `
if redis.call('HGET', KEYS[1], 'rev') ~= ARGV[1] then return 0 end
if ARGV[3] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[2], ARGV[6])
else
  redis.call('HSET', KEYS[1], 'rev', ARGV[2], 'state', ARGV[3], 'seq', ARGV[9])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
end
if ARGV[8] ~= '' then redis.call('PUBLISH', ARGV[7], ARGV[8]) end
return 1`;

/** Starts a session under a free code while fewer than ARGV[1] are kept, all processes together. */
const CREATE = `
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[1]) then return 'full' end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'taken' end
redis.call('HSET', KEYS[1], 'rev', '1', 'state', ARGV[2], 'seq', '0')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5])
return 'ok'`;

/** The state as JSON can hold it: maps as lists of entries. */
type Encoded = Omit<LiveState, "participants" | "quiz"> & {
  participants: [string, Participant][];
  quiz: (Omit<OpenQuiz, "answers"> & { answers: [string, Answer][] }) | null;
};

export function encodeState(state: LiveState): string {
  const { quiz } = state;
  const encoded: Encoded = { ...state, participants: [...state.participants], quiz: quiz && { ...quiz, answers: [...quiz.answers] } };
  return JSON.stringify(encoded);
}

export function decodeState(text: string): LiveState {
  const encoded = JSON.parse(text) as Encoded;
  const { quiz } = encoded;
  return { ...encoded, participants: new Map(encoded.participants), quiz: quiz && { ...quiz, answers: new Map(quiz.answers) } };
}

/** The events of a message on a session's channel; a message this store did not write is ignored. */
function published(message: string): LiveEvent[] {
  try {
    const events: unknown = JSON.parse(message);
    return Array.isArray(events) ? events.filter((e): e is LiveEvent => typeof e === "object" && e !== null && Number.isSafeInteger((e as LiveEvent).seq)) : [];
  } catch {
    return [];
  }
}

/** When the session is due to end (or, ended, to be forgotten): what `due` in store.ts checks, as one time. */
function dueAt(state: LiveState): number {
  return state.ended ? state.lastActive + ENDED_KEEP_MS : Math.min(state.lastActive + IDLE_MS, state.created + MAX_AGE_MS);
}

/** A session as read: its state and the revision a write must still find to succeed. */
type Stored = { rev: string; state: LiveState };

/** A process following a session: its listeners, the last event number it heard, and updates waiting to hear theirs. */
type Local = {
  followers: Set<{ listener: Listener; onNotice?: NoticeListener }>;
  delivered: number;
  /** Set once Redis has confirmed the subscription: only then does an update wait for its echo. */
  active: boolean;
  subscribed: Promise<void>;
  waiters: Set<{ seq: number; done: () => void }>;
};

export type RedisStoreOptions = {
  url: string;
  now: () => number;
  random: RandomBytes;
  /** Put before every key and channel, so tests and several apps can share one Redis. */
  prefix?: string;
  timeoutMs?: number;
  /** Where connecting, losing and finding Redis again is said; console.log unless given. */
  log?: (message: string) => void;
};

/** A store in Redis, and a way to let go of its two connections (tests, the bench). */
export type RedisStore = LiveStore & { close(): Promise<void> };

/** The address without a password, for the log. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "(an address that is not a URL)";
  }
}

export function redisStore(options: RedisStoreOptions): RedisStore {
  const { now, random, prefix = "clickpath:live:", timeoutMs = REDIS_TIMEOUT_MS } = options;
  const log = options.log ?? ((message: string) => console.log(message));
  const key = (code: string) => `${prefix}session:${code}`;
  const channel = (code: string) => `${prefix}events:${code}`;
  const index = `${prefix}sessions`;

  // Commands sent while Redis is away fail at once rather than queue: the timeout is for a Redis that is there and slow.
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    maintNotifications: "disabled",
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1_000) },
  });
  // Pub/sub needs a connection of its own: one per process, whatever the number of sessions or streams.
  const subscriber = client.duplicate();
  const locals = new Map<string, Local>();
  const queues = new Map<string, { action: LiveAction; resolve: (result: Updated) => void; reject: (error: unknown) => void }[]>();
  let connecting: Promise<void> | undefined;
  let reachable = true;
  let closed = false;

  /**
   * `promise`, or StoreUnavailable once it has taken `timeoutMs`; Redis's own error replies (a bug
   * here) pass through. A write that timed out may still land: the client that got the 503 sends
   * again, and every action repeats harmlessly or counts its last (a join makes a second id).
   */
  function bounded<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StoreUnavailable()), timeoutMs);
      promise.then(
        (value) => (clearTimeout(timer), resolve(value)),
        (error: unknown) => (clearTimeout(timer), reject(error instanceof ErrorReply || error instanceof StoreUnavailable ? error : new StoreUnavailable())),
      );
    });
  }

  /** Connects both connections the first time a request needs Redis; a request waits at most the timeout for it. */
  function ready(): Promise<void> {
    if (closed) return Promise.reject(new StoreUnavailable());
    connecting ??= Promise.all([client.connect(), subscriber.connect()]).then(
      () => log(`live: sessions are kept in Redis at ${shown(options.url)}`),
      (error: unknown) => {
        connecting = undefined;
        throw error;
      },
    );
    return bounded(connecting);
  }

  function notify(local: Local, notice: Parameters<NoticeListener>[0]): void {
    for (const follower of local.followers) follower.onNotice?.(notice);
  }

  /** Hands `events` to this process's listeners of `code`, each once and in order; a listener that throws is dropped. */
  function deliver(code: string, events: readonly LiveEvent[]): void {
    const local = locals.get(code);
    if (!local) return;
    for (const event of events) {
      if (event.seq <= local.delivered) continue;
      local.delivered = event.seq;
      for (const follower of [...local.followers]) {
        try {
          follower.listener(event);
        } catch {
          local.followers.delete(follower);
        }
      }
    }
    for (const waiter of local.waiters) if (waiter.seq <= local.delivered) waiter.done();
  }

  /** Waits until this process's listeners of `code` have heard event `seq`, so an update answers after its own listeners know. */
  function echoed(code: string, seq: number): Promise<void> {
    const local = locals.get(code);
    if (!local?.active || local.delivered >= seq) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { seq, done: () => (clearTimeout(timer), local.waiters.delete(waiter), resolve()) };
      const timer = setTimeout(waiter.done, ECHO_MS);
      local.waiters.add(waiter);
    });
  }

  /** Stops following `code` in this process. */
  function drop(code: string): void {
    if (!locals.delete(code)) return;
    subscriber.unsubscribe(channel(code)).catch(() => {
      // Redis is away: the subscription went with the connection.
    });
  }

  /** Tells this process's listeners that the session's state is gone (Redis lost it), and stops following it. */
  function lost(code: string, local: Local): void {
    deliver(code, [{ seq: local.delivered + 1, type: "ended", reason: "lost" }]);
    drop(code);
  }

  async function read(code: string): Promise<Stored | undefined> {
    const fields = await bounded(client.hGetAll(key(code)));
    const { rev, state } = fields as Record<string, string | undefined>;
    return rev === undefined || state === undefined ? undefined : { rev, state: decodeState(state) };
  }

  /** Writes `state` over revision `rev` (forgets the session when `state` is undefined) and publishes `events`; false when another process wrote first. */
  async function commit(code: string, rev: string, state: LiveState | undefined, events: readonly LiveEvent[]): Promise<boolean> {
    const t = now();
    const args = state ? [encodeState(state), String(Math.max(1, dueAt(state) - t) + GRACE_MS), String(dueAt(state))] : ["", "0", "0"];
    const reply = await bounded(
      client.eval(COMMIT, {
        keys: [key(code), index],
        arguments: [rev, String(Number(rev) + 1), ...args, code, channel(code), events.length > 0 ? JSON.stringify(events) : "", String(state?.log.seq ?? 0)],
      }),
    );
    if (reply !== 1) return false;
    const last = events.at(-1);
    if (last) await echoed(code, last.seq);
    return true;
  }

  /** Ends (telling every process) or forgets `stored` if it is due, as the memory store does; whether it is gone. */
  async function sweep(code: string, stored: Stored): Promise<boolean> {
    const what = due(stored.state, now());
    if (what === undefined) return false;
    const ended = what === "end" ? apply(stored.state, { type: "expire" }, now()) : undefined;
    if (!(await commit(code, stored.rev, undefined, ended?.ok ? ended.events : []))) return false;
    drop(code);
    return true;
  }

  /** The session under `code` unless it is gone or due; a due one is swept on the way. */
  async function live(code: string): Promise<Stored | undefined> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const stored = await read(code);
      if (!stored || due(stored.state, now()) === undefined) return stored;
      if (await sweep(code, stored)) return undefined;
    }
    throw new StoreUnavailable("the session is too busy to read just now: try again");
  }

  /** Applies `actions` in order in one read and one write, reading again when another process wrote first. */
  async function updateAll(code: string, actions: readonly LiveAction[]): Promise<Updated[]> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const stored = await live(code);
      if (!stored) return actions.map(() => ({ ok: false, refusal: unknown }));
      let state = stored.state;
      const events: LiveEvent[] = [];
      const results = actions.map((action): Applied => {
        const result = apply(state, action, now());
        if (result.ok) {
          state = result.state;
          events.push(...result.events);
        }
        return result;
      });
      if (state === stored.state || (await commit(code, stored.rev, state, events))) return results;
      await new Promise((r) => setTimeout(r, Math.random() * BACKOFF_MS * (tries + 1)));
    }
    throw new StoreUnavailable("the session is too busy to change just now: try again");
  }

  /** Runs `code`'s queued updates, as many as have arrived per write, until none is left. */
  async function drain(code: string, queue: NonNullable<ReturnType<typeof queues.get>>): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const results = await updateAll(code, batch.map((item) => item.action));
        batch.forEach((item, i) => item.resolve(results[i]!));
      } catch (error) {
        batch.forEach((item) => item.reject(error));
      }
    }
    queues.delete(code);
  }

  /** Says once that Redis is away, and tells every open stream. */
  function unreachable(error: unknown): void {
    if (!reachable || closed) return;
    reachable = false;
    log(`live: Redis at ${shown(options.url)} cannot be reached (${error instanceof Error ? error.message : String(error)}): live requests get 503 until it is back`);
    for (const local of locals.values()) notify(local, { type: "unavailable", message: "the server has lost touch with the live session: waiting for it to come back" });
  }

  /**
   * Redis is back: each session followed here is read again. One whose state is gone (Redis
   * restarted empty) ends for its listeners; one still there gives them what they missed. A
   * Redis restored from a copy older than what the streams have heard is not caught up: run it
   * without persistence, or with an append-only file.
   */
  async function reachableAgain(): Promise<void> {
    if (reachable || closed || !client.isReady || !subscriber.isReady) return;
    reachable = true;
    log(`live: Redis at ${shown(options.url)} can be reached again`);
    for (const [code, local] of [...locals]) {
      try {
        const stored = await read(code);
        if (!stored) lost(code, local);
        else {
          deliver(code, stored.state.log.recent);
          notify(local, { type: "available" });
        }
      } catch {
        // Away again: the next time it is back, this runs again.
      }
    }
  }

  for (const connection of [client, subscriber]) {
    connection.on("error", unreachable);
    connection.on("ready", () => void reachableAgain());
  }

  const store: RedisStore = {
    async create({ journey, stepCount }) {
      await store.expire();
      // 35 bits against at most a few hundred codes: a clash is rare, a few in a row rarer still.
      for (let tries = 0; tries < MAX_TRIES; tries++) {
        const code = newJoinCode(random);
        const secret = newSecret(random);
        const state = newSession({ code, secretHash: hashSecret(secret), journey, stepCount }, now());
        const reply = await bounded(
          client.eval(CREATE, { keys: [key(code), index], arguments: [String(MAX_SESSIONS), encodeState(state), String(IDLE_MS + GRACE_MS), String(dueAt(state)), code] }),
        );
        if (reply === "full") return { ok: false, refusal: sessionsFull };
        if (reply === "ok") return { ok: true, code, secret, state };
      }
      throw new StoreUnavailable("no free join code was found: try again");
    },
    async get(code) {
      await ready();
      return (await live(code))?.state;
    },
    update(code, action) {
      return new Promise((resolve, reject) => {
        const queue = queues.get(code);
        // One update of a session at a time in this process: only writes from other processes can clash.
        if (queue) return void queue.push({ action, resolve, reject });
        const started = [{ action, resolve, reject }];
        queues.set(code, started);
        ready().then(
          () => drain(code, started),
          (error: unknown) => {
            queues.delete(code);
            started.forEach((item) => item.reject(error));
          },
        );
      });
    },
    // Stream caps count this process's streams: each one is a connection this process holds open.
    async subscribe(code, listener, onNotice) {
      await ready();
      const seq = await bounded(client.hGet(key(code), "seq"));
      if (seq === null || seq === undefined) return { ok: false, refusal: unknown };
      const open = [...locals.values()].reduce((n, l) => n + l.followers.size, 0);
      const full = streamsFull(locals.get(code)?.followers.size ?? 0, open);
      if (full) return { ok: false, refusal: full };
      let local = locals.get(code);
      if (!local) {
        // Starting from the session's last number, so an event this process makes up ("lost") comes after what its streams have seen.
        const fresh: Local = { followers: new Set(), delivered: Number(seq), active: false, subscribed: Promise.resolve(), waiters: new Set() };
        fresh.subscribed = bounded(subscriber.subscribe(channel(code), (message) => deliver(code, published(message)))).then(() => void (fresh.active = true));
        locals.set(code, (local = fresh));
      }
      try {
        await local.subscribed;
      } catch (error) {
        if (local.followers.size === 0 && locals.get(code) === local) drop(code);
        throw error;
      }
      const follower = { listener, onNotice };
      local.followers.add(follower);
      return { ok: true, unsubscribe: () => void local.followers.delete(follower) };
    },
    async expire() {
      await ready();
      const gone: string[] = [];
      for (const code of await bounded(client.zRangeByScore(index, "-inf", now()))) {
        const stored = await read(code);
        if (!stored) await bounded(client.zRem(index, code));
        if (!stored || (await sweep(code, stored))) gone.push(code);
      }
      // A session followed here whose state has gone without a word (Redis restarted empty) ends for its listeners; one nobody follows here any more is let go.
      for (const [code, local] of [...locals]) {
        if (local.followers.size === 0) drop(code);
        else if ((await bounded(client.exists(key(code)))) === 0) lost(code, local);
      }
      return gone;
    },
    async size() {
      await ready();
      return bounded(client.zCard(index));
    },
    async close() {
      closed = true;
      locals.clear();
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
  return store;
}
