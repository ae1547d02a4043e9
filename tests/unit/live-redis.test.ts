import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RandomBytes } from "@/app/_lib/live/codes";
import type { LiveEvent } from "@/app/_lib/live/events";
import { liveHandlers, type JourneyFacts } from "@/app/_lib/live/http";
import { JOIN_FAILURES, MAX_RATE_KEYS } from "@/app/_lib/live/limits";
import { rateLimiter } from "@/app/_lib/live/rate-limit";
import { redisStore, type RedisStore } from "@/app/_lib/live/redis-store";
import { follow, StoreUnavailable, type StreamItem } from "@/app/_lib/live/store";
import { manualClock, person, seededRandom } from "../support/live";
import { hasRedisServer, startRedisServer, type RedisServer } from "../support/redis-server";
import { sseReader } from "../support/sse";
import { started, storeContract } from "../support/store-contract";

const present = hasRedisServer();
if (!present) console.warn("live-redis.test.ts: skipped, no redis-server on PATH (apt-get install redis-server; CI installs it)");

// Real Redis round trips: the contract's 10,000 streams take a few seconds, a restart a second or two.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let server: RedisServer;
let prefixes = 0;
const open: RedisStore[] = [];

/** A store on the test's Redis; stores made with the same `prefix` are two machines sharing sessions. */
function make(options: { now: () => number; random: RandomBytes; prefix?: string; url?: string; timeoutMs?: number }): RedisStore {
  const store = redisStore({ url: options.url ?? server.url, now: options.now, random: options.random, prefix: options.prefix ?? `test${++prefixes}:`, timeoutMs: options.timeoutMs, log: () => {} });
  open.push(store);
  return store;
}

/** Two stores, two "machines", on one Redis, with one clock. */
function machines(seed: string, url?: string) {
  const clock = manualClock();
  const prefix = `pair${++prefixes}:`;
  return { clock, a: make({ now: clock.now, random: seededRandom(`${seed}-a`), prefix, url }), b: make({ now: clock.now, random: seededRandom(`${seed}-b`), prefix, url }) };
}

/** Resolves when `check` holds, failing after `ms`: a test waits for what Redis delivers, never hangs. */
async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.runIf(present)("the Redis store on a real redis-server", () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  storeContract("redis store", make);

  describe("across two machines", () => {
    it("gives a listener on B the step the instructor took on A, once", async () => {
      const { a, b } = machines("step");
      const { code, command } = await started(a);
      const heard: LiveEvent[] = [];
      await b.subscribe(code, (e) => heard.push(e));
      await a.update(code, command({ type: "go", step: 4 }));
      await until(() => heard.length > 0);
      expect(heard).toEqual([{ seq: 1, type: "step", step: 4 }]);
      expect((await b.get(code))?.step).toBe(4);
    });

    it("tallies answers sent at once from both machines exactly: none lost, none counted twice", async () => {
      const { a, b } = machines("answers");
      const { code, command } = await started(a);
      const people = Array.from({ length: 300 }, (_, i) => person(i));
      await Promise.all(people.map((participantId, i) => (i % 2 ? a : b).update(code, { type: "join", participantId })));
      await a.update(code, command({ type: "open-quiz", quizId: "which-cache", kind: "single", optionCount: 3 }));
      // Every participant answers from one machine, all at once; then the first 60 change their minds from the other.
      const answer = (participantId: string, choice: number) => ({ type: "answer" as const, participantId, quizId: "which-cache", answer: { choices: [choice] } });
      const first = await Promise.all(people.map((participantId, i) => (i % 2 ? a : b).update(code, answer(participantId, i % 3))));
      const again = await Promise.all(people.slice(0, 60).map((participantId, i) => (i % 2 ? b : a).update(code, answer(participantId, 2))));
      expect([...first, ...again].every((r) => r.ok)).toBe(true);
      const quiz = (await b.get(code))?.quiz;
      expect(quiz?.tally).toEqual({ kind: "choices", answered: 300, counts: [80, 80, 140] });
      expect(quiz?.answers.size).toBe(300);
    });

    it("keeps MAX_SESSIONS across machines: a session started on A counts on B", async () => {
      const { a, b } = machines("count");
      await started(a);
      await started(b);
      expect(await a.size()).toBe(2);
      expect(await b.size()).toBe(2);
    });

    it("serves one session through the handlers of two machines: a learner streaming from B follows the instructor on A", async () => {
      const { clock, a, b } = machines("http");
      const journey: JourneyFacts = { stepCount: 5, quizzes: new Map() };
      const handlers = (store: RedisStore, seed: string) =>
        liveHandlers({ store, journeys: () => journey, random: seededRandom(seed), joinLimiter: rateLimiter({ ...JOIN_FAILURES, maxKeys: MAX_RATE_KEYS, now: clock.now }) });
      const onA = handlers(a, "http-a");
      const onB = handlers(b, "http-b");
      const post = (path: string, body: unknown) => new Request(`http://clickpath.test/api/live${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const created = (await (await onA.create(post("", { journey: "follow-a-click" }))).json()) as { code: string; secret: string };
      const joined = await onB.join(post(`/${created.code}/join`, { code: created.code, name: "Ada" }), created.code);
      const { participantId } = (await joined.json()) as { participantId: string };
      const learner = sseReader(await onB.events(new Request(`http://clickpath.test/api/live/${created.code}/events?participantId=${participantId}`), created.code));
      expect(await learner.nextEvent()).toMatchObject({ event: "snapshot", data: { step: 0, participants: 1 } });
      expect((await onA.command(post(`/${created.code}/command`, { secret: created.secret, command: { type: "go", step: 3 } }), created.code)).status).toBe(200);
      expect(await learner.nextEvent()).toMatchObject({ id: "2", event: "step", data: { step: 3 } });
      await learner.cancel();
    });
  });

  describe("when Redis goes away", () => {
    it("refuses at once with StoreUnavailable, tells streams, and ends every stream plainly when Redis comes back without the session", async () => {
      const local = await startRedisServer();
      try {
        const { a, b } = machines("restart", local.url);
        const { code, command } = await started(a);
        await a.update(code, command({ type: "go", step: 2 }));
        const sent: StreamItem[] = [];
        await follow(b, code, { audience: "learner" }, (item) => sent.push(item));

        await local.stop();
        await until(() => sent.some((item) => item.type === "unavailable"));
        const asked = Date.now();
        await expect(a.update(code, command({ type: "go", step: 3 }))).rejects.toBeInstanceOf(StoreUnavailable);
        await expect(b.get(code)).rejects.toBeInstanceOf(StoreUnavailable);
        expect(Date.now() - asked).toBeLessThan(1_000);

        await local.start();
        await until(() => sent.some((item) => item.type === "ended"));
        expect(sent.map((item) => item.type)).toEqual(["snapshot", "unavailable", "ended"]);
        expect(sent.at(-1)).toEqual({ seq: 2, type: "ended", reason: "lost" });
        await expect(retried(() => a.update(code, command({ type: "go", step: 3 })))).resolves.toMatchObject({ ok: false, refusal: { code: "unknown-session" } });
      } finally {
        await local.stop();
      }
    });

    it("recovers a session whose state Redis kept: streams are told it is back and follow the next step", async () => {
      const dir = mkdtempSync(join(tmpdir(), "clickpath-redis-"));
      const local = await startRedisServer({ dir });
      try {
        const { a, b } = machines("recover", local.url);
        const { code, command } = await started(a);
        const sent: StreamItem[] = [];
        await follow(b, code, { audience: "learner" }, (item) => sent.push(item));
        await local.restart();
        await until(() => sent.some((item) => item.type === "available"));
        const again = await retried(() => a.update(code, command({ type: "go", step: 5 })));
        expect(again.ok).toBe(true);
        await until(() => sent.some((item) => item.type === "step"));
        expect(sent.map((item) => item.type)).toEqual(["snapshot", "unavailable", "available", "step"]);
      } finally {
        await local.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("answers within its timeout when Redis is not there at all", async () => {
      const clock = manualClock();
      const store = make({ now: clock.now, random: seededRandom("nowhere"), url: "redis://127.0.0.1:1", timeoutMs: 300 });
      const asked = Date.now();
      await expect(store.get("K7Q4MZP")).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.create({ journey: "j", stepCount: 1 })).rejects.toBeInstanceOf(StoreUnavailable);
      expect(Date.now() - asked).toBeLessThan(1_500);
    });
  });
});

/** `go` again while the second connection is still coming back (a write may find Redis back before its client is ready). */
async function retried<T>(go: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await go();
    } catch (error) {
      if (!(error instanceof StoreUnavailable) || i >= 50) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
