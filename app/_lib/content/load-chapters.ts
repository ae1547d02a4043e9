/**
 * A journey's chapters (`chapters/<id>.mdx`, listed in journey.yaml): read in the listed order,
 * their steps numbered across the journey. Chapters are checked even when journey.yaml is
 * broken, so one run reports everything: then the chapter files are read in name order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { isFile, idOf, MDX_FILE, namesIn } from "./files";
import { CODE_FRONTMATTER, codeFrontmatter } from "./frontmatter";
import { outlineChapter, type ChapterOutline } from "./mdx-outline";
import { reporter, type Reporter } from "./reporter";
import { ChapterFrontmatter } from "./schema";
import type { ReadStep, StepReader } from "./steps";
import type { ChapterData } from "./types";
import { check, parseYaml } from "./yaml-source";

/** A `<Fork id>` as written in a chapter's step: reported where it stands. */
export type ForkRef = { id: string; report: Reporter; line: number };

/** journey.yaml's list of chapters, and the line each is listed on. */
export type ChapterList = { ids: readonly string[]; lineOf: (i: number) => number };

export type ChaptersRead = {
  chapters: ChapterData[];
  /** The main line: every chapter's steps, in order. */
  steps: ReadStep[];
  /** Every `<Fork id>` placed in a step, valid or not. */
  forkRefs: ForkRef[];
  /** Where each fork is placed: fork id → the step it branches from. */
  forkPlaced: Map<string, ReadStep>;
  words: number;
  /** A chapter that cannot be parsed may place quizzes or forks, so "never placed" cannot be told. */
  unreadable: boolean;
};

/**
 * Reads the chapters of the journey in `dir`: those `list` names (undefined when journey.yaml
 * cannot be read), then reports chapter files it leaves out. `metaFile` reports for journey.yaml.
 */
export function readChapters(dir: string, root: Reporter, metaFile: Reporter, list: ChapterList | undefined, reader: StepReader): ChaptersRead {
  const chapterDir = join(dir, "chapters");
  const files = namesIn(chapterDir, MDX_FILE);
  const ids = list ? list.ids : files.map((f) => idOf(f, MDX_FILE));
  const read: ChaptersRead = { chapters: [], steps: [], forkRefs: [], forkPlaced: new Map(), words: 0, unreadable: false };
  const listed = new Set<string>();
  ids.forEach((chapterId, i) => {
    const line = list ? list.lineOf(i) : 1;
    if (listed.has(chapterId)) return metaFile.at(line, `chapter '${chapterId}' is listed twice`);
    listed.add(chapterId);
    const path = join(chapterDir, `${chapterId}.mdx`);
    if (!isFile(path)) return metaFile.at(line, `chapter '${chapterId}' has no file chapters/${chapterId}.mdx`);
    readChapter(chapterId, path, root.child(path), reader, read);
  });
  for (const f of files) {
    if (!listed.has(idOf(f, MDX_FILE))) root.child(join(chapterDir, f)).at(1, "this chapter is not listed in journey.yaml's chapters");
  }
  return read;
}

/** Reads one chapter into `read`: its steps join the main line, and its forks are noted. */
function readChapter(chapterId: string, path: string, r: Reporter, reader: StepReader, read: ChaptersRead): void {
  const { outline, front, source } = readSequence(path, r, ChapterFrontmatter, "a chapter");
  read.words += countWords(source);
  if (!outline.parsed) read.unreadable = true;
  const firstStep = read.steps.length;
  for (const s of outline.steps) {
    const step = reader.read(s, r, chapterId, read.steps.length);
    for (const f of s.forks) read.forkRefs.push({ id: f.id, report: r, line: f.line });
    if (!step) continue;
    for (const f of s.forks) if (!read.forkPlaced.has(f.id)) read.forkPlaced.set(f.id, step);
    read.steps.push(step);
  }
  if (front) read.chapters.push({ id: chapterId, ...front, path, firstStep, stepCount: read.steps.length - firstStep });
}

/** Reads a chapter or fork file: its outline and checked frontmatter. */
export function readSequence<F extends z.ZodType>(path: string, r: Reporter, schema: F, what: string) {
  const source = readFileSync(path, "utf8");
  if (source.trim() === "") {
    // Nothing to read: say so, and nothing that follows from it (an unread file may place anything).
    r.at(1, "the file is empty");
    return { outline: { parsed: false, steps: [] } as ChapterOutline, front: undefined, source };
  }
  const code = codeFrontmatter(source);
  // Past a code block the rest of the file cannot be read as the author meant: report that block alone.
  const outline: ChapterOutline = outlineChapter(source, code ? reporter([], r.display, path) : r);
  let front: z.infer<F> | undefined;
  if (code) {
    r.at(1, CODE_FRONTMATTER(code));
  } else if (outline.frontmatter) {
    const fr = r.from(outline.frontmatter.firstLine);
    const fm = parseYaml(outline.frontmatter.text, fr);
    front = fm && check(schema, fm, fr);
  } else if (outline.parsed) {
    r.at(1, "frontmatter with title and summary is required");
  }
  if (outline.steps.length === 0 && !r.hasProblems()) r.at(1, `${what} needs at least one <Step>`);
  return { outline, front, source };
}

function countWords(mdx: string): number {
  return mdx.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
}
