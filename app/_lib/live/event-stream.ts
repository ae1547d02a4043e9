/**
 * A live session as Server-Sent Events: one web `ReadableStream` per client that follows the
 * session through `follow` (so it starts with a snapshot or exactly what it missed), a comment
 * now and then so proxies keep the connection open, and an end when the session ends or the
 * client goes. Web-standard types only, so any server that speaks `Request`/`Response` can use it.
 */
import type { Audience } from "./events";
import { follow, type LiveStore, type StoreRefusal, type StreamItem } from "./store";

/** How often a quiet stream says it is still there: under the minute most proxies allow an idle connection. */
export const KEEP_ALIVE_MS = 15_000;

/** The headers of every event stream: never cached, never buffered by a proxy (nginx reads `x-accel-buffering`). */
export const STREAM_HEADERS = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" } as const;

const encoder = new TextEncoder();

/**
 * One item as an SSE frame: its number as the id (a reconnecting browser sends it back as
 * Last-Event-ID), its type as the event. A notice about the server has no number and no id line,
 * so the browser keeps the id of the last session event it saw.
 */
export function frame(item: StreamItem): string {
  const id = "seq" in item ? `id: ${item.seq}\n` : "";
  return `${id}event: ${item.type}\ndata: ${JSON.stringify(item)}\n\n`;
}

/** Whether nothing can follow `item`: the session has ended. */
function last(item: StreamItem): boolean {
  return item.type === "ended" || (item.type === "snapshot" && item.ended);
}

/** What a stream is for: whose, from where, and the signal that says the client has gone. */
export type StreamRequest = {
  code: string;
  audience: Audience;
  participantId?: string;
  lastSeq?: number;
  signal: AbortSignal;
  keepAliveMs?: number;
};

/**
 * Opens a stream on the session under `code`: the body of a 200 response, or the store's
 * refusal (no such session, too many streams) for the caller to answer with a status. The
 * stream closes after the session's end, and stops listening when the client aborts or cancels.
 */
export async function openEventStream(store: LiveStore, request: StreamRequest): Promise<{ ok: true; body: ReadableStream<Uint8Array> } | { ok: false; refusal: StoreRefusal }> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  /** Set once the stream is following the session; `close` undoes them. */
  const held: { unsubscribe?: () => void; timer?: ReturnType<typeof setInterval> } = {};

  /** Stops everything once: the timer, the subscription, the abort listener, and the stream itself unless the client cancelled it. */
  const close = (cancelled = false) => {
    if (closed) return;
    closed = true;
    if (held.timer !== undefined) clearInterval(held.timer);
    held.unsubscribe?.();
    request.signal.removeEventListener("abort", onAbort);
    if (!cancelled) {
      try {
        controller.close();
      } catch {
        // Already closed or errored by the runtime: nothing more to do.
      }
    }
  };
  const onAbort = () => close();
  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close(true);
    }
  };

  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => close(true),
  });

  const followed = await follow(store, request.code, { lastSeq: request.lastSeq, audience: request.audience, participantId: request.participantId }, (item) => {
    write(frame(item));
    if (last(item)) close();
  });
  if (!followed.ok) {
    close();
    return followed;
  }
  // The session may have ended during the catch-up, before the subscription was handed back.
  if (closed) {
    followed.unsubscribe();
    return { ok: true, body };
  }
  held.unsubscribe = followed.unsubscribe;
  if (request.signal.aborted) {
    close();
    return { ok: true, body };
  }
  request.signal.addEventListener("abort", onAbort, { once: true });
  const timer = setInterval(() => write(": keep-alive\n\n"), request.keepAliveMs ?? KEEP_ALIVE_MS);
  // A quiet stream's timer must not keep a process (a test run, a server shutting down) alive.
  if (typeof timer === "object" && timer !== null && "unref" in timer) timer.unref();
  held.timer = timer;
  return { ok: true, body };
}
