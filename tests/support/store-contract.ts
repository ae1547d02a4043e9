/**
 * What every LiveStore must do, written once and run against each store (the memory store, and
 * the Redis store on a real redis-server): sessions, caps, expiry by a clock moved by hand, and
 * `follow`'s start. `make` builds a fresh, empty store from a clock and a source of randomness.
 */
import { describe, expect, it } from "vitest";
import { hashSecret, type RandomBytes } from "@/app/_lib/live/codes";
import type { LiveEvent } from "@/app/_lib/live/events";
import { ENDED_KEEP_MS, IDLE_MS, MAX_AGE_MS, MAX_ALL_STREAMS, MAX_SESSIONS, MAX_STREAMS } from "@/app/_lib/live/limits";
import type { LiveAction } from "@/app/_lib/live/session";
import { follow, type LiveStore, type StreamItem } from "@/app/_lib/live/store";
import { manualClock, MINUTE, seededRandom } from "./live";

export type MakeStore = (options: { now: () => number; random: RandomBytes }) => LiveStore | Promise<LiveStore>;

/** A session of a ten-step journey in `store`, and a helper that words the instructor's commands. */
export async function started(store: LiveStore) {
  const created = await store.create({ journey: "follow-a-click", stepCount: 10 });
  if (!created.ok) throw new Error(created.refusal.message);
  const { code, secret } = created;
  const command = (c: Extract<LiveAction, { type: "command" }>["command"]): LiveAction => ({ type: "command", secret, command: c });
  return { code, secret, command };
}

export function storeContract(name: string, make: MakeStore): void {
  async function setup(seed = "store") {
    const clock = manualClock();
    const store = await make({ now: clock.now, random: seededRandom(seed) });
    return { clock, store };
  }

  describe(`${name}: sessions`, () => {
    it("starts a session under a new code, keeping the secret's hash and handing the secret over once", async () => {
      const { store } = await setup();
      const created = await store.create({ journey: "follow-a-click", stepCount: 10 });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}$/);
      expect(created.state.secretHash).toBe(hashSecret(created.secret));
      expect(JSON.stringify(created.state)).not.toContain(created.secret);
      expect(await store.get(created.code)).toEqual(created.state);
      expect(await store.size()).toBe(1);
    });

    it("finds a new code when the first it draws is taken", async () => {
      // A source that draws the same code twice, then others: the store must not hand out a code in use.
      const repeat = seededRandom("r");
      let codes = 0;
      const random = (size: number) => (size === 7 && codes++ < 2 ? new Uint8Array(7).fill(5) : repeat(size));
      const store = await make({ now: () => 0, random });
      const a = await store.create({ journey: "j", stepCount: 1 });
      const b = await store.create({ journey: "j", stepCount: 1 });
      expect(a.ok && b.ok && a.code !== b.code).toBe(true);
      expect(await store.size()).toBe(2);
    });

    it("applies actions with the reducer and publishes their events to every listener", async () => {
      const { store } = await setup();
      const { code, command } = await started(store);
      const heard: LiveEvent[][] = [[], []];
      for (const ear of heard) await store.subscribe(code, (e) => ear.push(e));
      const result = await store.update(code, command({ type: "go", step: 3 }));
      expect(result.ok && result.state.step).toBe(3);
      expect(heard).toEqual([[{ seq: 1, type: "step", step: 3 }], [{ seq: 1, type: "step", step: 3 }]]);
      expect((await store.get(code))?.step).toBe(3);
    });

    it("publishes nothing for a refused action, and keeps the state", async () => {
      const { store } = await setup();
      const { code } = await started(store);
      const heard: LiveEvent[] = [];
      await store.subscribe(code, (e) => heard.push(e));
      const result = await store.update(code, { type: "command", secret: "a-guess-at-the-secret", command: { type: "end" } });
      expect(result).toEqual({ ok: false, refusal: { code: "not-instructor", message: "only the instructor can do that: the secret does not match" } });
      expect(heard).toEqual([]);
      expect((await store.get(code))?.ended).toBe(false);
    });

    it("refuses a code it does not hold", async () => {
      const { store } = await setup();
      const unknown = { code: "unknown-session", message: "there is no live session with this code: it may have ended" };
      expect(await store.get("0000000")).toBeUndefined();
      expect(await store.update("0000000", { type: "join", participantId: "someone-0000000" })).toEqual({ ok: false, refusal: unknown });
      expect(await store.subscribe("0000000", () => {})).toEqual({ ok: false, refusal: unknown });
    });

    it("stops calling a listener once unsubscribed, and drops one that throws without failing the others", async () => {
      const { store } = await setup();
      const { code, command } = await started(store);
      const kept: number[] = [];
      const left: number[] = [];
      let thrown = 0;
      await store.subscribe(code, () => {
        thrown++;
        throw new Error("the stream is closed");
      });
      await store.subscribe(code, (e) => kept.push(e.seq));
      const leaving = await store.subscribe(code, (e) => left.push(e.seq));
      await store.update(code, command({ type: "go", step: 1 }));
      if (leaving.ok) leaving.unsubscribe();
      await store.update(code, command({ type: "go", step: 2 }));
      expect(kept).toEqual([1, 2]);
      expect(left).toEqual([1]);
      expect(thrown).toBe(1);
    });

    it("holds at most MAX_SESSIONS sessions, says so plainly, and has room again once one expires", async () => {
      const { store, clock } = await setup();
      const first = await started(store);
      clock.advance(IDLE_MS / 2);
      for (let i = 1; i < MAX_SESSIONS; i++) await started(store);
      expect(await store.size()).toBe(MAX_SESSIONS);
      expect(await store.create({ journey: "j", stepCount: 1 })).toEqual({
        ok: false,
        refusal: { code: "too-many-sessions", message: `the server is running ${MAX_SESSIONS} live sessions, as many as it can: try again later` },
      });
      clock.advance(IDLE_MS / 2);
      const again = await store.create({ journey: "j", stepCount: 1 });
      expect(again.ok).toBe(true);
      expect(await store.get(first.code)).toBeUndefined();
    });

    it("refuses a stream past MAX_STREAMS on one session", async () => {
      const { store } = await setup();
      const { code } = await started(store);
      for (let i = 0; i < MAX_STREAMS; i++) expect((await store.subscribe(code, () => {})).ok).toBe(true);
      expect(await store.subscribe(code, () => {})).toEqual({ ok: false, refusal: { code: "too-many-streams", message: `this session already has ${MAX_STREAMS} open streams` } });
    });

    it("refuses a stream past MAX_ALL_STREAMS over all sessions", async () => {
      const { store } = await setup();
      const codes: string[] = [];
      for (let open = 0; open < MAX_ALL_STREAMS; open++) {
        if (open % 1000 === 0) codes.push((await started(store)).code);
        expect((await store.subscribe(codes.at(-1)!, () => {})).ok).toBe(true);
      }
      const another = await started(store);
      expect(await store.subscribe(another.code, () => {})).toEqual({
        ok: false,
        refusal: { code: "too-many-streams", message: `the server already has ${MAX_ALL_STREAMS} open streams: try again later` },
      });
    });
  });

  describe(`${name}: expiry`, () => {
    it("ends a session idle for IDLE_MS, telling its listeners, and forgets it", async () => {
      const { store, clock } = await setup();
      const { code } = await started(store);
      const heard: LiveEvent[] = [];
      await store.subscribe(code, (e) => heard.push(e));
      clock.advance(IDLE_MS - 1);
      expect(await store.expire()).toEqual([]);
      clock.advance(1);
      expect(await store.expire()).toEqual([code]);
      expect(heard).toEqual([{ seq: 1, type: "ended", reason: "idle" }]);
      expect(await store.get(code)).toBeUndefined();
      expect(await store.size()).toBe(0);
    });

    it("counts activity, not being watched: an action puts the end off, a stream reconnecting does not", async () => {
      const { store, clock } = await setup();
      const { code, command } = await started(store);
      await store.update(code, { type: "join", participantId: "learner-0000000000" });
      clock.advance(IDLE_MS - MINUTE);
      await store.update(code, command({ type: "go", step: 1 }));
      clock.advance(IDLE_MS - MINUTE);
      await store.update(code, { type: "seen", participantId: "learner-0000000000" });
      expect(await store.get(code)).toBeDefined();
      clock.advance(MINUTE);
      expect(await store.get(code)).toBeUndefined();
    });

    it("ends a session older than MAX_AGE_MS however busy", async () => {
      const { store, clock } = await setup();
      const { code, command } = await started(store);
      for (let t = 0; t < MAX_AGE_MS; t += IDLE_MS / 2) {
        clock.advance(IDLE_MS / 2);
        await store.update(code, command({ type: "go", step: (t / (IDLE_MS / 2)) % 2 === 0 ? 1 : 0 }));
      }
      expect(await store.update(code, command({ type: "go", step: 5 }))).toMatchObject({ ok: false, refusal: { code: "unknown-session" } });
    });

    it("keeps an ended session for ENDED_KEEP_MS, so a reconnecting client learns it ended, then forgets it", async () => {
      const { store, clock } = await setup();
      const { code, command } = await started(store);
      await store.update(code, command({ type: "end" }));
      clock.advance(ENDED_KEEP_MS - 1);
      expect((await store.get(code))?.ended).toBe(true);
      clock.advance(1);
      expect(await store.expire()).toEqual([code]);
      expect(await store.get(code)).toBeUndefined();
    });
  });

  describe(`${name}, follow: a stream's start`, () => {
    it("sends a snapshot to a new stream, then the events for its audience", async () => {
      const { store } = await setup();
      const { code, command } = await started(store);
      await store.update(code, command({ type: "go", step: 2 }));
      const sent: StreamItem[] = [];
      await follow(store, code, { audience: "learner" }, (item) => sent.push(item));
      await store.update(code, { type: "join", participantId: "learner-0000000000" });
      await store.update(code, command({ type: "go", step: 4 }));
      expect(sent.map((item) => item.type)).toEqual(["snapshot", "step"]);
      expect(sent[0]).toMatchObject({ type: "snapshot", seq: 1, step: 2 });
    });

    it("resumes from Last-Event-ID with exactly what was missed", async () => {
      const { store } = await setup();
      const { code, command } = await started(store);
      for (const step of [1, 2, 3]) await store.update(code, command({ type: "go", step }));
      const sent: StreamItem[] = [];
      await follow(store, code, { lastSeq: 1, audience: "learner" }, (item) => sent.push(item));
      expect(sent).toEqual([
        { seq: 2, type: "step", step: 2 },
        { seq: 3, type: "step", step: 3 },
      ]);
    });

    it("loses nothing and repeats nothing when events are published while it catches up", async () => {
      const { store } = await setup();
      const { code, command } = await started(store);
      await store.update(code, command({ type: "go", step: 1 }));
      // A store whose read comes back late, as a remote one can: one event lands before the read, one after.
      const slow: LiveStore = {
        ...store,
        get: async (c) => {
          await store.update(c, command({ type: "go", step: 2 }));
          const state = await store.get(c);
          await store.update(c, command({ type: "go", step: 3 }));
          return state;
        },
      };
      const sent: StreamItem[] = [];
      await follow(slow, code, { lastSeq: 1, audience: "learner" }, (item) => sent.push(item));
      await store.update(code, command({ type: "go", step: 4 }));
      expect(sent.map((item) => ("seq" in item ? item.seq : item.type))).toEqual([2, 3, 4]);
    });

    it("says so when there is no such session", async () => {
      const { store } = await setup();
      const sent: StreamItem[] = [];
      expect(await follow(store, "0000000", { audience: "learner" }, (item) => sent.push(item))).toMatchObject({ ok: false, refusal: { code: "unknown-session" } });
      expect(sent).toEqual([]);
    });
  });
}
