/**
 * The live session's credentials: join codes people type, the instructor's secret, and the ids
 * participants answer with. Randomness is passed in (a function returning bytes), so tests are
 * deterministic; the server passes `systemRandom`. Server-side: it uses node:crypto.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { CODE_LENGTH, PARTICIPANT_ID_BYTES, SECRET_BYTES } from "./limits";

/** Where randomness comes from: `size` unpredictable bytes. */
export type RandomBytes = (size: number) => Uint8Array;

/** The operating system's cryptographic randomness. */
export const systemRandom: RandomBytes = (size) => new Uint8Array(randomBytes(size));

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so nothing read aloud or off
 * a projector is mistaken for something else. 32 symbols, 5 bits each.
 */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Letters people type for the digits they look like; Crockford reads them so too. */
const LOOKALIKES: Record<string, string> = { I: "1", L: "1", O: "0" };

/** A typed code longer than this is not a code with a few spaces in it. */
const MAX_TYPED = 32;

/** Bytes from `random`, checked: a source that returns fewer would quietly weaken every code. */
function bytes(random: RandomBytes, size: number): Uint8Array {
  const out = random(size);
  if (out.length < size) throw new Error(`the random source gave ${out.length} bytes where ${size} were asked for`);
  return out;
}

/** A new join code: CODE_LENGTH symbols, each from one random byte (32 divides 256, so each is equally likely). */
export function newJoinCode(random: RandomBytes): string {
  return Array.from(bytes(random, CODE_LENGTH), (b) => CODE_ALPHABET[b & 31]).join("");
}

// How a code is shown lives with the clients that show it (no node:crypto there).
export { formatCode } from "./room";

/** A typed code read: the canonical code, or what is wrong with it. */
export type CodeResult = { ok: true; code: string } | { ok: false; problem: string };

/**
 * A code as someone typed it, made canonical: case, spaces and hyphens do not matter, and I, L
 * and O are read as 1, 1 and 0. Anything else gets a sentence saying what is wrong.
 */
export function normaliseCode(typed: string): CodeResult {
  if (typed.length > MAX_TYPED) return { ok: false, problem: `is too long for a join code (${CODE_LENGTH} characters)` };
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[ILO]/g, (c) => LOOKALIKES[c] ?? c);
  if (code === "") return { ok: false, problem: "is empty: type the join code shown on the screen" };
  const bad = [...code].findIndex((c) => !CODE_ALPHABET.includes(c));
  if (bad >= 0) return { ok: false, problem: `has '${[...code][bad]}', which is not in a join code (digits and letters except I, L, O and U)` };
  if (code.length !== CODE_LENGTH) return { ok: false, problem: `has ${code.length} characters where a join code has ${CODE_LENGTH}` };
  return { ok: true, code };
}

/** Bytes as base64url without padding: safe in JSON, headers and URLs. */
function base64url(data: Uint8Array): string {
  return Buffer.from(data).toString("base64url");
}

/** A new instructor secret: SECRET_BYTES random bytes as base64url. Only its hash is kept. */
export function newSecret(random: RandomBytes): string {
  return base64url(bytes(random, SECRET_BYTES));
}

/** A new participant id: PARTICIPANT_ID_BYTES random bytes as base64url, never broadcast. */
export function newParticipantId(random: RandomBytes): string {
  return base64url(bytes(random, PARTICIPANT_ID_BYTES));
}

/** The sha256 of a secret, as hex: what a session keeps in place of the secret. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Whether `secret` is the one whose hash is `hash`. Hashes of equal length are compared in
 * constant time, so how long the comparison takes says nothing about how close a guess came.
 */
export function secretMatches(secret: string, hash: string): boolean {
  const given = createHash("sha256").update(secret, "utf8").digest();
  const kept = Buffer.from(hash, "hex");
  return kept.length === given.length && timingSafeEqual(given, kept);
}
