/**
 * Concept cards are one library for every journey: a second journey places the shared cards on
 * its own map (`<Concept nodes="…">`), and each card's page shows where it fits in both.
 */
import { join } from "node:path";
import { placedCards, whereItFits, whyBelongsTo } from "@/app/_lib/concepts/where-it-fits";
import { blockCards } from "@/app/_lib/journey/stack3d";
import { FIXTURES_DIR, loadRoot } from "./load-helpers";

const content = loadRoot(join(FIXTURES_DIR, "shared-cards"));
const journey = (slug: string) => content.journeys.find((j) => j.slug === slug)!;

describe("two journeys sharing the concept cards", () => {
  it("load with no problems, though the second journey's map has none of the cards' own nodes", () => {
    expect(content.lines).toEqual([]);
    expect(content.journeys.map((j) => j.slug)).toEqual(["sign-in", "tiny"]);
    expect(content.concepts.dns?.nodes).toEqual(["browser", "dns"]);
    expect(journey("sign-in").map.nodes.map((n) => n.id)).not.toContain("browser");
  });

  it("place each card where the journey says, the nodes of all its placements in order, or at the card's own nodes", () => {
    expect(journey("sign-in").cards).toEqual({
      dns: { nodes: ["laptop", "resolver"], why: "Nothing reaches the app until the laptop knows its address." },
      tls: { nodes: ["laptop", "idp", "app"] },
      "session-cookie": { nodes: ["app", "laptop"] },
    });
    expect(journey("tiny").cards).toEqual({ dns: { nodes: ["browser", "dns"] }, tls: { nodes: ["browser", "shop"] } });
  });

  it("build each card's 'where it fits' from every journey that places it, with the labels of its own map", () => {
    const fits = whereItFits("dns", content.journeys);
    expect(fits.map((f) => [f.slug, f.nodes.map((n) => n.label), f.why])).toEqual([
      ["sign-in", ["Laptop", "Office resolver"], "Nothing reaches the app until the laptop knows its address."],
      ["tiny", ["Browser", "DNS resolver"], undefined],
    ]);
    expect(fits.map((f) => f.requestName)).toEqual(["the sign-in", "the request"]);
    expect(whereItFits("session-cookie", content.journeys).map((f) => f.slug)).toEqual(["sign-in"]);
  });

  it("name, beside the card's own why, the first journey that does not say its own", () => {
    expect(whyBelongsTo("dns", content.journeys)).toBe("the request");
    expect(whyBelongsTo("tls", content.journeys)).toBe("the sign-in");
  });

  it("list on each block of a journey's 3D view only the cards it places there", () => {
    const cards = blockCards(journey("sign-in").map, placedCards(journey("sign-in"), content.concepts));
    expect(cards).toEqual({
      laptop: [{ id: "dns", title: "DNS" }, { id: "tls", title: "TLS" }, { id: "session-cookie", title: "Session cookie" }],
      resolver: [{ id: "dns", title: "DNS" }],
      app: [{ id: "tls", title: "TLS" }, { id: "session-cookie", title: "Session cookie" }],
      idp: [{ id: "tls", title: "TLS" }],
    });
  });
});

describe("a journey that places a shared card on its own nodes and fans a step out", () => {
  const tiny = loadRoot(join(FIXTURES_DIR, "shared-card-fan-out"));
  const photo = tiny.journeys[0]!;

  it("loads with no problems, though none of the card's own nodes is on its map", () => {
    expect(tiny.lines).toEqual([]);
    expect(tiny.concepts["message-queue"]?.nodes).toEqual(["queue", "workers"]);
    expect(photo.map.nodes.map((n) => n.id)).not.toContain("queue");
  });

  it("places the card where the journey says, with its own why, and a second placement without nodes reuses them", () => {
    expect(photo.cards).toEqual({
      "message-queue": { nodes: ["api", "jobs", "thumbs", "scan"], why: "The upload is answered at once; the workers take the job from the queue." },
    });
    expect(whereItFits("message-queue", tiny.journeys).map((f) => [f.slug, f.nodes.map((n) => n.label), f.requestName])).toEqual([
      ["photo", ["Upload API", "Job queue", "Thumbnails", "Scanner"], "the upload"],
    ]);
  });

  it("fans the step out: the first route is the packet's own, the others travel beside it", () => {
    const step = photo.steps.find((s) => s.id === "fanned-out")!;
    expect(step.path).toEqual(["jobs", "thumbs"]);
    expect(step.branches).toEqual([["jobs", "scan"]]);
    expect(step.span).toBe("thumbs");
    expect(photo.clock).toBe(70);
  });
});
