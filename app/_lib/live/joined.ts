/**
 * The live session a tab has joined, as the tab keeps it. Apart from the rest of the client's
 * session code (room.ts) because every reader page reads it, joined or not: it must stay tiny.
 */

/** A session this tab has joined as a learner (kept in sessionStorage: a reload stays in it, another tab does not join). */
export type Joined = { code: string; participantId: string; journey: string };

/** Where the tab keeps the session it joined. */
export const JOINED_KEY = "clickpath:live-joined";

/** The joined session in `text` (what sessionStorage holds), or undefined for anything else. */
export function readJoined(text: string | null): Joined | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return undefined;
    const { code, participantId, journey } = v as Record<string, unknown>;
    const short = (s: unknown): s is string => typeof s === "string" && s.length > 0 && s.length <= 200;
    return short(code) && short(participantId) && short(journey) ? { code, participantId, journey } : undefined;
  } catch {
    return undefined;
  }
}
