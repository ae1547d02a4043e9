import { describe, expect, it } from "vitest";
import { clockAt, formatDelta, formatMs, totalMs } from "@/app/_lib/journey/clock";

describe("Kareem's clock", () => {
  const steps = [{ ms: 30 }, {}, { ms: 50 }, { ms: 350 }];

  it("adds up the hops so far and knows the total", () => {
    expect(clockAt(steps, 0)).toEqual({ hop: 30, elapsed: 30, total: 430 });
    expect(clockAt(steps, 1)).toEqual({ hop: 0, elapsed: 30, total: 430 });
    expect(clockAt(steps, 3)).toEqual({ hop: 350, elapsed: 430, total: 430 });
    expect(totalMs(steps)).toBe(430);
  });

  it("reads an index past either end as no hop, and never counts beyond the total", () => {
    expect(clockAt(steps, -1)).toEqual({ hop: 0, elapsed: 0, total: 430 });
    expect(clockAt(steps, 99)).toEqual({ hop: 0, elapsed: 430, total: 430 });
    expect(clockAt([], 0)).toEqual({ hop: 0, elapsed: 0, total: 0 });
  });

  it("carries on from a base, as a fork does from the step it branches off", () => {
    expect(clockAt(steps, 0, 159)).toEqual({ hop: 30, elapsed: 189, total: 589 });
    expect(clockAt(steps, 3, 159).elapsed).toBe(159 + 430);
  });

  it("formats short and long times, and differences", () => {
    expect(formatMs(0)).toBe("0 ms");
    expect(formatMs(527)).toBe("527 ms");
    expect(formatMs(1250)).toBe("1.25 s");
    expect(formatMs(2000)).toBe("2 s");
    expect(formatMs(12_340)).toBe("12.3 s");
    expect(formatMs(90_000)).toBe("1.5 min");
    expect(formatMs(1_020_000)).toBe("17 min");
    expect(formatMs(5_400_000)).toBe("1.5 h");
    expect(formatDelta(-80)).toBe("saves 80 ms");
    expect(formatDelta(100)).toBe("costs 100 ms more");
    expect(formatDelta(0)).toBe("no change in time");
  });
});
