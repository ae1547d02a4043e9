import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/app/_lib/content/load";
import { totalMs } from "@/app/_lib/journey/clock";
import { traceWaterfall } from "@/app/_lib/journey/trace";
import { testMap } from "../support/test-map";

const map = testMap(
  [
    ["browser", "Browser", "client", 10, 10],
    ["dns", "DNS", "network", 20, 10],
    ["gateway", "Gateway", "infrastructure", 30, 10],
    ["service", "Service", "application", 40, 10],
    ["db", "DB", "data", 50, 10],
    ["payment", "Payment", "external", 60, 10],
  ],
);
const steps = [
  { id: "click", path: ["browser"], packet: "click", ms: 5 },
  { id: "ask", path: ["browser", "dns"], packet: "A?", ms: 20 },
  { id: "answer", path: ["dns", "browser"], packet: "203.0.113.10", ms: 10, span: "dns" },
  { id: "look", path: ["browser"], packet: "-", ms: 0 },
  { id: "gw", path: ["gateway"], packet: "auth", ms: 5 },
  { id: "charge", path: ["service", "payment"], packet: "charge", ms: 350 },
  { id: "save", path: ["service", "db"], packet: "INSERT", ms: 15 },
];

describe("the trace waterfall", () => {
  const { total, spans } = traceWaterfall(map, steps);
  const byKey = new Map(spans.map((s) => [s.key, s]));

  it("has one span per step that costs time, starting where the clock stood", () => {
    expect(total).toBe(405);
    const stepSpans = spans.filter((s) => s.kind === "step");
    expect(stepSpans.map((s) => s.key)).toEqual(["click", "ask", "answer", "gw", "charge", "save"]);
    expect(stepSpans.map((s) => [s.start, s.duration])).toEqual([
      [0, 5],
      [5, 20],
      [25, 10],
      [35, 5],
      [40, 350],
      [390, 15],
    ]);
    expect(stepSpans.reduce((sum, s) => sum + s.duration, 0)).toBe(totalMs(steps));
  });

  it("files each span under its node's layer (the span node when given), layers nested as they call each other", () => {
    expect(byKey.get("answer")).toMatchObject({ layer: "network", node: "dns", name: "DNS: 203.0.113.10" });
    expect(spans.map((s) => `${"  ".repeat(s.depth)}${s.key} ${s.start}+${s.duration}`)).toEqual([
      "layer:client 0+405",
      "  click 0+5",
      "  layer:network 5+400",
      "    ask 5+20",
      "    answer 25+10",
      // A layer with no time of its own still encloses the layers it calls, as a proxy's span does.
      "    layer:edge 35+370",
      "      layer:infrastructure 35+370",
      "        gw 35+5",
      "        layer:application 40+365",
      "          layer:external 40+350",
      "            charge 40+350",
      "          layer:data 390+15",
      "            save 390+15",
    ]);
  });

  it("makes every layer's span enclose everything under it", () => {
    spans.forEach((s, i) => {
      if (s.kind !== "layer") return;
      const inside = spans.slice(i + 1).filter((t, k, rest) => t.depth > s.depth && rest.slice(0, k).every((u) => u.depth > s.depth));
      expect(inside.length, s.key).toBeGreaterThan(0);
      for (const t of inside) {
        expect(t.start, `${t.key} in ${s.key}`).toBeGreaterThanOrEqual(s.start);
        expect(t.start + t.duration, `${t.key} in ${s.key}`).toBeLessThanOrEqual(s.start + s.duration);
      }
    });
    expect(byKey.get("layer:client")).toMatchObject({ start: 0, duration: 405 });
    expect(byKey.get("layer:application")).toMatchObject({ start: 40, duration: 365 });
    expect(byKey.get("layer:data")!.depth).toBeGreaterThan(byKey.get("layer:application")!.depth);
  });

  it("names a span by its node and packet, or by its node alone while the packet's label has not come", () => {
    expect(byKey.get("charge")?.name).toBe("Payment: charge");
    const [unlabelled] = traceWaterfall(map, [{ ...steps[5]!, packet: "" }]).spans.filter((s) => s.kind === "step");
    expect(unlabelled?.name).toBe("Payment");
  });

  it("starts from a base, as a fork's trace does", () => {
    const forked = traceWaterfall(map, steps.slice(4), 159);
    expect(forked.total).toBe(370);
    expect(forked.spans.find((s) => s.key === "gw")?.start).toBe(159);
  });

  // Loaded as the tests are collected (no per-test time limit): the whole library compiles its MDX.
  const journey = loadContent({ root: join(process.cwd(), "journeys") }).journeys.find((j) => j.slug === "kareems-click")!;

  it("adds up to the clock journey.yaml states, for Kareem's click", () => {
    const { total: t, spans: s } = traceWaterfall(journey.map, journey.steps);
    expect(t).toBe(journey.clock);
    expect(s.filter((x) => x.kind === "step").reduce((sum, x) => sum + x.duration, 0)).toBe(journey.clock);
    expect(s[0]).toMatchObject({ key: "layer:client", start: 0, duration: journey.clock });
  });
});
