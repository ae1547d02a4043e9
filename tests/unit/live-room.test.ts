import { describe, expect, it } from "vitest";
import { readJoined } from "@/app/_lib/live/joined";
import { countsAsShown, emptyRoom, foldRoom, readHosted, readSse, roomItem, withMine, type Room } from "@/app/_lib/live/room";
import type { LiveSnapshot } from "@/app/_lib/live/session";

const snap: LiveSnapshot = { type: "snapshot", seq: 4, code: "ABCD-EFGH", journey: "kareems-click", stepCount: 10, step: 2, quiz: null, participants: 3, ended: false };

describe("a live session as a client folds it", () => {
  it("starts from a snapshot and follows steps, quizzes, tallies, reveals and the end", () => {
    let room: Room = foldRoom(emptyRoom("ABCD-EFGH"), snap);
    expect(room).toMatchObject({ seq: 4, step: 2, stepCount: 10, participants: 3, quiz: null, ended: false });
    room = foldRoom(room, { seq: 5, type: "step", step: 3 });
    room = foldRoom(room, { seq: 6, type: "quiz-opened", quiz: { id: "q", kind: "single", optionCount: 3 } });
    expect(room.quiz).toEqual({ id: "q", kind: "single", optionCount: 3, revealed: false });
    const tally = { kind: "choices" as const, answered: 2, counts: [1, 1, 0] };
    room = foldRoom(room, { seq: 7, type: "tally", quizId: "q", tally });
    room = withMine(room, "q", { choices: [1] });
    room = foldRoom(room, { seq: 8, type: "revealed", quizId: "q", tally });
    expect(room.quiz).toEqual({ id: "q", kind: "single", optionCount: 3, revealed: true, tally, mine: { choices: [1] } });
    room = foldRoom(room, { seq: 9, type: "participants", count: 4 });
    expect(room.names).toBeUndefined();
    expect(foldRoom(foldRoom(room, { ...snap, seq: 9, names: ["Ada"] }), { seq: 10, type: "participants", count: 5, name: "Bo" }).names).toEqual(["Ada", "Bo"]);
    room = foldRoom(room, { seq: 10, type: "step", step: 4 });
    expect(room).toMatchObject({ step: 4, quiz: null, participants: 4 });
    room = foldRoom(room, { seq: 11, type: "ended", reason: "instructor" });
    expect(room.ended).toBe(true);
  });

  it("ignores an event it has already covered, and a tally or close for another quiz", () => {
    const room = foldRoom(foldRoom(emptyRoom("X"), snap), { seq: 5, type: "quiz-opened", quiz: { id: "q", kind: "single", optionCount: 2 } });
    expect(foldRoom(room, { seq: 5, type: "step", step: 9 })).toBe(room);
    expect(foldRoom(room, { seq: 3, type: "ended", reason: "idle" })).toBe(room);
    expect(foldRoom(room, { seq: 6, type: "tally", quizId: "other", tally: { kind: "choices", answered: 1, counts: [1, 0] } }).quiz).toEqual(room.quiz);
    expect(foldRoom(room, { seq: 6, type: "quiz-closed", quizId: "other" }).quiz).toEqual(room.quiz);
    expect(foldRoom(room, { seq: 6, type: "quiz-closed", quizId: "q" }).quiz).toBeNull();
    expect(withMine(room, "other", { choices: [0] })).toBe(room);
  });
});

describe("counts as the room sees the choices", () => {
  it("puts a choice quiz's counts in the order its choices are shown, and gives none for an ordering or before a tally", () => {
    const quiz = { id: "q", kind: "single" as const, optionCount: 3, revealed: false, tally: { kind: "choices" as const, answered: 6, counts: [1, 2, 3] } };
    expect(countsAsShown(quiz, [2, 0, 1])).toEqual([3, 1, 2]);
    expect(countsAsShown({ ...quiz, tally: undefined }, [0, 1, 2])).toBeUndefined();
    expect(countsAsShown({ ...quiz, kind: "ordering", tally: { kind: "order", answered: 1, places: [[1, 0, 0]] } }, [0, 1, 2])).toBeUndefined();
    expect(countsAsShown(null, [0])).toBeUndefined();
  });
});

describe("Server-Sent Events read off a fetched stream", () => {
  it("gives complete events and keeps the rest for the next chunk", () => {
    const first = readSse(": hello\n\nid: 4\nevent: step\ndata: {\"seq\":4,\"type\":\"step\",\"step\":1}\n\nid: 5\nevent: st");
    expect(first.messages).toEqual([{ id: "4", event: "step", data: '{"seq":4,"type":"step","step":1}' }]);
    const second = readSse(first.rest + "ep\r\ndata: {\"seq\":5,\r\ndata: \"type\":\"step\",\"step\":2}\r\n\r\n");
    expect(second.messages).toEqual([{ id: "5", event: "step", data: '{"seq":5,\n"type":"step","step":2}' }]);
    expect(second.rest).toBe("");
  });

  it("takes an item only when its type matches the event and it has a number", () => {
    expect(roomItem({ event: "step", data: '{"seq":4,"type":"step","step":1}' })).toEqual({ seq: 4, type: "step", step: 1 });
    expect(roomItem({ event: "ended", data: '{"seq":4,"type":"step","step":1}' })).toBeUndefined();
    expect(roomItem({ event: "step", data: '{"type":"step","step":1}' })).toBeUndefined();
    expect(roomItem({ event: "step", data: "not json" })).toBeUndefined();
  });
});

describe("what a tab keeps of a session", () => {
  it("reads a joined session and refuses anything else", () => {
    expect(readJoined('{"code":"ABCD-EFGH","participantId":"p-123","journey":"kareems-click"}')).toEqual({ code: "ABCD-EFGH", participantId: "p-123", journey: "kareems-click" });
    for (const bad of [null, "", "{", "[]", '{"code":"A","participantId":"","journey":"j"}', '{"code":1,"participantId":"p","journey":"j"}']) expect(readJoined(bad)).toBeUndefined();
  });

  it("reads a hosted session and refuses anything else", () => {
    expect(readHosted('{"code":"ABCD-EFGH","secret":"s3cret"}')).toEqual({ code: "ABCD-EFGH", secret: "s3cret" });
    for (const bad of [null, "x", '{"code":"ABCD"}', `{"code":"A","secret":"${"s".repeat(101)}"}`]) expect(readHosted(bad)).toBeUndefined();
  });
});
