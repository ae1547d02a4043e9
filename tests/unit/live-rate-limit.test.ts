import { describe, expect, it } from "vitest";
import { JOIN_FAILURES } from "@/app/_lib/live/limits";
import { rateLimiter } from "@/app/_lib/live/rate-limit";
import { manualClock } from "@/tests/support/live";

const limiter = (clock = manualClock(), maxKeys = 100) => rateLimiter({ capacity: 3, refillMs: 1000, maxKeys, now: clock.now });

describe("rate limit", () => {
  it("lets a key spend its bucket, then says how long to wait", () => {
    const limit = limiter();
    expect(limit.take("10.0.0.1")).toEqual({ ok: true, left: 2 });
    expect(limit.take("10.0.0.1")).toEqual({ ok: true, left: 1 });
    expect(limit.take("10.0.0.1")).toEqual({ ok: true, left: 0 });
    expect(limit.take("10.0.0.1")).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(limit.take("10.0.0.1")).toEqual({ ok: false, retryAfterMs: 1000 });
  });

  it("gives tokens back with time, never past the capacity", () => {
    const clock = manualClock();
    const limit = limiter(clock);
    for (let i = 0; i < 3; i++) limit.take("a");
    clock.advance(400);
    expect(limit.take("a")).toEqual({ ok: false, retryAfterMs: 600 });
    clock.advance(600);
    expect(limit.take("a")).toEqual({ ok: true, left: 0 });
    clock.advance(60_000);
    expect(limit.take("a")).toEqual({ ok: true, left: 2 });
  });

  it("keeps keys apart", () => {
    const limit = limiter();
    for (let i = 0; i < 3; i++) limit.take("a");
    expect(limit.take("a").ok).toBe(false);
    expect(limit.take("b")).toEqual({ ok: true, left: 2 });
  });

  it("checks without spending", () => {
    const limit = limiter();
    expect(limit.allows("a", 3)).toBe(true);
    expect(limit.allows("a", 4)).toBe(false);
    expect(limit.take("a", 3)).toEqual({ ok: true, left: 0 });
    expect(limit.allows("a")).toBe(false);
    expect(limit.size()).toBe(1);
  });

  it("refills nothing when the clock steps back", () => {
    const clock = manualClock();
    const limit = limiter(clock);
    for (let i = 0; i < 3; i++) limit.take("a");
    clock.advance(-10_000);
    expect(limit.take("a").ok).toBe(false);
  });

  it("remembers at most maxKeys keys, forgetting the one unseen for longest", () => {
    const limit = limiter(manualClock(), 3);
    for (const key of ["a", "b", "c"]) for (let i = 0; i < 3; i++) limit.take(key);
    // "a" is used again, so "b" is now the stalest.
    limit.take("a");
    limit.take("d");
    expect(limit.size()).toBe(3);
    expect(limit.take("a").ok).toBe(false);
    expect(limit.take("c").ok).toBe(false);
    // Forgotten, "b" starts again with a full bucket: the cap bounds memory, and says so.
    expect(limit.take("b")).toEqual({ ok: true, left: 2 });
    expect(limit.size()).toBe(3);
  });

  it("holds a guesser of join codes to the failure limit, about ten a minute", () => {
    const clock = manualClock();
    const limit = rateLimiter({ ...JOIN_FAILURES, maxKeys: 10, now: clock.now });
    let allowed = 0;
    for (let second = 0; second < 600; second++, clock.advance(1000)) for (let k = 0; k < 5; k++) if (limit.take("guesser").ok) allowed++;
    // A burst of 10, then one every 6 seconds over 10 minutes.
    expect(allowed).toBe(JOIN_FAILURES.capacity + Math.floor(599_000 / JOIN_FAILURES.refillMs));
  });

  it("refuses options that would never let anything through", () => {
    const now = () => 0;
    expect(() => rateLimiter({ capacity: 0, refillMs: 1000, maxKeys: 1, now })).toThrow(/capacity of at least 1/);
    expect(() => rateLimiter({ capacity: 1, refillMs: 0, maxKeys: 1, now })).toThrow(/refill time above 0/);
    expect(() => rateLimiter({ capacity: 1, refillMs: 1, maxKeys: 0, now })).toThrow(/room for a key/);
  });
});
