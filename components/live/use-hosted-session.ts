"use client";
import { useCallback, useEffect, useReducer, useState } from "react";
import type { QuizKind } from "@/app/_lib/content/schema-quiz";
import type { InstructorCommand } from "@/app/_lib/live/session";
import { hostedKey, type Hosted } from "@/app/_lib/live/hosted";
import { emptyRoom, foldRoom, readHosted, readSse, roomItem, type Room, type RoomItem } from "@/app/_lib/live/room";
import { HOSTED_CHANGED, useHostedText } from "./hosted-code";

function write(slug: string, hosted: Hosted | undefined) {
  try {
    if (hosted) window.localStorage.setItem(hostedKey(slug), JSON.stringify(hosted));
    else window.localStorage.removeItem(hostedKey(slug));
  } catch {
    // Storage blocked: the session lives as long as this window's state does.
  }
  window.dispatchEvent(new Event(HOSTED_CHANGED));
}

async function errorOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  return body.error ?? `the server answered ${res.status}`;
}

type RoomAction = { type: "item"; item: RoomItem } | { type: "reset"; code: string };
function reduceRoom(room: Room, action: RoomAction): Room {
  return action.type === "reset" ? emptyRoom(action.code) : foldRoom(room, action.item);
}

/**
 * The live session the instructor runs for a journey, shared by the presenter console and the
 * audience view (kept in localStorage, so both windows see it): starting and ending it, sending
 * commands with the secret, and the instructor's stream of it (live tallies, head counts and
 * names), read with fetch so the secret travels in a header, and reconnected when it drops.
 */
export function useHostedSession(slug: string) {
  const hosted = readHosted(useHostedText(slug));
  const code = hosted?.code;
  const secret = hosted?.secret;
  const [room, dispatch] = useReducer(reduceRoom, emptyRoom(code ?? ""));
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!code || !secret) return;
    dispatch({ type: "reset", code });
    const stop = new AbortController();
    let wait = 500;
    async function connect() {
      while (!stop.signal.aborted) {
        try {
          const res = await fetch(`/api/live/${encodeURIComponent(code!)}/events?role=instructor`, {
            // No Last-Event-ID: the console starts again from a snapshot, the one place every name
            // is (a newer head count replaces an older one in the server's log, with its name).
            headers: { authorization: `Bearer ${secret}` },
            signal: stop.signal,
          });
          if (res.status === 404 || res.status === 410 || res.status === 403) {
            // The session is gone (ended, expired, or the server restarted without it).
            setProblem(`The live session ${code} is no longer running.`);
            write(slug, undefined);
            return;
          }
          if (!res.ok || !res.body) throw new Error(await errorOf(res));
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            const { messages, rest } = readSse(buffer + value);
            buffer = rest;
            wait = 500;
            for (const m of messages) {
              const item = roomItem(m);
              if (!item) continue;
              dispatch({ type: "item", item });
              if (item.type === "ended" || (item.type === "snapshot" && item.ended)) {
                write(slug, undefined);
                return;
              }
            }
          }
        } catch {
          if (stop.signal.aborted) return;
        }
        // The stream dropped: try again, a little later each time, from the last event seen.
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 2, 5000);
      }
    }
    void connect();
    return () => stop.abort();
  }, [slug, code, secret]);

  const start = useCallback(async () => {
    setProblem(undefined);
    try {
      const res = await fetch("/api/live", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ journey: slug }) });
      if (!res.ok) return setProblem(`Could not start a live session: ${await errorOf(res)}.`);
      const { code: started, secret: key } = (await res.json()) as Hosted;
      write(slug, { code: started, secret: key });
    } catch {
      setProblem("Could not start a live session: the server could not be reached.");
    }
  }, [slug]);

  const command = useCallback(
    async (cmd: InstructorCommand) => {
      if (!code || !secret) return;
      try {
        const res = await fetch(`/api/live/${encodeURIComponent(code)}/command`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ secret, command: cmd }) });
        if (res.status === 404 || res.status === 410) write(slug, undefined);
        else if (!res.ok) setProblem(`The session did not take that: ${await errorOf(res)}.`);
      } catch {
        setProblem("The live session could not be reached: check the connection.");
      }
    },
    [slug, code, secret],
  );

  const end = useCallback(async () => {
    await command({ type: "end" });
    write(slug, undefined);
  }, [command, slug]);

  return { code, room: code && room.code === code ? room : undefined, problem, start, end, command };
}

/**
 * Keeps a running session where the presentation is: its step, the step's quiz open for answers,
 * and the reveal. Both windows run it; the server takes a repeat as nothing new.
 */
export function useLiveSync(
  session: Pick<ReturnType<typeof useHostedSession>, "code" | "command">,
  step: number,
  quiz: { id: string; kind: QuizKind; optionCount: number } | undefined,
  revealed: boolean,
) {
  const { code, command } = session;
  const quizId = quiz?.id;
  const kind = quiz?.kind;
  const optionCount = quiz?.optionCount;
  useEffect(() => {
    if (!code) return;
    void (async () => {
      await command({ type: "go", step });
      if (quizId && kind && optionCount) await command({ type: "open-quiz", quizId, kind, optionCount });
    })();
  }, [code, command, step, quizId, kind, optionCount]);
  useEffect(() => {
    if (code && quizId && revealed) void command({ type: "reveal" });
  }, [code, command, quizId, revealed]);
}
