/**
 * The inspector: the request as one hop sees it. Authors write each hop's view in full (a few
 * labelled blocks of text); the loader works out what changed since the previous hop
 * (`app/_lib/content/inspect-diff.ts`), and the browser reads the result with these types and
 * helpers (no diff code reaches it).
 */

/** One labelled block as written in an `<Inspect>`: a fenced code block, its language and label. */
export type InspectPart = { label: string; lang: string; text: string };
/** What a step's `<Inspect>` holds, as written. */
export type InspectSource = { hop: string; title: string; parts: InspectPart[] };

export type LineMark = "same" | "added" | "removed";
/** Highlighted text: the words, and the kind of token they are (`keyword`, `string`…; none for plain text), which names their colour. */
export type CodeToken = [text: string, kind?: string];
/** The class that gives a kind of token its colour (app/globals.css): `tk-keyword`, `tk-string`… */
export function tokenClass(kind: string): string {
  return `tk-${kind}`;
}

/** A line and how it changed; the lines standing at this hop carry their highlighting (a removed line is shown plain). */
export type InspectLine = { text: string; mark: LineMark; tokens?: CodeToken[] };
export type InspectedPart = {
  label: string;
  lang: string;
  lines: InspectLine[];
  /** The earlier step (and its hop) this block is compared with; absent when the block is new at this hop. */
  since?: { step: string; hop: string };
};
/** What the stage's inspector shows for a step. */
export type Inspection = { hop: string; title: string; parts: InspectedPart[] };

/** A block's text as it stands at this hop (what the copy button copies): removed lines left out. */
export function partText(part: InspectedPart): string {
  return part.lines
    .filter((l) => l.mark !== "removed")
    .map((l) => l.text)
    .join("\n");
}

/** How many lines of a block this hop added and removed. */
export function changeCount(part: InspectedPart): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of part.lines) {
    if (l.mark === "added") added++;
    else if (l.mark === "removed") removed++;
  }
  return { added, removed };
}
