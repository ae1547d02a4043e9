/**
 * A token bucket per key (an address, say): each key may spend `capacity` at once, and gets one
 * back every `refillMs`. The clock is passed in, so tests move time by hand. The limiter
 * remembers at most `maxKeys` keys; past that the one unseen for longest is forgotten, which
 * gives it a full bucket again: the cap bounds memory, not a patient guesser with many addresses.
 */

/** How a limiter counts: the bucket's size, how fast it refills, how many keys it keeps, and its clock. */
export type RateLimitOptions = {
  /** Tokens a key starts with, and the most it can hold. */
  capacity: number;
  /** Milliseconds for one token to come back. */
  refillMs: number;
  /** Keys kept at most. */
  maxKeys: number;
  now: () => number;
};

/** A token taken (and how many whole ones are left), or how long until one is there. */
export type Taken = { ok: true; left: number } | { ok: false; retryAfterMs: number };

type Bucket = { tokens: number; at: number };

/** The buckets of every key, behind three methods. */
export type RateLimiter = {
  /** Spends `cost` tokens of `key` if it has them; otherwise says how long until it will. */
  take(key: string, cost?: number): Taken;
  /** Whether `key` has `cost` tokens, spending nothing: check before work that only costs when it fails. */
  allows(key: string, cost?: number): boolean;
  /** How many keys are remembered now. */
  size(): number;
};

/** A limiter with empty memory: every key starts with a full bucket. Throws on options that would refuse everything. */
export function rateLimiter(options: RateLimitOptions): RateLimiter {
  const { capacity, refillMs, maxKeys, now } = options;
  if (!(capacity >= 1 && refillMs > 0 && maxKeys >= 1)) throw new Error("a rate limiter needs a capacity of at least 1, a refill time above 0 and room for a key");
  // A Map keeps insertion order: a key is moved to the end when used, so the first is the stalest.
  const buckets = new Map<string, Bucket>();

  /** The key's bucket as it stands now, refilled for the time since it was last touched. */
  function current(key: string): Bucket {
    const time = now();
    const kept = buckets.get(key);
    if (!kept) return { tokens: capacity, at: time };
    // A clock that steps back refills nothing (and takes nothing away).
    const elapsed = Math.max(0, time - kept.at);
    return { tokens: Math.min(capacity, kept.tokens + elapsed / refillMs), at: time };
  }

  function keep(key: string, bucket: Bucket): void {
    buckets.delete(key);
    buckets.set(key, bucket);
    while (buckets.size > maxKeys) {
      const stalest = buckets.keys().next().value;
      if (stalest === undefined) break;
      buckets.delete(stalest);
    }
  }

  return {
    take(key, cost = 1) {
      const bucket = current(key);
      if (bucket.tokens >= cost) {
        keep(key, { tokens: bucket.tokens - cost, at: bucket.at });
        return { ok: true, left: Math.floor(bucket.tokens - cost) };
      }
      keep(key, bucket);
      return { ok: false, retryAfterMs: Math.ceil((cost - bucket.tokens) * refillMs) };
    },
    allows: (key, cost = 1) => current(key).tokens >= cost,
    size: () => buckets.size,
  };
}
