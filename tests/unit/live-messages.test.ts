import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_NAME } from "@/app/_lib/live/limits";
import { AnswerMessage, CreateMessage, DisplayName, InstructorMessage, JoinMessage, parseMessage } from "@/app/_lib/live/messages";

const SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ";
const PARTICIPANT = "cGFydGljaXBhbnQtaWQ";
const body = (value: unknown) => JSON.stringify(value);

/** The problems parsing `value` as `schema` reports; fails the test when it parses. */
function problems(schema: Parameters<typeof parseMessage>[0], value: unknown): string[] {
  const read = parseMessage(schema, typeof value === "string" ? value : body(value));
  if (read.ok) throw new Error(`parsed, where a refusal was expected: ${body(read.value)}`);
  return read.problems;
}

describe("live messages: the body", () => {
  it("refuses a body past MAX_BODY_BYTES, counted in bytes, before reading it", () => {
    // 2,000 two-byte characters: under the limit in characters, over it in bytes.
    const text = body({ code: "K7Q4MZP", name: "é".repeat(2000), pad: "x".repeat(100) });
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    expect(problems(JoinMessage, text)).toEqual([`message: is ${Buffer.byteLength(text)} bytes, more than the ${MAX_BODY_BYTES} a message may be`]);
  });

  it("refuses text that is not JSON, and JSON that is not an object", () => {
    expect(problems(JoinMessage, "{code:")).toEqual(["message: is not JSON"]);
    expect(problems(JoinMessage, "[1,2]")).toEqual(["message: must be an object, found a list"]);
    expect(problems(JoinMessage, "null")).toEqual(["message: must be an object, found null"]);
  });
});

describe("live messages: create and join", () => {
  it("reads a journey to start a session of", () => {
    expect(parseMessage(CreateMessage, body({ journey: "follow-a-click" }))).toEqual({ ok: true, value: { journey: "follow-a-click" } });
    expect(problems(CreateMessage, { journey: "Follow A Click" })).toEqual(["journey: must be lowercase words joined by '-'"]);
    expect(problems(CreateMessage, { journey: `a${"-a".repeat(100)}` })).toEqual(["journey: is longer than 200 characters"]);
  });

  it("reads a join with the code made canonical and the name tidied", () => {
    expect(parseMessage(JoinMessage, body({ code: "k7q-4mzp", name: "  Ada   Lovelace " }))).toEqual({ ok: true, value: { code: "K7Q4MZP", name: "Ada Lovelace" } });
    expect(parseMessage(JoinMessage, body({ code: "K7Q4MZP" }))).toEqual({ ok: true, value: { code: "K7Q4MZP" } });
  });

  it("takes an empty name as no name", () => {
    const read = parseMessage(JoinMessage, body({ code: "K7Q4MZP", name: "   " }));
    expect(read.ok && read.value.name).toBeUndefined();
  });

  it("counts a name's characters as people do: forty emoji fit, forty-one do not", () => {
    expect(DisplayName.parse("🦊".repeat(MAX_NAME))).toBe("🦊".repeat(MAX_NAME));
    expect(problems(JoinMessage, { code: "K7Q4MZP", name: "🦊".repeat(MAX_NAME + 1) })).toEqual([`name: must be at most ${MAX_NAME} characters`]);
    expect(problems(JoinMessage, { code: "K7Q4MZP", name: "x".repeat(MAX_NAME + 1) })).toEqual([`name: must be at most ${MAX_NAME} characters`]);
    expect(DisplayName.parse(` ${"x".repeat(MAX_NAME)} `)).toBe("x".repeat(MAX_NAME));
  });

  it.each([
    ["a line break", "Ada\nLovelace"],
    ["a tab", "Ada\tLovelace"],
    ["a NUL", "Ada\u0000"],
    ["an escape", "\u001b[31mAda"],
    ["a right-to-left override", "Ada\u202Eecalevol"],
    ["a line separator", "Ada\u2028Lovelace"],
  ])("refuses a name with %s", (_, name) => {
    expect(problems(JoinMessage, { code: "K7Q4MZP", name })).toEqual(["name: must not contain control characters, line breaks or direction marks"]);
  });

  it("says what is wrong with a code, and with every other field at once", () => {
    expect(problems(JoinMessage, { code: "K7Q4MZU" })).toEqual(["code: has 'U', which is not in a join code (digits and letters except I, L, O and U)"]);
    const all = problems(JoinMessage, { code: 1234567, name: 5, extra: true });
    expect(all).toHaveLength(3);
    expect(all).toEqual(expect.arrayContaining(["message: unknown field 'extra'", "code: must be a string, found number", "name: must be a string, found number"]));
    expect(problems(JoinMessage, {})).toEqual(["code: is required"]);
  });
});

describe("live messages: the instructor's commands", () => {
  const command = (c: unknown) => ({ secret: SECRET, command: c });

  it("reads each command", () => {
    for (const c of [
      { type: "go", step: 12 },
      { type: "open-quiz", quizId: "what-dns-returns", kind: "single", optionCount: 3 },
      { type: "open-quiz", quizId: "put-in-order", kind: "ordering", optionCount: 8 },
      { type: "reveal" },
      { type: "close-quiz" },
      { type: "end" },
    ]) {
      expect(parseMessage(InstructorMessage, body(command(c)))).toEqual({ ok: true, value: command(c) });
    }
  });

  it.each([
    ["an unknown command", { type: "jump" }, "command.type: must be one of go, open-quiz, reveal, close-quiz, end"],
    ["a command without a type", { step: 1 }, "command.type: must be one of go, open-quiz, reveal, close-quiz, end"],
    ["a fractional step", { type: "go", step: 1.5 }, "command.step: must be a whole number"],
    ["a negative step", { type: "go", step: -1 }, "command.step: must be 0 or more"],
    ["a step past any journey", { type: "go", step: 1e9 }, "command.step: must be at most 10000: no journey is that long"],
    ["a step as text", { type: "go", step: "3" }, "command.step: must be a number, found string"],
    ["an unknown quiz kind", { type: "open-quiz", quizId: "q", kind: "essay", optionCount: 3 }, "command.kind: must be one of single, multiple, ordering, next-hop"],
    ["one option", { type: "open-quiz", quizId: "q", kind: "single", optionCount: 1 }, "command.optionCount: must be at least 2"],
    ["nine options", { type: "open-quiz", quizId: "q", kind: "single", optionCount: 9 }, "command.optionCount: must be at most 8"],
    ["a quiz id against the id rule", { type: "open-quiz", quizId: "Q 1", kind: "single", optionCount: 3 }, "command.quizId: must be lowercase words joined by '-'"],
    ["an extra field", { type: "reveal", answer: 2 }, "command: unknown field 'answer'"],
  ])("refuses %s", (_, c, problem) => {
    expect(problems(InstructorMessage, command(c))).toEqual([problem]);
  });

  it("refuses a missing or malformed secret", () => {
    expect(problems(InstructorMessage, { command: { type: "end" } })).toEqual(["secret: is required"]);
    expect(problems(InstructorMessage, { secret: "short", command: { type: "end" } })).toEqual(["secret: is too short to be an instructor secret"]);
    expect(problems(InstructorMessage, { secret: "x".repeat(101), command: { type: "end" } })).toEqual(["secret: is too long to be an instructor secret"]);
    expect(problems(InstructorMessage, { secret: `${SECRET}==`, command: { type: "end" } })).toEqual([
      "secret: is not an instructor secret: it has characters base64url does not use",
    ]);
  });
});

describe("live messages: answers", () => {
  const answer = (a: unknown) => ({ participantId: PARTICIPANT, quizId: "what-dns-returns", answer: a });

  it("reads choices or an order", () => {
    expect(parseMessage(AnswerMessage, body(answer({ choices: [1] })))).toEqual({ ok: true, value: answer({ choices: [1] }) });
    expect(parseMessage(AnswerMessage, body(answer({ order: [2, 0, 1] })))).toEqual({ ok: true, value: answer({ order: [2, 0, 1] }) });
  });

  it.each([
    ["neither choices nor an order", {}, "answer: must give either 'choices' or 'order'"],
    ["both", { choices: [1], order: [0, 1, 2] }, "answer: must give either 'choices' or 'order'"],
    ["an option past eight", { choices: [8] }, "answer.choices[0]: must be at most 7: a quiz has at most eight options"],
    ["a negative option", { choices: [-1] }, "answer.choices[0]: must be 0 or more"],
    ["a fractional item", { order: [0, 1.5, 2] }, "answer.order[1]: must be a whole number"],
    ["a list past eight", { choices: [0, 1, 2, 3, 4, 5, 6, 7, 0] }, "answer.choices: must list at most 8"],
    ["a choice that is not a list", { choices: 1 }, "answer.choices: must be a list, found number"],
  ])("refuses %s", (_, a, problem) => {
    expect(problems(AnswerMessage, answer(a))).toEqual([problem]);
  });

  it("refuses a participant id that cannot be one", () => {
    expect(problems(AnswerMessage, { ...answer({ choices: [0] }), participantId: "../../etc" })).toEqual([
      "participantId: is too short to be a participant id",
      "participantId: is not a participant id: it has characters base64url does not use",
    ]);
    // An id the server never made may still look like one: the session refuses it as unknown.
    expect(parseMessage(AnswerMessage, body({ ...answer({ choices: [0] }), participantId: "__proto__-__proto__-x" })).ok).toBe(true);
  });
});
