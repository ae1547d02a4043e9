import { describe, expect, it } from "vitest";
import { liveHandlers, type JourneyFacts } from "@/app/_lib/live/http";
import { JOIN_FAILURES, MAX_BODY_BYTES, MAX_RATE_KEYS } from "@/app/_lib/live/limits";
import { rateLimiter } from "@/app/_lib/live/rate-limit";
import { memoryStore, StoreUnavailable, type LiveStore } from "@/app/_lib/live/store";
import { manualClock, seededRandom } from "../support/live";
import { sseReader } from "../support/sse";

const BASE = "http://clickpath.test/api/live";

const journey: JourneyFacts = {
  stepCount: 5,
  quizzes: new Map([
    ["which-cache", { kind: "single", optionCount: 3 }],
    ["order-hops", { kind: "ordering", optionCount: 4 }],
  ]),
};

/** The real handlers over a real memory store, with a clock moved by hand and randomness that repeats. */
function setup(options: { keepAliveMs?: number; journeys?: (slug: string) => JourneyFacts | undefined; store?: (store: LiveStore) => LiveStore } = {}) {
  const clock = manualClock();
  const random = seededRandom("live-http");
  const memory = memoryStore({ now: clock.now, random });
  const store = options.store?.(memory) ?? memory;
  const joinLimiter = rateLimiter({ ...JOIN_FAILURES, maxKeys: MAX_RATE_KEYS, now: clock.now });
  const errors: unknown[] = [];
  const live = liveHandlers({
    store,
    journeys: options.journeys ?? ((slug) => (slug === "follow-a-click" ? journey : undefined)),
    random,
    joinLimiter,
    keepAliveMs: options.keepAliveMs,
    logError: (_message, error) => void errors.push(error),
  });
  return { live, clock, errors };
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

const get = (path: string, headers: Record<string, string> = {}, signal?: AbortSignal) => new Request(`${BASE}${path}`, { headers, signal });

/** A session with the secret, and a helper that sends the instructor's commands. */
async function started(live: ReturnType<typeof setup>["live"]) {
  const response = await live.create(post("", { journey: "follow-a-click" }));
  expect(response.status).toBe(201);
  const { code, secret } = (await response.json()) as { code: string; secret: string };
  const command = (c: unknown) => live.command(post(`/${code}/command`, { secret, command: c }), code);
  const join = async (name?: string) => {
    const joined = await live.join(post(`/${code}/join`, { code, name }, { "x-forwarded-for": "203.0.113.7, 10.0.0.1" }), code);
    expect(joined.status).toBe(200);
    return ((await joined.json()) as { participantId: string }).participantId;
  };
  const instructorStream = (headers: Record<string, string> = {}) => live.events(get(`/${code}/events?role=instructor`, { authorization: `Bearer ${secret}`, ...headers }), code);
  return { code, secret, command, join, instructorStream };
}

describe("a live class over HTTP", () => {
  it("runs from create to end: steps reach everyone, tallies only the instructor, and the end closes every stream", async () => {
    const { live, errors } = setup();
    const { code, command, join, instructorStream } = await started(live);
    const ada = await join("Ada");
    const bo = await join();

    const console_ = await instructorStream();
    expect(console_.status).toBe(200);
    expect(console_.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(console_.headers.get("cache-control")).toBe("no-store");
    expect(console_.headers.get("x-accel-buffering")).toBe("no");
    const teacher = sseReader(console_);
    const learners = [sseReader(await live.events(get(`/${code}/events?participantId=${ada}`), code)), sseReader(await live.events(get(`/${code}/events`), code))];

    const first = await teacher.nextEvent();
    expect(first).toMatchObject({ event: "snapshot", data: { type: "snapshot", participants: 2, names: ["Ada"], step: 0 } });
    expect(first.id).toBe(String((first.data as { seq: number }).seq));
    for (const learner of learners) {
      const snap = await learner.nextEvent();
      expect(snap.event).toBe("snapshot");
      expect(snap.data).not.toHaveProperty("names");
    }

    expect((await command({ type: "go", step: 2 })).status).toBe(200);
    for (const reader of [teacher, ...learners]) expect(await reader.nextEvent()).toMatchObject({ event: "step", data: { step: 2 } });

    expect((await command({ type: "open-quiz", quizId: "which-cache", kind: "single", optionCount: 3 })).status).toBe(200);
    for (const reader of [teacher, ...learners]) expect(await reader.nextEvent()).toMatchObject({ event: "quiz-opened", data: { quiz: { id: "which-cache" } } });

    const answer = (participantId: string, choices: number[]) => live.answer(post(`/${code}/answer`, { participantId, quizId: "which-cache", answer: { choices } }), code);
    expect((await answer(ada, [1])).status).toBe(200);
    expect((await answer(bo, [2])).status).toBe(200);
    expect(await teacher.nextEvent()).toMatchObject({ event: "tally", data: { tally: { answered: 1, counts: [0, 1, 0] } } });
    expect(await teacher.nextEvent()).toMatchObject({ event: "tally", data: { tally: { answered: 2, counts: [0, 1, 1] } } });

    expect((await command({ type: "reveal" })).status).toBe(200);
    // The learners' next event is the reveal: no tally came before it.
    for (const reader of [teacher, ...learners]) expect(await reader.nextEvent()).toMatchObject({ event: "revealed", data: { tally: { answered: 2 } } });
    expect((await answer(ada, [0])).status).toBe(409);

    expect((await command({ type: "end" })).status).toBe(200);
    for (const reader of [teacher, ...learners]) {
      expect(await reader.nextEvent()).toMatchObject({ event: "ended", data: { reason: "instructor" } });
      expect(await reader.next()).toBeUndefined();
    }
    expect((await command({ type: "go", step: 1 })).status).toBe(410);
    expect(errors).toEqual([]);
  });

  it("gives a reconnecting stream exactly the events it missed since Last-Event-ID", async () => {
    const { live } = setup();
    const { code, command, instructorStream } = await started(live);
    const abort = new AbortController();
    const first = sseReader(await live.events(get(`/${code}/events`, {}, abort.signal), code));
    const snap = await first.nextEvent();
    await command({ type: "go", step: 1 });
    const seen = await first.nextEvent();
    abort.abort();
    expect(await first.next()).toBeUndefined();

    await command({ type: "go", step: 3 });
    await command({ type: "open-quiz", quizId: "order-hops", kind: "ordering", optionCount: 4 });
    const again = sseReader(await live.events(get(`/${code}/events`, { "last-event-id": seen.id! }), code));
    expect(await again.nextEvent()).toMatchObject({ event: "step", data: { step: 3 } });
    expect(await again.nextEvent()).toMatchObject({ event: "quiz-opened", data: { quiz: { id: "order-hops" } } });
    await command({ type: "close-quiz" });
    expect(await again.nextEvent()).toMatchObject({ event: "quiz-closed" });
    expect(Number(seen.id)).toBeGreaterThan(Number(snap.id));

    // A Last-Event-ID the log never gave starts again from a snapshot.
    const lost = sseReader(await instructorStream({ "last-event-id": "999" }));
    expect(await lost.nextEvent()).toMatchObject({ event: "snapshot", data: { step: 3, quiz: null } });
    await lost.cancel();
    await again.cancel();
  });

  it("says it is still there on a quiet stream", async () => {
    const { live } = setup({ keepAliveMs: 10 });
    const { code } = await started(live);
    const reader = sseReader(await live.events(get(`/${code}/events`), code));
    expect((await reader.next())?.event).toBe("snapshot");
    expect(await reader.next()).toEqual({ comment: "keep-alive" });
    await reader.cancel();
  });
});

describe("what the live routes refuse", () => {
  it("refuses the instructor's stream and commands without the right secret (403)", async () => {
    const { live } = setup();
    const { code } = await started(live);
    const wrong = "x".repeat(43);
    const noSecret = await live.events(get(`/${code}/events?role=instructor`), code);
    expect(noSecret.status).toBe(403);
    expect((await live.events(get(`/${code}/events?role=instructor`, { authorization: `Bearer ${wrong}` }), code)).status).toBe(403);
    const response = await live.command(post(`/${code}/command`, { secret: wrong, command: { type: "go", step: 1 } }), code);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "not-instructor", error: expect.stringContaining("secret") });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers bad JSON and bad fields with 400 and problems that say where and what", async () => {
    const { live } = setup();
    const { code, secret } = await started(live);
    const notJson = await live.create(post("", "{journey:"));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ problems: ["message: is not JSON"] });
    const badStep = await live.command(post(`/${code}/command`, { secret, command: { type: "go", step: 1.5 } }), code);
    expect(badStep.status).toBe(400);
    expect(((await badStep.json()) as { problems: string[] }).problems).toContain("command.step: must be a whole number");
  });

  it("refuses an over-size body with 413: a declared length before reading, an undeclared one once past the limit", async () => {
    const { live } = setup();
    const declared = await live.create(post("", { journey: "follow-a-click" }, { "content-length": String(MAX_BODY_BYTES + 1) }));
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { problems: string[] }).problems[0]).toMatch(/^message: is 4097 bytes, more than the 4096/);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(`{"journey":"${"a".repeat(MAX_BODY_BYTES)}"}`));
        c.close();
      },
    });
    const undeclared = await live.create(new Request(BASE, { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(undeclared.status).toBe(413);
    expect(((await undeclared.json()) as { problems: string[] }).problems[0]).toMatch(/^message: /);
  });

  it("refuses an unknown journey (404)", async () => {
    const { live } = setup();
    const response = await live.create(post("", { journey: "no-such-journey" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "there is no journey 'no-such-journey'" });
  });

  it("charges wrong join codes to the address, and the 11th quick failure gets 429 with Retry-After", async () => {
    const { live, clock } = setup();
    const { code, join } = await started(live);
    const from = { "x-forwarded-for": "198.51.100.9, 10.0.0.1" };
    const wrong = code === "0000000" ? "1111111" : "0000000";
    for (let i = 0; i < JOIN_FAILURES.capacity; i++) {
      expect((await live.join(post(`/${wrong}/join`, { code: wrong }, from), wrong)).status).toBe(404);
    }
    const limited = await live.join(post(`/${code}/join`, { code }, from), code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBe(JOIN_FAILURES.refillMs / 1000);
    // Another address is not held back, and the first one is let in again once a token comes back.
    expect(await join()).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    clock.advance(JOIN_FAILURES.refillMs);
    expect((await live.join(post(`/${code}/join`, { code }, from), code)).status).toBe(200);
  });

  it("refuses open-quiz for a quiz not in the journey (409) or not as the journey has it (422)", async () => {
    const { live } = setup();
    const { command } = await started(live);
    const missing = await command({ type: "open-quiz", quizId: "not-here", kind: "single", optionCount: 3 });
    expect(missing.status).toBe(409);
    expect(await missing.json()).toMatchObject({ error: "quiz 'not-here' is not in journey 'follow-a-click'" });
    const wrongKind = await command({ type: "open-quiz", quizId: "which-cache", kind: "multiple", optionCount: 3 });
    expect(wrongKind.status).toBe(422);
    expect((await command({ type: "open-quiz", quizId: "which-cache", kind: "single", optionCount: 4 })).status).toBe(422);
    expect((await command({ type: "go", step: 5 })).status).toBe(422);
  });

  it("answers an unknown session with 404 on every route", async () => {
    const { live } = setup();
    await started(live);
    const code = "ZZZZZZZ";
    expect((await live.events(get(`/${code}/events`), code)).status).toBe(404);
    expect((await live.answer(post(`/${code}/answer`, { participantId: "p".repeat(22), quizId: "which-cache", answer: { choices: [0] } }), code)).status).toBe(404);
    expect((await live.command(post(`/${code}/command`, { secret: "s".repeat(43), command: { type: "end" } }), code)).status).toBe(404);
  });

  it("answers a bug with a 500 in JSON and logs it, never a throw", async () => {
    const broken = () => {
      throw new Error("content failed to load");
    };
    const { live, errors } = setup({ journeys: broken });
    const response = await live.create(post("", { journey: "follow-a-click" }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "something went wrong on the server" });
    expect(errors).toEqual([new Error("content failed to load")]);
  });

  it("answers 503 in JSON, with Retry-After, when the store cannot be reached, and logs no bug", async () => {
    let away = false;
    const unreachable = <T>(go: () => Promise<T>) => (away ? Promise.reject(new StoreUnavailable()) : go());
    const { live, errors } = setup({ store: (s) => ({ ...s, get: (c) => unreachable(() => s.get(c)), update: (c, a) => unreachable(() => s.update(c, a)) }) });
    const { code, command } = await started(live);
    away = true;
    const response = await command({ type: "go", step: 1 });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: "the live sessions cannot be reached just now: try again in a few seconds", code: "store-unavailable" });
    expect((await live.events(get(`/${code}/events`), code)).status).toBe(503);
    expect(errors).toEqual([]);
  });
});
