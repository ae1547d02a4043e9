/**
 * The live classroom over HTTP: a web `Request` in, a `Response` out, with no framework in
 * between, so the routes under app/api/live stay one line each and tests call these with real
 * requests. Everything a client sends is checked (size, JSON, schema, the journey's content)
 * and a wrong message gets a status and a sentence; only a bug here gives a 500.
 */
import type { QuizKind } from "../content/schema-quiz";
import { newParticipantId, normaliseCode, secretMatches, type RandomBytes } from "./codes";
import { openEventStream, STREAM_HEADERS } from "./event-stream";
import { MAX_BODY_BYTES } from "./limits";
import { AnswerMessage, CreateMessage, InstructorMessage, JoinMessage, parseMessage } from "./messages";
import type { RateLimiter } from "./rate-limit";
import { snapshot, type RefusalCode } from "./session";
import { StoreUnavailable, type LiveStore, type StoreRefusal } from "./store";

/** What the handlers need to know of a journey: how many steps, and each quiz placed in it. */
export type JourneyFacts = { stepCount: number; quizzes: ReadonlyMap<string, { kind: QuizKind; optionCount: number }> };

/** What the handlers work with, passed in so tests give their own clock-driven store and limiter. */
export type LiveDeps = {
  store: LiveStore;
  journeys: (slug: string) => JourneyFacts | undefined;
  random: RandomBytes;
  /** Counts failed joins per client address (see JOIN_FAILURES). */
  joinLimiter: RateLimiter;
  keepAliveMs?: number;
  /** Where a bug is reported; console.error unless given. */
  logError?: (message: string, error: unknown) => void;
};

/** The status for each refusal: who you are (403), no such thing (404), gone (410), full (503), or a message that does not fit now (409) or at all (422). */
export const REFUSAL_STATUS: Record<RefusalCode | StoreRefusal["code"], number> = {
  "not-instructor": 403,
  "unknown-session": 404,
  ended: 410,
  "too-many-sessions": 503,
  "too-many-streams": 503,
  "too-many-participants": 503,
  "step-out-of-range": 422,
  "bad-quiz": 422,
  "bad-answer": 422,
  "no-open-quiz": 409,
  "quiz-mismatch": 409,
  "answers-closed": 409,
  "unknown-participant": 409,
};

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } as const;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

const refused = (refusal: { code: RefusalCode | StoreRefusal["code"]; message: string }) => json(REFUSAL_STATUS[refusal.code], { error: refusal.message, code: refusal.code });
const unknownSession = () => refused({ code: "unknown-session", message: "there is no live session with this code: it may have ended" });

type Body = { ok: true; text: string } | { ok: false; response: Response };

function tooLarge(bytes: string): Body {
  return { ok: false, response: json(413, { error: "the message is too large", problems: [`message: is ${bytes} bytes, more than the ${MAX_BODY_BYTES} a message may be`] }) };
}

/**
 * The body as text, read no further than MAX_BODY_BYTES: a declared Content-Length over it is
 * refused before reading, and a body that runs past it (sent without a length) is cut off.
 */
async function readBody(req: Request): Promise<Body> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > MAX_BODY_BYTES) return tooLarge(String(declared));
  if (!req.body) return { ok: true, text: "" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge(`over ${MAX_BODY_BYTES}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/** Reads and checks a POST body as `schema`: the value, or a 413/400 response saying what is wrong. */
async function read<T>(req: Request, schema: Parameters<typeof parseMessage<T>>[0]): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const body = await readBody(req);
  if (!body.ok) return body;
  const parsed = parseMessage(schema, body.text);
  if (parsed.ok) return parsed;
  return { ok: false, response: json(400, { error: "the message is not one this server reads", problems: parsed.problems }) };
}

/**
 * The address a join is counted against: the first entry of `x-forwarded-for`, which the proxy
 * in front of the app sets (Next's route handlers are not given the socket's address), unless
 * the route passes one it trusts more. Without either, every client shares one bucket.
 */
function addressOf(req: Request, clientAddress?: string): string {
  return clientAddress ?? req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/** The canonical code from the path, or undefined when it cannot be a join code. */
function pathCode(code: string): string | undefined {
  const read = normaliseCode(code);
  return read.ok ? read.code : undefined;
}

/** The handlers, one per route, each a web `Request` to a `Response`. */
export function liveHandlers(deps: LiveDeps) {
  const { store, journeys, random, joinLimiter } = deps;
  const logError = deps.logError ?? ((message, error) => console.error(message, error));

  /**
   * Runs a handler so nothing a client sends can throw out of it: a store that cannot be reached
   * is a 503 that says so, any other throw is a bug, logged and answered with a 500.
   */
  const guard =
    <A extends unknown[]>(name: string, handler: (...args: A) => Promise<Response>) =>
    async (...args: A): Promise<Response> => {
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof StoreUnavailable) return json(503, { error: error.message, code: "store-unavailable" }, { "retry-after": "5" });
        logError(`live ${name}: unexpected error`, error);
        return json(500, { error: "something went wrong on the server" });
      }
    };

  const create = guard("create", async (req: Request) => {
    const message = await read(req, CreateMessage);
    if (!message.ok) return message.response;
    const journey = journeys(message.value.journey);
    if (!journey) return json(404, { error: `there is no journey '${message.value.journey}'` });
    const created = await store.create({ journey: message.value.journey, stepCount: journey.stepCount });
    if (!created.ok) return refused(created.refusal);
    return json(201, { code: created.code, secret: created.secret });
  });

  const join = guard("join", async (req: Request, code: string, clientAddress?: string) => {
    const address = addressOf(req, clientAddress);
    // Only failures spend: check first, and charge when the code turns out wrong.
    if (!joinLimiter.allows(address)) {
      const taken = joinLimiter.take(address);
      const seconds = taken.ok ? 1 : Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
      return json(429, { error: `too many failed joins from here: try again in ${seconds} seconds` }, { "retry-after": String(seconds) });
    }
    const fail = (response: Response) => (joinLimiter.take(address), response);
    const message = await read(req, JoinMessage);
    if (!message.ok) return fail(message.response);
    const canonical = pathCode(code);
    if (canonical === undefined || canonical !== message.value.code) return fail(unknownSession());
    const participantId = newParticipantId(random);
    const joined = await store.update(canonical, { type: "join", participantId, name: message.value.name });
    if (!joined.ok) return joined.refusal.code === "unknown-session" ? fail(refused(joined.refusal)) : refused(joined.refusal);
    return json(200, { participantId, snapshot: snapshot(joined.state, "learner", participantId) });
  });

  const command = guard("command", async (req: Request, code: string) => {
    const message = await read(req, InstructorMessage);
    if (!message.ok) return message.response;
    const canonical = pathCode(code);
    if (canonical === undefined) return unknownSession();
    const { secret, command } = message.value;
    if (command.type === "open-quiz") {
      // The session does not know the journey's content: the quiz is checked against it here.
      const state = await store.get(canonical);
      if (!state) return unknownSession();
      if (!secretMatches(secret, state.secretHash)) return refused({ code: "not-instructor", message: "only the instructor can do that: the secret does not match" });
      const quiz = journeys(state.journey)?.quizzes.get(command.quizId);
      if (!quiz) return json(409, { error: `quiz '${command.quizId}' is not in journey '${state.journey}'`, code: "unknown-quiz" });
      if (quiz.kind !== command.kind || quiz.optionCount !== command.optionCount) {
        return json(422, { error: `quiz '${command.quizId}' is a ${quiz.kind} quiz with ${quiz.optionCount} options, not a ${command.kind} quiz with ${command.optionCount}`, code: "quiz-does-not-match" });
      }
    }
    const updated = await store.update(canonical, { type: "command", secret, command });
    if (!updated.ok) return refused(updated.refusal);
    return json(200, { snapshot: snapshot(updated.state, "instructor") });
  });

  const answer = guard("answer", async (req: Request, code: string) => {
    const message = await read(req, AnswerMessage);
    if (!message.ok) return message.response;
    const canonical = pathCode(code);
    if (canonical === undefined) return unknownSession();
    const { participantId, quizId, answer } = message.value;
    const updated = await store.update(canonical, { type: "answer", participantId, quizId, answer });
    if (!updated.ok) return refused(updated.refusal);
    return json(200, { accepted: true, seq: updated.state.log.seq });
  });

  const events = guard("events", async (req: Request, code: string) => {
    const canonical = pathCode(code);
    if (canonical === undefined) return unknownSession();
    const url = new URL(req.url);
    const instructor = url.searchParams.get("role") === "instructor";
    const state = await store.get(canonical);
    if (!state) return unknownSession();
    let participantId: string | undefined;
    if (instructor) {
      const secret = /^Bearer (.+)$/.exec(req.headers.get("authorization") ?? "")?.[1];
      if (secret === undefined || !secretMatches(secret, state.secretHash)) return refused({ code: "not-instructor", message: "the instructor's stream needs the secret as 'authorization: Bearer <secret>'" });
    } else {
      const given = url.searchParams.get("participantId") ?? undefined;
      // A learner's stream connecting counts as being seen; an id the session does not know is ignored.
      if (given !== undefined && state.participants.has(given)) {
        participantId = given;
        await store.update(canonical, { type: "seen", participantId });
      }
    }
    const lastId = req.headers.get("last-event-id");
    const lastSeq = lastId !== null && /^\d{1,15}$/.test(lastId.trim()) ? Number(lastId.trim()) : undefined;
    const opened = await openEventStream(store, { code: canonical, audience: instructor ? "instructor" : "learner", participantId, lastSeq, signal: req.signal, keepAliveMs: deps.keepAliveMs });
    if (!opened.ok) return refused(opened.refusal);
    return new Response(opened.body, { status: 200, headers: STREAM_HEADERS });
  });

  return { create, join, command, answer, events };
}

/** The handlers' type, for the module that binds them to the process's store. */
export type LiveHandlers = ReturnType<typeof liveHandlers>;
