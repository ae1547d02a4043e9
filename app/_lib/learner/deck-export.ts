/**
 * The bookmarked concept cards as files to take away: Markdown to read, and CSV that imports into
 * Anki as Basic notes (front, back, tags).
 */
import type { Layer } from "../content/schema";

export type DeckCard = { id: string; title: string; summary: string; why: string; use: string; avoid: string; layer: Layer };

/** One line: runs of whitespace, newlines included, become a single space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Newlines as "\n" whatever they were written with. */
function lf(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** The back of a card: the summary, then why, when to use it and when to think twice, as on the site. */
export function cardBack(card: DeckCard): string {
  return [lf(card.summary), `Why it matters: ${lf(card.why)}`, `Use it when: ${lf(card.use)}`, `Think twice when: ${lf(card.avoid)}`].join("\n\n");
}

export function deckMarkdown(cards: readonly DeckCard[]): string {
  const head = "# Clickpath: bookmarked concept cards\n";
  if (cards.length === 0) return `${head}\nNo cards bookmarked yet.\n`;
  const body = cards.map(
    (c) =>
      `## ${oneLine(c.title)}\n\n_${c.layer} layer_\n\n${lf(c.summary)}\n\n**Why it matters.** ${lf(c.why)}\n\n**Use it when.** ${lf(c.use)}\n\n**Think twice when.** ${lf(c.avoid)}\n`,
  );
  return [head, ...body].join("\n");
}

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes
 * doubled. Also quoted when it starts with "#", which Anki would otherwise read as a comment line.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value.startsWith("#") ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Anki reads these header lines; tags go in the third column, separated by spaces. */
export const ANKI_HEADER = ["#separator:comma", "#html:false", "#tags column:3"] as const;

/**
 * The cards as CSV for Anki: front = title, back = summary, why, use and avoid (line breaks kept:
 * with html:false Anki shows them as breaks), tags = "clickpath layer-<layer>". Records end in
 * CRLF as RFC 4180 has it; line breaks inside fields are plain LF.
 */
export function deckCsv(cards: readonly DeckCard[]): string {
  const rows = cards.map((c) => [oneLine(c.title), cardBack(c), `clickpath layer-${c.layer}`].map(csvField).join(","));
  return [...ANKI_HEADER, ...rows].map((line) => `${line}\r\n`).join("");
}
