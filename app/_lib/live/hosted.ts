/**
 * The live session a browser hosts as the instructor, as localStorage keeps it. Apart from the
 * rest of the client's session code (room.ts) because the presenter's windows read it before
 * any session runs: it must stay tiny.
 */

/** A session this browser runs as the instructor: its code and secret (localStorage, so the console and the audience view share it). */
export type Hosted = { code: string; secret: string };

/** Where the instructor's session of a journey is kept. */
export function hostedKey(slug: string): string {
  return `clickpath:live-hosted:${slug}`;
}

/** The hosted session in `text`, or undefined for anything else. */
export function readHosted(text: string | null): Hosted | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return undefined;
    const { code, secret } = v as Record<string, unknown>;
    return typeof code === "string" && typeof secret === "string" && code.length <= 20 && secret.length <= 100 ? { code, secret } : undefined;
  } catch {
    return undefined;
  }
}
