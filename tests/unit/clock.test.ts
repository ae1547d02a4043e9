import { describe, expect, it } from "vitest";
import { clockAt, formatMs } from "@/app/_lib/journey/clock";

describe("Kareem's clock", () => {
  const steps = [{ ms: 30 }, {}, { ms: 50 }, { ms: 350 }];

  it("adds up the hops so far and knows the total", () => {
    expect(clockAt(steps, 0)).toEqual({ hop: 30, elapsed: 30, total: 430 });
    expect(clockAt(steps, 1)).toEqual({ hop: 0, elapsed: 30, total: 430 });
    expect(clockAt(steps, 3)).toEqual({ hop: 350, elapsed: 430, total: 430 });
  });

  it("reads an index past either end as no hop, and never counts beyond the total", () => {
    expect(clockAt(steps, -1)).toEqual({ hop: 0, elapsed: 0, total: 430 });
    expect(clockAt(steps, 99)).toEqual({ hop: 0, elapsed: 430, total: 430 });
    expect(clockAt([], 0)).toEqual({ hop: 0, elapsed: 0, total: 0 });
  });

  it("formats short and long times", () => {
    expect(formatMs(0)).toBe("0 ms");
    expect(formatMs(527)).toBe("527 ms");
    expect(formatMs(1250)).toBe("1.25 s");
    expect(formatMs(2000)).toBe("2 s");
    expect(formatMs(12_340)).toBe("12.3 s");
  });
});
