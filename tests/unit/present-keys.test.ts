import { describe, expect, it } from "vitest";
import { keyCommand } from "@/app/_lib/present/keys";

const type = (key: string) => keyCommand(key, null).command?.type;

describe("presenter keys", () => {
  it.each([
    ["ArrowRight", "next"],
    [" ", "next"],
    ["PageDown", "next"],
    ["n", "next"],
    ["N", "next"],
    ["ArrowLeft", "previous"],
    ["PageUp", "previous"],
    ["P", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["o", "overview"],
    ["F", "fullscreen"],
    ["b", "blackout"],
    [".", "blackout"],
    ["?", "help"],
    ["s", "console"],
    ["r", "reveal"],
    ["Escape", "close"],
  ])("%j is %s", (key, command) => {
    expect(type(key)).toBe(command);
  });

  it("other keys do nothing", () => {
    expect(keyCommand("x", null)).toEqual({ typing: null });
    expect(keyCommand("Tab", null)).toEqual({ typing: null });
  });

  it("G, digits and Enter go to a step by its number", () => {
    let r = keyCommand("g", null);
    expect(r).toEqual({ typing: "" });
    for (const key of ["1", "2"]) r = keyCommand(key, r.typing);
    expect(r.typing).toBe("12");
    r = keyCommand("Backspace", r.typing);
    r = keyCommand("7", r.typing);
    expect(keyCommand("Enter", r.typing)).toEqual({ command: { type: "go", number: 17 }, typing: null });
  });

  it("a stray key or Enter with no number closes the 'go to' without moving", () => {
    expect(keyCommand("ArrowRight", "4")).toEqual({ typing: null });
    expect(keyCommand("Enter", "")).toEqual({ typing: null });
    expect(keyCommand("Escape", "12")).toEqual({ typing: null });
  });

  it("keeps at most four digits", () => {
    let t: string | null = "";
    for (const key of "123456") t = keyCommand(key, t).typing;
    expect(t).toBe("1234");
  });
});

describe("presenter commands on the shared state", async () => {
  const { applyCommand, startState } = await import("@/app/_lib/present/control");
  const total = 10;

  it("starts on the step asked for, kept within the journey", () => {
    expect(startState(3, total)).toEqual({ step: 3, revealed: false, blackout: false });
    expect(startState(99, total).step).toBe(9);
    expect(startState(-4, total).step).toBe(0);
  });

  it("steps stop at both ends; Home, End and a typed number jump", () => {
    let s = startState(0, total);
    expect(applyCommand(s, { type: "previous" }, total)).toBe(s);
    s = applyCommand(s, { type: "next" }, total);
    expect(s.step).toBe(1);
    expect(applyCommand(s, { type: "last" }, total).step).toBe(9);
    expect(applyCommand(applyCommand(s, { type: "last" }, total), { type: "next" }, total).step).toBe(9);
    expect(applyCommand(s, { type: "first" }, total).step).toBe(0);
    expect(applyCommand(s, { type: "go", number: 7 }, total).step).toBe(6);
    expect(applyCommand(s, { type: "go", number: 70 }, total).step).toBe(9);
  });

  it("reveal and blackout toggle; moving on hides the answer and lifts the black screen", () => {
    let s = applyCommand(startState(2, total), { type: "reveal" }, total);
    expect(s.revealed).toBe(true);
    s = applyCommand(s, { type: "blackout" }, total);
    expect(s).toEqual({ step: 2, revealed: true, blackout: true });
    expect(applyCommand(s, { type: "blackout" }, total).blackout).toBe(false);
    expect(applyCommand(s, { type: "next" }, total)).toEqual({ step: 3, revealed: false, blackout: false });
  });

  it("window-only commands leave the shared state alone", () => {
    const s = startState(4, total);
    for (const type of ["overview", "fullscreen", "help", "console", "close"] as const) expect(applyCommand(s, { type }, total)).toBe(s);
  });
});
