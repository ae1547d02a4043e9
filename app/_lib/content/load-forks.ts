/**
 * Failure forks live in `forks/<id>.mdx`, one file each, and are placed with `<Fork id>` in the
 * main-line step they branch from. A fork plays steps of its own and returns to that step; it
 * must ask, in a quiz, what should happen next.
 */
import { join } from "node:path";
import { idOf, MDX_FILE, namesIn } from "./files";
import { isId } from "./ids";
import { readSequence, type ChaptersRead, type ForkRef } from "./load-chapters";
import type { Reporter } from "./reporter";
import { ForkFrontmatter } from "./schema";
import type { ReadStep, StepReader } from "./steps";
import type { ForkData } from "./types";

/** A fork as read: its steps are finished with the journey's (see load-journey). */
export type ReadFork = Omit<ForkData, "steps"> & { steps: ReadStep[] };

/** Loads the forks of the journey in `dir`, checked against where its chapters place them. */
export function loadForks(dir: string, root: Reporter, reader: StepReader, chapters: ChaptersRead): ReadFork[] {
  const forkDir = join(dir, "forks");
  const files = namesIn(forkDir, MDX_FILE);
  const seen = checkPlacements(chapters.forkRefs, new Set(files.map((f) => idOf(f, MDX_FILE))));
  const forks: ReadFork[] = [];
  for (const f of files) {
    const id = idOf(f, MDX_FILE);
    const path = join(forkDir, f);
    const r = root.child(path);
    if (!isId(id)) {
      r.at(1, "a fork's file name is its URL: lowercase words joined by '-'");
      continue;
    }
    const { outline, front } = readSequence(path, r, ForkFrontmatter, "a fork");
    const steps: ReadStep[] = [];
    for (const s of outline.steps) {
      for (const ref of s.forks) r.at(ref.line, "a fork cannot branch again: place <Fork> in a step of a chapter");
      const step = reader.read(s, r, id, steps.length);
      if (step) steps.push(step);
    }
    if (outline.parsed && outline.steps.length > 0 && !outline.steps.some((s) => s.quizzes.length > 0)) {
      r.at(1, "a fork needs a quiz that asks what should happen next: place one with <Quiz id=\"…\" />");
    }
    const origin = chapters.forkPlaced.get(id);
    if (!origin && !chapters.unreadable && !seen.has(id)) {
      r.at(1, `this fork is never placed: add <Fork id="${id}" /> to the step it branches from`);
    }
    if (front && origin) forks.push({ id, ...front, path, origin: origin.index, steps });
  }
  return forks;
}

/** Each fork is placed once, and only a fork that exists; returns where each is placed. */
function checkPlacements(refs: readonly ForkRef[], ids: ReadonlySet<string>): Map<string, string> {
  const seen = new Map<string, string>();
  for (const ref of refs) {
    if (!ids.has(ref.id)) ref.report.at(ref.line, `fork '${ref.id}' does not exist (no forks/${ref.id}.mdx)`);
    else if (seen.has(ref.id)) ref.report.at(ref.line, `fork '${ref.id}' is already placed at ${seen.get(ref.id)}: a fork branches off one step`);
    else seen.set(ref.id, ref.report.where(ref.line));
  }
  return seen;
}
