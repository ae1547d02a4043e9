import { describe, expect, it } from "vitest";
import type { Lens } from "@/app/_lib/content/schema";
import { lensMark, lensStops } from "@/app/_lib/journey/lenses";

const security: Lens = {
  id: "security",
  label: "Security",
  summary: "Checkpoints",
  waterfall: false,
  nodes: [
    { node: "waf", why: "Drops attacks" },
    { node: "gateway", why: "Checks the token" },
  ],
};

describe("a lens", () => {
  const steps = [
    { id: "dns", path: ["browser", "dns"] },
    { id: "edge", path: ["cdn", "waf", "lb", "gateway"] },
    { id: "gw", path: ["gateway"] },
    { id: "db", path: ["service", "db"] },
  ];

  it("lists, in order, the steps whose packet passes its nodes, with those nodes", () => {
    expect(lensStops(steps, security)).toEqual([
      { index: 1, id: "edge", nodes: ["waf", "gateway"] },
      { index: 2, id: "gw", nodes: ["gateway"] },
    ]);
  });

  it("keeps its nodes bright and sets the rest aside; no lens marks nothing", () => {
    expect(lensMark(security, "waf")).toBe("in");
    expect(lensMark(security, "db")).toBe("out");
    expect(lensMark(undefined, "db")).toBeUndefined();
  });
});
