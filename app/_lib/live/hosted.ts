/**
 * Where a browser keeps the live session it hosts as the instructor. Apart from the rest of the
 * client's session code (room.ts, which reads what is kept) because the presenter's windows look
 * for it before any session runs: it must stay tiny.
 */

/** A session this browser runs as the instructor: its code and secret (localStorage, so the console and the audience view share it). */
export type Hosted = { code: string; secret: string };

/** Where the instructor's session of a journey is kept. */
export function hostedKey(slug: string): string {
  return `clickpath:live-hosted:${slug}`;
}
