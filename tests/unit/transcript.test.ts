import { describe, expect, it } from "vitest";
import { clockAt } from "@/app/_lib/journey/clock";
import { stageState, type StageStep } from "@/app/_lib/journey/stage";
import { describeStage, stepTranscripts } from "@/app/_lib/journey/transcript";
import { testMap } from "../support/test-map";

const map = testMap(
  [
    ["browser", "Kareem's browser", "client", 10, 10],
    ["dns", "DNS resolver", "network", 20, 10],
    ["cdn", "CDN edge", "edge", 30, 10],
    ["waf", "WAF", "edge", 40, 10],
  ],
);
const steps: StageStep[] = [
  { id: "sit", path: ["browser"], focus: [], packet: "cart: 1 item", caption: "The cart waits.", ms: 0 },
  { id: "ask", path: ["browser", "dns"], focus: ["cdn"], packet: "A? shop.example", caption: "The browser asks.", ms: 20 },
  {
    id: "edge",
    path: ["browser", "dns", "cdn", "waf"],
    focus: [],
    packet: "POST /checkout",
    caption: "Through the edge.",
    ms: 15,
    inspect: { hop: "waf", title: "What the firewall reads", parts: [{ label: "Headers", lang: "http", lines: [] }, { label: "Verdict", lang: "text", lines: [] }] },
  },
  { id: "guess", path: ["dns", "cdn"], focus: [], packet: "?", caption: "Where next?", ms: 1, predict: { quiz: "q", nodes: ["cdn", "waf"] } },
];
const say = (i: number, answered = new Set<string>()) => describeStage(map, steps[i]!, stageState(map, steps, i, answered), clockAt(steps, i), "Kareem’s clock");

describe("the stage's transcript", () => {
  it("says where the packet stays, the caption, and that the step adds no time", () => {
    expect(say(0)).toBe("Step 1 of 4. The cart waits. The packet “cart: 1 item” stays at Kareem's browser. Kareem’s clock reads 0 ms; this step adds no time.");
  });

  it("says where it moves, what else is lit, and the clock with this hop's cost", () => {
    expect(say(1)).toBe(
      "Step 2 of 4. The browser asks. The packet “A? shop.example” moves from Kareem's browser to DNS resolver. Also lit: CDN edge. Kareem’s clock reads 20 ms; this hop cost 20 ms.",
    );
  });

  it("names every node a longer route passes, and what the inspector holds", () => {
    expect(say(2)).toContain("travels from Kareem's browser through DNS resolver and CDN edge to WAF.");
    expect(say(2)).toContain("The inspector holds what the firewall reads, as WAF sees it: Headers and Verdict.");
  });

  it("says that a fan-out's other packets go at the same time, and where", () => {
    const one: StageStep = { id: "fan", path: ["dns", "browser"], branches: [["dns", "cdn"]], focus: [], packet: "answer", caption: "Two answers.", ms: 0 };
    const two: StageStep = { ...one, branches: [["dns", "cdn"], ["dns", "cdn", "waf"]] };
    const tell = (s: StageStep) => describeStage(map, s, stageState(map, [s], 0), clockAt([s], 0));
    expect(tell(one)).toContain("The packet “answer” moves from DNS resolver to Kareem's browser. At the same time, a second packet goes to CDN edge.");
    expect(tell(two)).toContain("At the same time, 2 more packets go to CDN edge and through CDN edge to WAF.");
  });

  it("says when the packet waits for an answer, and which candidates are lit", () => {
    expect(say(3)).toContain("waits at DNS resolver: the question in the text asks where it goes next. The candidates lit on the map are CDN edge and WAF.");
    expect(say(3, new Set(["q"]))).toContain("moves from DNS resolver to CDN edge.");
  });

  it("is there for every step, answered, with the clock carried from a base", () => {
    const all = stepTranscripts(map, steps, 100);
    expect(all[0]).toContain("The clock reads 100 ms");
    expect(all).toHaveLength(steps.length);
    expect(all[3]).toContain("moves from DNS resolver to CDN edge");
    expect(all[3]).toContain("reads 136 ms");
  });
});
