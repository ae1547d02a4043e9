/**
 * What the live-session tests share: randomness that repeats (sha256 of a seed and a counter,
 * so every run makes the same codes and secrets), a clock moved by hand, and a session with an
 * instructor and a room of participants.
 */
import { createHash } from "node:crypto";
import { hashSecret, type RandomBytes } from "@/app/_lib/live/codes";
import { apply, newSession, type LiveAction, type LiveState } from "@/app/_lib/live/session";

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

export const SECRET = "instructor-secret-for-tests-0123456789abcdef";

/** A fresh session of a ten-step journey, started at T0. */
export function freshSession(stepCount = 10): LiveState {
  return newSession({ code: "K7Q4MZP", secretHash: hashSecret(SECRET), journey: "follow-a-click", stepCount }, T0);
}

/** Applies an action that must be accepted, and gives the state and its events. */
export function must(state: LiveState, action: LiveAction, now = T0) {
  const result = apply(state, action, now);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}: ${result.refusal.message}`);
  return result;
}

/** The participant ids the room tests use: long enough to look like real ones. */
export const person = (i: number) => `participant-${String(i).padStart(6, "0")}`;

/** A session with `n` participants joined, without names. */
export function roomOf(n: number, state = freshSession()): LiveState {
  for (let i = 0; i < n; i++) state = must(state, { type: "join", participantId: person(i) }).state;
  return state;
}
