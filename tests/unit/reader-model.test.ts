import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drawsWholeJourney } from "@/app/_lib/content/mdx-tags";
import { toForkModel, toReaderModel, viewText, withPackets } from "@/app/_lib/journey/reader-model";
import { toPresentModel } from "@/app/_lib/present/slides";
import { FIXTURES_DIR, loadRoot } from "../content/load-helpers";

const journey = loadRoot(join(FIXTURES_DIR, "valid-extras")).journeys[0]!;

describe("what the browser gets of a journey", () => {
  it("sends inspector payloads and forks only for the page's own steps", () => {
    const first = toReaderModel(journey, 0);
    expect(first.steps.map((s) => s.id)).toEqual(["sitting", "lookup", "request"]);
    expect(first.steps[1]).toHaveProperty("inspect");
    expect(first.steps[1]?.forks).toEqual([{ id: "resolver-down", title: "The resolver does not answer" }]);
    expect(first.steps[2]).not.toHaveProperty("inspect");
    expect(toReaderModel(journey, 1).steps[2]).toHaveProperty("inspect");
    expect(first.clockBase).toBe(0);
  });

  it("sends the lenses and variations without their prose, which view.json carries", () => {
    const model = toReaderModel(journey, 0);
    expect(journey.lenses.length).toBeGreaterThan(0);
    expect(journey.variations.length).toBeGreaterThan(0);
    expect(model.lenses).toEqual(journey.lenses.map(({ id, label, waterfall, nodes }) => ({ id, label, waterfall, nodes: nodes.map(({ node }) => ({ node })) })));
    expect(model.variations).toEqual(journey.variations.map(({ summary: _s, buys: _b, costs: _c, ...change }) => change));
    const prose = JSON.stringify(model);
    const text = viewText(journey);
    for (const l of journey.lenses) {
      expect(prose).not.toContain(l.summary);
      expect(text.lenses[l.id]).toEqual({ summary: l.summary, why: Object.fromEntries(l.nodes.map((n) => [n.node, n.why])) });
    }
    for (const v of journey.variations) {
      expect(prose).not.toContain(v.buys);
      expect(text.variations[v.id]).toEqual({ summary: v.summary, buys: v.buys, costs: v.costs });
    }
  });

  it("sends captions and packet labels only for the page's own steps, and what the clock and lenses read for all", () => {
    const first = toReaderModel(journey, 0);
    const [sitting, lookup, request] = first.steps;
    expect(sitting?.caption).toBe(journey.steps[0]!.caption);
    expect(lookup?.caption).not.toBe("");
    expect(lookup?.packet).toBe(journey.steps[1]!.packet);
    expect(request).toMatchObject({ id: "request", caption: "", packet: "", path: journey.steps[2]!.path, ms: journey.steps[2]!.ms });
    expect(toReaderModel(journey, 1).steps[2]).toMatchObject({ caption: journey.steps[2]!.caption, packet: journey.steps[2]!.packet });
  });

  it("sends more of the other steps where the page shows them: packets for a whole-journey trace, everything the stage says for the presenter", () => {
    expect(journey.steps[2]!.packet).not.toBe("");
    expect(toReaderModel(journey, 0, { packets: true }).steps[2]).toMatchObject({ caption: "", packet: journey.steps[2]!.packet });
    const present = toPresentModel(journey, {});
    expect(present.steps.map((s) => [s.caption, s.packet, s.predict])).toEqual(journey.steps.map((s) => [s.caption, s.packet, s.predict]));
    // A next-hop question past the first chapter still holds the room's packet.
    const asked = { ...journey, steps: journey.steps.map((s, i) => (i === 2 ? { ...s, predict: { quiz: "where-next", nodes: s.path } } : s)) };
    expect(toReaderModel(asked, 0).steps[2]).not.toHaveProperty("predict");
    expect(toPresentModel(asked, {}).steps[2]?.predict).toEqual({ quiz: "where-next", nodes: journey.steps[2]!.path });
    expect(present.steps[2]).not.toHaveProperty("inspect");
    // The room sees the journey as written: no menus, so no variations or lenses.
    expect([present.variations, present.lenses]).toEqual([[], []]);
  });

  it("fills in the packet labels a page left out from view.json, and only those", () => {
    const { packets } = viewText(journey);
    expect(packets).toEqual(Object.fromEntries(journey.steps.map((s) => [s.id, s.packet])));
    const steps = toReaderModel(journey, 0).steps;
    expect(withPackets(steps, undefined)).toBe(steps);
    expect(withPackets(steps, packets).map((s) => s.packet)).toEqual(journey.steps.map((s) => s.packet));
    const own = [{ ...steps[0]!, packet: "changed by a variation" }];
    expect(withPackets(own, packets)[0]?.packet).toBe("changed by a variation");
  });

  it("knows a chapter draws the whole journey when its compiled MDX names the trace waterfall", () => {
    expect(drawsWholeJourney('const {Step, TraceWaterfall} = _components; return _jsx(TraceWaterfall, {});')).toBe(true);
    expect(drawsWholeJourney('const {Step, Quiz} = _components; return _jsx(Step, {children: "TraceWaterfalls"});')).toBe(false);
  });

  it("gives a fork's page its own steps, the clock from before the step it branches off, and the way back", () => {
    const fork = toForkModel(journey, "resolver-down")!;
    expect(fork.steps.map((s) => s.id)).toEqual(["no-answer", "second-resolver"]);
    expect(fork.chapters).toEqual([{ id: "resolver-down", title: "The resolver does not answer", firstStep: 0, stepCount: 2 }]);
    // It branches off step 2 (12 ms); the clock stood at step 1's total, 0 ms.
    expect(fork.clockBase).toBe(0);
    expect(fork.fork).toEqual({
      id: "resolver-down",
      title: "The resolver does not answer",
      summary: "The lookup times out and the browser asks another resolver.",
      origin: { id: "lookup", href: "/journeys/tiny#lookup", number: 2 },
    });
    expect(fork.variations).toEqual([]);
    expect(toForkModel(journey, "no-such-fork")).toBeUndefined();
  });
});
