import { describe, expect, it } from "vitest";
import { activeFromBand, bandMargin, navigate, scrollBehaviour, UNRESOLVED } from "@/app/_lib/journey/navigation";

describe("navigate", () => {
  it("moves to a clamped index and remembers where it came from", () => {
    const a = navigate(UNRESOLVED, 0, 5);
    expect(a).toEqual({ index: 0, previous: undefined });
    const b = navigate(a, 3, 5);
    expect(b).toEqual({ index: 3, previous: 0 });
    expect(navigate(b, 99, 5)).toEqual({ index: 4, previous: 3 });
    expect(navigate(b, -2, 5)).toEqual({ index: 0, previous: 3 });
  });

  it("returns the same object when nothing changes, so React skips the render", () => {
    const n = { index: 2, previous: 1 };
    expect(navigate(n, 2, 5)).toBe(n);
  });
});

describe("the trigger band", () => {
  it("picks the last step in the band, or none", () => {
    expect(activeFromBand(new Set([3, 4]))).toBe(4);
    expect(activeFromBand(new Set())).toBeUndefined();
  });

  it("is a 1%-high band at the trigger line, kept inside the viewport", () => {
    expect(bandMargin(0.5)).toBe("-50% 0px -49% 0px");
    expect(bandMargin(0.64)).toBe("-64% 0px -35% 0px");
    expect(bandMargin(1.5)).toBe("-98% 0px -1% 0px");
  });
});

describe("scrollBehaviour", () => {
  it("glides to a neighbour only when motion is allowed", () => {
    expect(scrollBehaviour(3, 4, true)).toBe("smooth");
    expect(scrollBehaviour(4, 3, true)).toBe("smooth");
    expect(scrollBehaviour(3, 7, true)).toBe("auto");
    expect(scrollBehaviour(3, 4, false)).toBe("auto");
  });
});
