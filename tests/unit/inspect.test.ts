import { describe, expect, it } from "vitest";
import { diffLines, inspectSequence } from "@/app/_lib/content/inspect-diff";
import { changeCount, partText } from "@/app/_lib/journey/inspect";

const text = (lines: string[]) => lines.join("\n");

describe("the inspector's line diff", () => {
  it("marks nothing when the block is the same", () => {
    expect(diffLines(["a", "b"], ["a", "b"])).toEqual([
      { text: "a", mark: "same" },
      { text: "b", mark: "same" },
    ]);
  });

  it("marks headers a hop adds, where they stand", () => {
    expect(diffLines(["POST /checkout", "host: shop.example"], ["POST /checkout", "host: shop.example", "via: edge-07", "x-forwarded-for: 198.51.100.23"]).map((l) => l.mark)).toEqual([
      "same",
      "same",
      "added",
      "added",
    ]);
  });

  it("shows a header a hop strips as removed, and a changed line as removed then added", () => {
    expect(diffLines(["POST /checkout HTTP/2", "authorization: Bearer x", "cookie: sid=7f3a"], ["POST /checkout HTTP/1.1", "cookie: sid=7f3a", "x-user-id: 7"])).toEqual([
      { text: "POST /checkout HTTP/2", mark: "removed" },
      { text: "authorization: Bearer x", mark: "removed" },
      { text: "POST /checkout HTTP/1.1", mark: "added" },
      { text: "cookie: sid=7f3a", mark: "same" },
      { text: "x-user-id: 7", mark: "added" },
    ]);
  });

  it("handles empty blocks on either side", () => {
    expect(diffLines([], ["a"])).toEqual([{ text: "a", mark: "added" }]);
    expect(diffLines(["a"], [])).toEqual([{ text: "a", mark: "removed" }]);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe("inspections along a sequence", () => {
  const steps = [
    { id: "edge", inspect: { hop: "cdn", title: "At the edge", parts: [{ label: "Headers", lang: "http", text: text(["POST /checkout", "host: shop.example"]) }] } },
    { id: "quiet" },
    {
      id: "lb",
      inspect: {
        hop: "lb",
        title: "At the balancer",
        parts: [
          { label: "Headers", lang: "http", text: text(["POST /checkout", "host: shop.example", "x-forwarded-proto: https"]) },
          { label: "Target", lang: "text", text: "node 2 of 3\n" },
        ],
      },
    },
    { id: "gw", inspect: { hop: "gateway", title: "At the gateway", parts: [{ label: "Headers", lang: "http", text: text(["POST /checkout", "x-forwarded-proto: https"]) }] } },
  ];

  it("compares each block with the last block of the same label, and names where that was", () => {
    const { inspections } = inspectSequence(steps);
    expect([...inspections.keys()]).toEqual(["edge", "lb", "gw"]);
    const [headers, target] = inspections.get("lb")!.parts;
    expect(headers!.since).toEqual({ step: "edge", hop: "cdn" });
    expect(changeCount(headers!)).toEqual({ added: 1, removed: 0 });
    expect(target!.since).toBeUndefined();
    expect(target!.lines).toEqual([{ text: "node 2 of 3", mark: "same", tokens: [["node 2 of 3"]] }]);
    const gw = inspections.get("gw")!.parts[0]!;
    expect(gw.since).toEqual({ step: "lb", hop: "lb" });
    expect(changeCount(gw)).toEqual({ added: 0, removed: 1 });
  });

  it("a block first seen is new, with every line unmarked", () => {
    const edge = inspectSequence(steps).inspections.get("edge")!.parts[0]!;
    expect(edge.since).toBeUndefined();
    expect(edge.lines.every((l) => l.mark === "same")).toBe(true);
  });

  it("continues from a seed (a fork compares with the main line up to where it branched) without changing it", () => {
    const { last } = inspectSequence(steps.slice(0, 1));
    const before = new Map(last);
    const fork = inspectSequence([steps[3]!], last).inspections.get("gw")!.parts[0]!;
    expect(fork.since).toEqual({ step: "edge", hop: "cdn" });
    expect(changeCount(fork)).toEqual({ added: 1, removed: 1 });
    expect(last).toEqual(before);
  });

  it("highlights the lines standing at this hop, in the block's language, and leaves a removed line plain", () => {
    const gw = inspectSequence(steps).inspections.get("gw")!.parts[0]!;
    const [request, removed, header] = gw.lines;
    expect(removed).toEqual({ text: "host: shop.example", mark: "removed" });
    for (const line of [request!, header!]) expect(line.tokens!.map(([t]) => t).join("")).toBe(line.text);
    // The method is a keyword and the header's name is not plain text.
    expect(request!.tokens![0]).toEqual(["POST", "keyword"]);
    expect(header!.tokens!.some(([t, kind]) => t.includes("x-forwarded-proto") && kind)).toBe(true);
  });

  it("copies the block as it stands at this hop: removed lines left out", () => {
    const gw = inspectSequence(steps).inspections.get("gw")!.parts[0]!;
    expect(partText(gw)).toBe("POST /checkout\nx-forwarded-proto: https");
  });
});
