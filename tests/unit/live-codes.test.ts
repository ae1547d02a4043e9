import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  formatCode,
  hashSecret,
  newJoinCode,
  newParticipantId,
  newSecret,
  normaliseCode,
  secretMatches,
  systemRandom,
} from "@/app/_lib/live/codes";
import { CODE_LENGTH } from "@/app/_lib/live/limits";
import { seededRandom } from "@/tests/support/live";

describe("join codes", () => {
  it("are CODE_LENGTH characters of Crockford's alphabet, with at least 30 bits between them", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(30);
    const code = newJoinCode(seededRandom("a"));
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
  });

  it("come from the randomness they are given: the same bytes make the same code, others another", () => {
    expect(newJoinCode(seededRandom("a"))).toBe(newJoinCode(seededRandom("a")));
    expect(newJoinCode(seededRandom("a"))).not.toBe(newJoinCode(seededRandom("b")));
    // Byte values map onto the alphabet evenly: 0 and 32 give the first symbol, 31 and 255 the last.
    expect(newJoinCode(() => Uint8Array.from([0, 32, 31, 255, 1, 33, 10]))).toBe("00ZZ11A");
  });

  it("use every symbol about equally over many codes", () => {
    const random = seededRandom("spread");
    const seen = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of newJoinCode(random)) seen.set(c, (seen.get(c) ?? 0) + 1);
    expect(seen.size).toBe(32);
    // 14,000 symbols over 32: about 437 each; a biased mapping would show far outside this band.
    for (const n of seen.values()) {
      expect(n).toBeGreaterThan(330);
      expect(n).toBeLessThan(550);
    }
  });

  it("refuse a random source that gives too few bytes", () => {
    expect(() => newJoinCode(() => new Uint8Array(3))).toThrow(/gave 3 bytes where 7 were asked for/);
  });

  it("come from the system's randomness on the server", () => {
    const codes = new Set(Array.from({ length: 50 }, () => newJoinCode(systemRandom)));
    expect(codes.size).toBe(50);
  });

  it("read as typed: any case, spaces and hyphens, and I, L, O taken for 1, 1, 0", () => {
    expect(normaliseCode("k7q-4mzp")).toEqual({ ok: true, code: "K7Q4MZP" });
    expect(normaliseCode("  K7Q 4MZP ")).toEqual({ ok: true, code: "K7Q4MZP" });
    expect(normaliseCode("k-7-q-4-m-z-p")).toEqual({ ok: true, code: "K7Q4MZP" });
    expect(normaliseCode("ILO1234")).toEqual({ ok: true, code: "1101234" });
    expect(normaliseCode(formatCode("K7Q4MZP"))).toEqual({ ok: true, code: "K7Q4MZP" });
    expect(formatCode("K7Q4MZP")).toBe("K7Q-4MZP");
  });

  it.each([
    ["", /is empty/],
    [" - ", /is empty/],
    ["K7Q4MZ", /has 6 characters where a join code has 7/],
    ["K7Q4MZPP", /has 8 characters where a join code has 7/],
    ["K7Q4MZU", /has 'U', which is not in a join code/],
    ["K7Q_4MZ", /has '_', which is not in a join code/],
    ["K7Q4MZ😀", /has '😀', which is not in a join code/],
    ["K".repeat(33), /is too long for a join code/],
  ])("refuse %j plainly", (typed, problem) => {
    const read = normaliseCode(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });
});

describe("instructor secrets and participant ids", () => {
  it("hold at least 128 random bits, as base64url", () => {
    const secret = newSecret(seededRandom("s"));
    expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(newSecret(seededRandom("s"))).toBe(secret);
    expect(newSecret(seededRandom("t"))).not.toBe(secret);
    const id = newParticipantId(seededRandom("p"));
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(id, "base64url").length * 8).toBeGreaterThanOrEqual(128);
  });

  it("are kept as a sha256 hash, and only the secret itself matches it", () => {
    const secret = newSecret(seededRandom("s"));
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret}x`, hash)).toBe(false);
    expect(secretMatches(secret.slice(1), hash)).toBe(false);
    expect(secretMatches("", hash)).toBe(false);
  });

  it("do not match a malformed hash rather than throwing", () => {
    const secret = newSecret(seededRandom("s"));
    expect(secretMatches(secret, "")).toBe(false);
    expect(secretMatches(secret, "not hex at all")).toBe(false);
    expect(secretMatches(secret, hashSecret(secret).slice(0, 62))).toBe(false);
  });
});
