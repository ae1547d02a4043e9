import { describe, expect, it } from "vitest";
import { LEAVING_MS, readerNav, ROUTER_DELAY_MS, START, TRIP_MS, type NavEffect, type NavEnv, type NavEvent, type NavPage, type NavState } from "@/app/_lib/journey/reader-nav";

// Six steps over two chapters; this page reads the second chapter (steps 3, 4, 5).
const ids = ["a", "b", "c", "d", "e", "f"];
const page: NavPage = { firstStep: 3, stepCount: 3, ids };

/** A reader on this page: sends events at given times and keeps what the machine says. */
function reader(at: Partial<NavEnv> = {}) {
  let state: NavState = START;
  const env: NavEnv = { now: 0, path: "/journeys/j/two", hash: "", nextState: true, ...at };
  const log: NavEffect[] = [];
  let wake: number | null = null;
  const send = (event: NavEvent, now = env.now) => {
    env.now = now;
    const r = readerNav(state, event, page, env);
    state = r.state;
    wake = r.wake;
    log.push(...r.effects);
    // The browser does what the machine asked: the hash follows.
    for (const e of r.effects) if (e.type === "hash" || e.type === "router") env.hash = `#${e.id}`;
    return r.effects;
  };
  return {
    send,
    env,
    log,
    get state() {
      return state;
    },
    get wake() {
      return wake;
    },
    /** Lets time pass to the machine's next wake-up. */
    tick: () => (wake === null ? [] : send({ type: "tick" }, wake)),
  };
}

describe("loading a chapter page", () => {
  it("starts on the page's first step with a clean URL when there is no hash", () => {
    const r = reader();
    expect(r.send({ type: "url", initial: true })).toEqual([]);
    expect(r.state).toMatchObject({ index: 3, previous: undefined, trip: null });
    expect(r.wake).toBeNull();
  });

  it("goes to the step a deep link names, at once, and tells the router once the reader pauses", () => {
    const r = reader({ hash: "#e" });
    expect(r.send({ type: "url", initial: true }, 100)).toEqual([{ type: "scroll", index: 4, behavior: "auto" }]);
    expect(r.state).toMatchObject({ index: 4, previous: undefined, trip: { index: 4 } });
    // The first wake-up is the router write, due before the requested scroll gives up.
    expect(r.wake).toBe(100 + ROUTER_DELAY_MS);
    expect(r.tick()).toEqual([{ type: "router", id: "e" }]);
    expect(r.state.router).toEqual({ knows: true, due: null });
  });

  it("a reload is a deep link: the hash names the step the reader was on", () => {
    const r = reader({ hash: "#f" });
    r.send({ type: "url", initial: true });
    expect(r.state.index).toBe(5);
  });

  it("hands a link to another chapter's step over to that chapter's page", () => {
    const r = reader({ hash: "#a" });
    expect(r.send({ type: "url", initial: true })).toEqual([{ type: "leave", index: 0, how: "replace" }]);
    expect(r.state.index).toBe(-1);
  });

  it("reads an unknown hash as no hash", () => {
    const r = reader({ hash: "#nowhere" });
    r.send({ type: "url", initial: true });
    expect(r.state.index).toBe(3);
  });
});

describe("scrolling", () => {
  it("makes the last step in the trigger band active", () => {
    const r = reader();
    r.send({ type: "url", initial: true });
    r.send({ type: "band", changes: [[3, true], [4, true]] });
    expect(r.state).toMatchObject({ index: 4, previous: 3, band: [3, 4] });
    r.send({ type: "band", changes: [[4, false]] });
    expect(r.state.index).toBe(3);
  });

  it("the hash follows each step by the cheap write, and the router learns the URL once after start-up", () => {
    const r = reader();
    r.send({ type: "url", initial: true }, 0);
    expect(r.send({ type: "band", changes: [[4, true]] }, 1000)).toEqual([{ type: "hash", id: "e" }]);
    expect(r.send({ type: "band", changes: [[5, true]] }, 1300)).toEqual([{ type: "hash", id: "f" }]);
    // The write waits for a pause: each step moves it on.
    expect(r.wake).toBe(1300 + ROUTER_DELAY_MS);
    expect(r.tick()).toEqual([{ type: "router", id: "f" }]);
    r.send({ type: "band", changes: [[5, false]] }, 3000);
    expect(r.log.at(-1)).toEqual({ type: "hash", id: "e" });
    // The router knows the page; the cheap writes are enough from now on.
    expect(r.wake).toBeNull();
  });

  it("writes nothing cheap where the history entry lacks Next's state, and tells the router instead", () => {
    const r = reader({ nextState: false });
    r.send({ type: "url", initial: true }, 0);
    expect(r.send({ type: "band", changes: [[4, true]] }, 10)).toEqual([]);
    expect(r.tick()).toEqual([{ type: "router", id: "e" }]);
  });
});

describe("a step asked for (the stepper, a chapter link, an island)", () => {
  it("glides to a neighbour and lands at once further away, or under reduced motion", () => {
    const r = reader();
    r.send({ type: "url", initial: true });
    expect(r.send({ type: "go", to: 4, motionAllowed: true })).toContainEqual({ type: "scroll", index: 4, behavior: "smooth" });
    expect(r.send({ type: "go", to: 3, motionAllowed: false })).toContainEqual({ type: "scroll", index: 3, behavior: "auto" });
    expect(r.send({ type: "go", to: 5, motionAllowed: true })).toContainEqual({ type: "scroll", index: 5, behavior: "auto" });
    expect(r.state).toMatchObject({ index: 5, previous: 3 });
  });

  it("ignores the steps the scroll passes, and ends when its target reaches the band", () => {
    const r = reader();
    r.send({ type: "url", initial: true }, 0);
    r.send({ type: "go", to: 5, motionAllowed: true }, 10);
    r.send({ type: "band", changes: [[4, true]] }, 100);
    expect(r.state.index).toBe(5);
    r.send({ type: "band", changes: [[4, false], [5, true]] }, 200);
    expect(r.state).toMatchObject({ index: 5, trip: null });
  });

  it("gives way to the reader's own scrolling, and gives up after a while", () => {
    const r = reader();
    r.send({ type: "url", initial: true }, 0);
    r.send({ type: "band", changes: [[3, true]] }, 5);
    r.send({ type: "go", to: 5, motionAllowed: true }, 10);
    r.send({ type: "take-over" }, 50);
    expect(r.state).toMatchObject({ index: 3, trip: null });

    r.send({ type: "go", to: 5, motionAllowed: true }, 1000);
    r.send({ type: "band", changes: [[3, false], [4, true]] }, 1100);
    r.send({ type: "tick" }, 1000 + TRIP_MS);
    expect(r.state).toMatchObject({ index: 4, trip: null });
  });

  it("crosses to another chapter's page for a step read there (Next/Previous at a page's end), and clamps", () => {
    const r = reader();
    r.send({ type: "url", initial: true });
    expect(r.send({ type: "go", to: 2, motionAllowed: true })).toEqual([{ type: "leave", index: 2, how: "push" }]);
    expect(r.send({ type: "go", to: 99, motionAllowed: true })).toContainEqual({ type: "scroll", index: 5, behavior: "auto" });
    expect(r.send({ type: "go", to: -4, motionAllowed: true })).toEqual([{ type: "leave", index: 0, how: "push" }]);
    // Crossing by Next/Previous leaves the router write alone: the next page may reuse this reader.
    expect(r.state.leaving).toBeNull();
  });
});

describe("a link followed to another page", () => {
  it("holds the router write back while the old page still shows, even in the first moments", () => {
    const r = reader({ hash: "#e" });
    r.send({ type: "url", initial: true }, 0);
    r.send({ type: "depart" }, 200);
    expect(r.tick()).toEqual([]);
    expect(r.state.router.knows).toBe(false);
  });

  it("writes again once the next page is there, or once the departure has come to nothing", () => {
    const gone = reader({ hash: "#e" });
    gone.send({ type: "url", initial: true }, 0);
    gone.send({ type: "depart" }, 200);
    gone.env.path = "/journeys/j/three";
    expect(gone.tick()).toEqual([{ type: "router", id: "e" }]);

    const stayed = reader({ hash: "#e" });
    stayed.send({ type: "depart" }, 0);
    stayed.send({ type: "url", initial: true }, LEAVING_MS);
    expect(stayed.tick()).toEqual([{ type: "router", id: "e" }]);
  });
});

describe("back and forward (hash changes)", () => {
  it("follows the hash, and tells the router again, since the entry is not Next's", () => {
    const r = reader();
    r.send({ type: "url", initial: true }, 0);
    r.send({ type: "band", changes: [[4, true]] }, 10);
    r.tick();
    expect(r.state.router.knows).toBe(true);
    r.env.hash = "#f";
    r.env.nextState = false;
    expect(r.send({ type: "url", initial: false }, 5000)).toEqual([{ type: "scroll", index: 5, behavior: "auto" }]);
    expect(r.state).toMatchObject({ index: 5, previous: 4, router: { knows: false } });
    expect(r.tick()).toEqual([{ type: "router", id: "f" }]);
  });

  it("a hash taken away by someone else is not a request to go anywhere", () => {
    const r = reader({ hash: "#e" });
    r.send({ type: "url", initial: true });
    r.env.hash = "";
    expect(r.send({ type: "url", initial: false })).toEqual([]);
    expect(r.state.index).toBe(4);
  });
});
