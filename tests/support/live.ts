/**
 * What the live-session tests share: randomness that repeats (sha256 of a seed and a counter,
 * so every run makes the same codes and secrets), and a clock moved by hand.
 */
import { createHash } from "node:crypto";
import type { RandomBytes } from "@/app/_lib/live/codes";

export const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
export const MINUTE = 60_000;

/** Bytes that look random and are the same on every run for the same seed. */
export function seededRandom(seed: string): RandomBytes {
  let counter = 0;
  return (size) => {
    const out = new Uint8Array(size);
    for (let filled = 0; filled < size; counter++) {
      const block = createHash("sha256").update(`${seed}:${counter}`).digest();
      out.set(block.subarray(0, Math.min(block.length, size - filled)), filled);
      filled += block.length;
    }
    return out;
  };
}

/** A clock that moves only when told to. */
export function manualClock(start = T0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}
