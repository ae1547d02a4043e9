import { describe, expect, it } from "vitest";
import { channelName, MAX_CLOCK, NAMESPACE, parseMessage, PresentLink, type PresentMessage, type PresentState } from "@/app/_lib/present/protocol";

const at = (step: number, revealed = false, blackout = false): PresentState => ({ step, revealed, blackout });

/** A fake BroadcastChannel: every post reaches every other window, in order, when `flush` runs. */
function room(slug = "trip") {
  const queue: { from: PresentLink; message: PresentMessage }[] = [];
  const windows: PresentLink[] = [];
  const shown = new Map<string, PresentState[]>();
  const sent: PresentMessage[] = [];
  function open(id: string, initial: PresentState) {
    shown.set(id, []);
    const link: PresentLink = new PresentLink(
      { postMessage: (message) => (sent.push(message), queue.push({ from: link, message })) },
      slug,
      id,
      initial,
      (state) => shown.get(id)!.push(state),
    );
    windows.push(link);
    return link;
  }
  function flush() {
    for (let guard = 0; queue.length > 0; guard++) {
      if (guard > 100) throw new Error("the windows keep talking: an echo loop");
      const { from, message } = queue.shift()!;
      // Structured clone, as a real channel does; every window gets it, the sender too (the guard must drop it).
      for (const w of windows) w.receive(JSON.parse(JSON.stringify(message)));
      void from;
    }
  }
  return { open, flush, shown, sent };
}

describe("present protocol: messages", () => {
  const ok = { ns: NAMESPACE, v: 1, slug: "trip", from: "a", kind: "state", clock: 3, state: at(4, true, false) };

  it("reads a well-formed state or hello for this journey", () => {
    expect(parseMessage(ok, "trip")).toEqual(ok);
    expect(parseMessage({ ns: NAMESPACE, v: 1, slug: "trip", from: "a", kind: "hello", extra: 1 }, "trip")).toEqual({ ns: NAMESPACE, v: 1, slug: "trip", from: "a", kind: "hello" });
    expect(channelName("trip")).toBe("clickpath-present:trip");
  });

  it.each([
    ["another namespace", { ...ok, ns: "someone-else" }],
    ["another version", { ...ok, v: 2 }],
    ["another journey", { ...ok, slug: "other" }],
    ["no sender", { ...ok, from: "" }],
    ["an unknown kind", { ...ok, kind: "jump" }],
    ["a negative step", { ...ok, state: at(-1) }],
    ["a fractional clock", { ...ok, clock: 1.5 }],
    ["a revealed flag that is not a boolean", { ...ok, state: { step: 1, revealed: "yes", blackout: false } }],
    ["not an object", "next"],
    ["null", null],
    ["a step past the journey's end", { ...ok, state: at(10) }],
    ["an absurd clock", { ...ok, clock: Number.MAX_SAFE_INTEGER }],
    ["a clock past any talk", { ...ok, clock: MAX_CLOCK + 1 }],
  ])("ignores %s", (_, data) => {
    expect(parseMessage(data, "trip", 10)).toBeUndefined();
  });

  it("reads the journey's last step", () => {
    expect(parseMessage({ ...ok, state: at(9) }, "trip", 10)).toMatchObject({ state: at(9) });
  });

  it("a window ignores a state for a step its journey does not have", () => {
    const shown: PresentState[] = [];
    const link = new PresentLink({ postMessage: () => {} }, "trip", "me", at(0), (s) => shown.push(s), 5);
    link.receive({ ...ok, state: at(7) });
    link.receive({ ...ok, state: at(4) });
    expect(shown).toEqual([at(4)]);
  });
});

describe("present protocol: two windows", () => {
  it("a step taken in either window moves the other, and nothing echoes back", () => {
    const r = room();
    const audience = r.open("audience", at(0));
    const console_ = r.open("console", at(0));
    audience.send(at(1));
    r.flush();
    expect(r.shown.get("console")).toEqual([at(1)]);
    console_.send(at(2));
    r.flush();
    expect(r.shown.get("audience")).toEqual([at(2)]);
    // Each window was told only of the other's change, never of its own.
    expect(r.shown.get("console")).toEqual([at(1)]);
    expect(r.sent.filter((m) => m.kind === "state")).toHaveLength(2);
  });

  it("sending what is already shown sends nothing (a window re-announcing what it was told)", () => {
    const r = room();
    const audience = r.open("audience", at(0));
    const console_ = r.open("console", at(0));
    audience.send(at(5, true));
    r.flush();
    console_.send(at(5, true));
    audience.send(at(5, true));
    expect(r.sent.filter((m) => m.kind === "state")).toHaveLength(1);
  });

  it("a window opened late asks, and takes over the state the others show", () => {
    const r = room();
    const audience = r.open("audience", at(0));
    audience.send(at(7, true, false));
    r.flush();
    const late = r.open("console", at(2)); // its URL said step 2
    late.hello();
    r.flush();
    expect(r.shown.get("console")).toEqual([at(7, true, false)]);
    expect(late.state).toEqual(at(7, true, false));
    // The audience did not move for the reply it sent.
    expect(r.shown.get("audience")).toEqual([]);
  });

  it("a late window also takes over from an audience that has not moved yet", () => {
    const r = room();
    r.open("audience", at(3));
    const late = r.open("console", at(0));
    late.hello();
    r.flush();
    expect(late.state).toEqual(at(3));
  });

  it("two windows acting at the same moment end on the same state", () => {
    const r = room();
    const a = r.open("a", at(0));
    const b = r.open("b", at(0));
    a.send(at(4));
    b.send(at(9));
    r.flush();
    expect(a.state).toEqual(b.state);
  });

  it("an older state arriving late does not undo a newer one", () => {
    const shown: PresentState[] = [];
    const link = new PresentLink({ postMessage: () => {} }, "trip", "me", at(0), (s) => shown.push(s));
    const msg = (clock: number, step: number) => ({ ns: NAMESPACE, v: 1, slug: "trip", from: "other", kind: "state", clock, state: at(step) });
    link.receive(msg(5, 5));
    link.receive(msg(3, 3));
    expect(shown).toEqual([at(5)]);
    expect(link.state).toEqual(at(5));
  });
});

describe("present protocol: the step a window opens on", () => {
  it("is what a late window is told, though it was never sent", () => {
    const r = room();
    const audience = r.open("audience", at(0));
    audience.opened(at(3)); // the URL named step 4
    expect(r.sent).toEqual([]);
    const late = r.open("console", at(0));
    late.hello();
    r.flush();
    expect(late.state).toEqual(at(3));
  });

  it("does not undo what has happened since", () => {
    const r = room();
    const a = r.open("a", at(0));
    const b = r.open("b", at(0));
    b.send(at(6));
    r.flush();
    a.opened(at(2));
    expect(a.state).toEqual(at(6));
  });
});
