/**
 * Reads a Server-Sent Events response the way a browser's EventSource would: frames separated
 * by a blank line, `id:`, `event:` and `data:` fields, and comment lines starting with a colon.
 * Each read waits a short while at most, so a stream that stays silent fails the test instead
 * of hanging it.
 */

/** One frame: an event (its id, type and parsed data), or a comment such as a keep-alive. */
export type SseFrame = { id?: string; event?: string; data?: unknown; comment?: string };

function parseFrame(raw: string): SseFrame {
  const frame: SseFrame = {};
  const data: string[] = [];
  for (const line of raw.split("\n")) {
    if (line.startsWith(":")) frame.comment = line.slice(1).trim();
    else if (line.startsWith("id: ")) frame.id = line.slice(4);
    else if (line.startsWith("event: ")) frame.event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  }
  if (data.length > 0) frame.data = JSON.parse(data.join("\n"));
  return frame;
}

/** A reader over `response`'s body: `next()` gives the next frame, or undefined once the stream has closed. */
export function sseReader(response: Response, waitMs = 2_000) {
  if (!response.body) throw new Error("the response has no body to read");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let done = false;

  async function read(): Promise<ReadableStreamReadResult<Uint8Array>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no frame within ${waitMs} ms`)), waitMs);
    });
    try {
      return await Promise.race([reader.read(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function next(): Promise<SseFrame | undefined> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return parseFrame(raw);
      }
      if (done) return undefined;
      const chunk = await read();
      if (chunk.done) done = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  /** The next frame that is an event (keep-alive comments skipped); fails if the stream closes first. */
  async function nextEvent(): Promise<SseFrame> {
    for (;;) {
      const frame = await next();
      if (!frame) throw new Error("the stream closed before another event");
      if (frame.event !== undefined) return frame;
    }
  }

  return { next, nextEvent, cancel: () => reader.cancel() };
}
