/**
 * What clients POST to a live session, checked before anything reads it: the body's size, JSON,
 * then a zod schema per message with bounds on every string, number and list. A bad message
 * comes back as problems saying where and what ("command.step: must be a whole number"), never
 * as a throw.
 */
import { z } from "zod";
import { id } from "../content/schema-base";
import { QUIZ_KINDS } from "../content/schema-quiz";
import { normaliseCode } from "./codes";
import type { Answer } from "./events";
import { MAX_BODY_BYTES, MAX_NAME, MAX_OPTIONS, MAX_STEPS, MIN_OPTIONS } from "./limits";
import type { InstructorCommand } from "./session";

/** The longest id accepted (quiz ids, journey slugs); real ones are a few words. */
const MAX_ID = 200;
/** Secrets and participant ids are base64url; these bounds hold what codes.ts makes, with room. */
const token = (what: string) =>
  z
    .string()
    .min(16, `is too short to be ${what}`)
    .max(100, `is too long to be ${what}`)
    .regex(/^[A-Za-z0-9_-]+$/, `is not ${what}: it has characters base64url does not use`);

const shortId = id.max(MAX_ID, `is longer than ${MAX_ID} characters`);

/** Control characters, line and paragraph breaks, and the marks that reverse text's direction. */
const UNSHOWABLE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * A display name: trimmed, runs of spaces made one, at most MAX_NAME characters as a person
 * counts them (an emoji is one). Empty means no name. Control characters are refused, not
 * dropped, so the name shown is the name typed.
 */
export const DisplayName = z
  .string()
  .max(MAX_NAME * 8, `must be at most ${MAX_NAME} characters`)
  .refine((s) => !UNSHOWABLE.test(s), "must not contain control characters, line breaks or direction marks")
  .transform((s) => s.normalize("NFC").trim().replace(/\s+/g, " "))
  .refine((s) => [...s].length <= MAX_NAME, `must be at most ${MAX_NAME} characters`)
  .transform((s) => (s === "" ? undefined : s));

/** A join code as typed; the value is the code made canonical (see normaliseCode). */
export const JoinCode = z.string().transform((typed, ctx) => {
  const read = normaliseCode(typed);
  if (read.ok) return read.code;
  ctx.addIssue({ code: "custom", message: read.problem });
  return z.NEVER;
});

const whole = (max: number, what: string) =>
  z.number().int("must be a whole number").min(0, "must be 0 or more").max(max, `must be at most ${max}: ${what}`);

/** An instructor starting a session of a journey; the route finds its steps. */
export const CreateMessage = z.strictObject({ journey: shortId });

/** A learner joining: the code on the screen and, if they like, a name. */
export const JoinMessage = z.strictObject({ code: JoinCode, name: DisplayName.optional() });

const Command: z.ZodType<InstructorCommand> = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("go"), step: whole(MAX_STEPS, "no journey is that long") }),
    z.strictObject({
      type: z.literal("open-quiz"),
      quizId: shortId,
      kind: z.enum(QUIZ_KINDS),
      optionCount: z.number().int("must be a whole number").min(MIN_OPTIONS, `must be at least ${MIN_OPTIONS}`).max(MAX_OPTIONS, `must be at most ${MAX_OPTIONS}`),
    }),
    z.strictObject({ type: z.literal("reveal") }),
    z.strictObject({ type: z.literal("close-quiz") }),
    z.strictObject({ type: z.literal("end") }),
  ],
  { error: "must be one of go, open-quiz, reveal, close-quiz, end" },
);

/** A command to the session, with the secret that proves who sends it. */
export const InstructorMessage = z.strictObject({ secret: token("an instructor secret"), command: Command });

const positions = z.array(whole(MAX_OPTIONS - 1, "a quiz has at most eight options")).max(MAX_OPTIONS, `must list at most ${MAX_OPTIONS}`);

/** Either the options chosen or the items in order, never both: the open quiz's kind says which. */
const AnswerShape: z.ZodType<Answer> = z
  .strictObject({ choices: positions.optional(), order: positions.optional() })
  .superRefine((a, ctx) => {
    if ((a.choices === undefined) === (a.order === undefined)) ctx.addIssue({ code: "custom", message: "must give either 'choices' or 'order'" });
  })
  .transform((a): Answer => (a.order !== undefined ? { order: a.order } : { choices: a.choices ?? [] }));

/** A learner's answer to the open quiz, sent with the id they were given on joining. */
export const AnswerMessage = z.strictObject({ participantId: token("a participant id"), quizId: shortId, answer: AnswerShape });

export type CreateMessage = z.infer<typeof CreateMessage>;
export type JoinMessage = z.infer<typeof JoinMessage>;
export type InstructorMessage = z.infer<typeof InstructorMessage>;
export type AnswerMessage = z.infer<typeof AnswerMessage>;

/** A message read: its value, or every problem with it as "where: what". */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** "command.step", "answer.choices[2]"; the body itself is "message". */
function where(path: readonly PropertyKey[]): string {
  const text = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  return text || "message";
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

/** A sentence for a zod issue; the common cases zod words for programmers are worded here. */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    let found: unknown = input;
    for (const key of issue.path) found = typeof found === "object" && found !== null ? (found as Record<PropertyKey, unknown>)[key] : undefined;
    return `must be ${issue.expected === "object" ? "an object" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}, found ${kindOf(found)}`;
  }
  return issue.message;
}

/**
 * Reads a POST body as the message `schema` describes: at most MAX_BODY_BYTES of UTF-8, JSON,
 * then the schema. Gives the value, or every problem as "where: what".
 */
export function parseMessage<T>(schema: z.ZodType<T>, body: string): Parsed<T> {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > MAX_BODY_BYTES) return { ok: false, problems: [`message: is ${bytes} bytes, more than the ${MAX_BODY_BYTES} a message may be`] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, problems: ["message: is not JSON"] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${where(issue.path)}: ${describe(issue, data)}`) };
}
