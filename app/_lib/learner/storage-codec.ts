/**
 * The learner's state as text: what localStorage keeps, and the export file a learner can move
 * to another browser. Reading never throws and never trusts the text: it is parsed as JSON
 * (data only, nothing is evaluated), checked against the schema, and migrated when older.
 */
import { CURRENT_VERSION, emptyState, isBookmarked, merge, parseLearnerState, type LearnerState, type ReadState } from "./state";
import { canonical, encode } from "./update";

export { encode };

export const EXPORT_APP = "clickpath";
export const EXPORT_KIND = "learner-export";
/** Longest string an import may hold anywhere, keys included; the real ones are short ids. */
export const MAX_STRING = 2000;

export type Decoded = {
  state: LearnerState;
  /** Why the saved text was not used, in a sentence for the learner. */
  problem?: string;
  /** The saved text, unchanged, when it was not used: keep it under STORAGE_KEYS.backup. */
  backup?: string;
  /** The version it was saved in, when older than the current one and migrated. */
  migratedFrom?: number;
  /**
   * The version it was saved in, when newer than this page can read. Such text is never
   * overwritten: the page runs in memory until it is reloaded (with the newer code).
   */
  newer?: number;
};

/** What a tab older than the saved progress tells the learner. */
function olderTabMessage(version: number): string {
  return `This tab is older than your saved progress (saved in format ${version}; it reads up to ${CURRENT_VERSION}). Reload the page to keep saving: until then, what you do here stays in this tab and your saved progress is left as it is.`;
}

function unreadable(reason: string, text: string): Decoded {
  return {
    state: emptyState(0),
    problem: `Saved progress could not be read (${reason}), so Clickpath has started afresh; the saved text is kept as a backup.`,
    backup: text,
  };
}

function reasonOf(read: Exclude<ReadState, { ok: true }>): string {
  if (read.newer) return `it was saved by a newer version of Clickpath, format ${read.version}, and this page reads up to format ${CURRENT_VERSION}`;
  return `it is not in the shape Clickpath saves: ${read.path ? `${read.path} ` : ""}${read.message}`;
}

/**
 * Reads what localStorage holds. Nothing saved gives an empty state; text that is not JSON or not
 * a known shape gives an empty state, a `problem` and the text itself as `backup`; text from a
 * newer version gives an empty state, a `problem` and `newer` (it must not be written over); an
 * older version is migrated.
 */
export function decode(text: string | null): Decoded {
  if (text === null || text.trim() === "") return { state: emptyState(0) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return unreadable("not JSON", text);
  }
  const read = parseLearnerState(value);
  // Newer data is not unreadable, only unreadable here: keep it where it is, untouched.
  if (!read.ok && read.newer) return { state: emptyState(0), newer: read.version, problem: olderTabMessage(read.version) };
  if (!read.ok) return unreadable(reasonOf(read), text);
  return read.from < CURRENT_VERSION ? { state: read.state, migratedFrom: read.from } : { state: read.state };
}

/* ---------- export and import ---------- */

export type ExportFile = { app: typeof EXPORT_APP; kind: typeof EXPORT_KIND; exportedAt: string; state: LearnerState };

/** The export file's text: the state in a wrapper that says what it is, pretty-printed. */
export function exportFile(state: LearnerState, now: number): string {
  const file: ExportFile = { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: new Date(now).toISOString(), state };
  // Wrapper fields in reading order; the state's keys sorted, as in storage.
  return `${JSON.stringify({ ...file, state: canonical(file.state) }, null, 2)}\n`;
}

/** A name for the export file, e.g. "clickpath-progress-2025-03-01.json". */
export function exportFileName(now: number): string {
  return `clickpath-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Bytes of a string in UTF-8, counted without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "1,500,000 bytes (1.5 MB)". */
export function sizeText(bytes: number): string {
  const exact = `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < 1000) return exact;
  const [n, unit] = bytes < 1_000_000 ? [bytes / 1000, "KB"] : [bytes / 1_000_000, "MB"];
  return `${exact} (${Number(n.toFixed(1))} ${unit})`;
}

/** Nothing in a progress export nests deeper than this (a real one is five levels deep). */
export const MAX_DEPTH = 16;

/**
 * The first thing in a parsed file that no export holds: a string or key over `max` characters,
 * or nesting deeper than MAX_DEPTH. Walked with a stack of its own, so no file can exhaust the
 * call stack.
 */
function firstOddity(root: unknown, max: number): string | undefined {
  const stack: [unknown, string, number][] = [[root, "", 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return `The file nests deeper than any progress export (over ${MAX_DEPTH} levels, at ${path}).`;
    if (typeof value === "string") {
      if (value.length > max) return `The file holds a string of ${value.length} characters at ${path || "(the whole file)"}; nothing in a progress export is longer than ${max}.`;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`, depth + 1]);
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        if (key.length > max) return `The file holds a string of ${key.length} characters at a key in ${path || "the top level"}; nothing in a progress export is longer than ${max}.`;
        stack.push([v, path ? `${path}.${key}` : key, depth + 1]);
      }
    }
  }
  return undefined;
}

export type ImportResult = { ok: true; state: LearnerState; exportedAt: string } | { ok: false; error: string };

/**
 * Reads an export file chosen by the learner. Refuses, with a sentence saying why: a file over
 * `maxBytes`, text that is not JSON, any string longer than MAX_STRING characters, a file that is
 * not a Clickpath learner export, a state from a newer version, and a state that fails the schema
 * (naming the first failing path). Older states are migrated.
 */
export function parseImport(text: string, maxBytes = 1_000_000): ImportResult {
  try {
    return readImport(text, maxBytes);
  } catch (error) {
    // Whatever a file holds, the learner gets a sentence, never a broken page.
    return { ok: false, error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function readImport(text: string, maxBytes: number): ImportResult {
  const bytes = utf8Length(text);
  if (bytes > maxBytes) return { ok: false, error: `The file is too large to import: ${sizeText(bytes)}, and the limit is ${sizeText(maxBytes)}.` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not JSON, so it cannot be a Clickpath progress export." };
  }
  const odd = firstOddity(value, MAX_STRING);
  if (odd) return { ok: false, error: odd };
  const wrapper = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!wrapper || wrapper.app !== EXPORT_APP || wrapper.kind !== EXPORT_KIND) {
    return { ok: false, error: `The file is not a Clickpath progress export: it needs "app": "${EXPORT_APP}" and "kind": "${EXPORT_KIND}".` };
  }
  const exportedAt = wrapper.exportedAt;
  if (typeof exportedAt !== "string" || Number.isNaN(Date.parse(exportedAt))) {
    return { ok: false, error: "The file is not a Clickpath progress export: its exportedAt is missing or not a date." };
  }
  if (!Object.hasOwn(wrapper, "state")) return { ok: false, error: "The file is a Clickpath progress export, but it holds no state." };
  const read = parseLearnerState(wrapper.state);
  if (read.ok) return { ok: true, state: read.state, exportedAt };
  if (read.newer) {
    return { ok: false, error: `The file was exported by a newer version of Clickpath (format ${read.version}); this page reads up to format ${CURRENT_VERSION}.` };
  }
  return { ok: false, error: `The file's progress is not valid at ${read.path ? `state.${read.path}` : "state"}: ${read.message}.` };
}

export type ImportPreview = {
  /** Steps it would mark seen that are not seen here. */
  seenSteps: number;
  /** Quizzes answered there and not here. */
  answers: number;
  /** Quizzes answered in both whose record would change (more tries, now correct, later). */
  answersUpdated: number;
  /** Cards it would bookmark that are not bookmarked here. */
  bookmarks: number;
  /** Cards bookmarked here that it would unbookmark (removed there after they were added here). */
  bookmarksRemoved: number;
  /** Cards with a review schedule there and none here. */
  reviews: number;
  /** Cards whose schedule would be replaced by one reviewed more recently there. */
  reviewsUpdated: number;
  /** All of the above: 0 when importing would change nothing the learner can see. */
  changes: number;
};

function count<T>(before: Record<string, T>, after: Record<string, T>, test: (was: T | undefined, now: T) => boolean): number {
  return Object.entries(after).filter(([key, v]) => test(Object.hasOwn(before, key) ? before[key] : undefined, v)).length;
}

/** What merging `incoming` into `current` would change, for a "this is what will happen" screen. */
export function previewImport(current: LearnerState, incoming: LearnerState): ImportPreview {
  const merged = merge(current, incoming);
  let seenSteps = 0;
  let answers = 0;
  let answersUpdated = 0;
  for (const [slug, journey] of Object.entries(merged.journeys)) {
    const was = Object.hasOwn(current.journeys, slug) ? current.journeys[slug] : undefined;
    seenSteps += count(was?.seen ?? {}, journey.seen, (before) => before === undefined);
    answers += count(was?.answers ?? {}, journey.answers, (before) => before === undefined);
    answersUpdated += count(
      was?.answers ?? {},
      journey.answers,
      (before, after) => before !== undefined && (before.correct !== after.correct || before.tries !== after.tries || before.at !== after.at),
    );
  }
  const ids = Object.keys(merged.bookmarks);
  const bookmarks = ids.filter((id) => isBookmarked(merged, id) && !isBookmarked(current, id)).length;
  const bookmarksRemoved = ids.filter((id) => !isBookmarked(merged, id) && isBookmarked(current, id)).length;
  const same = (x: unknown, y: unknown) => JSON.stringify(canonical(x)) === JSON.stringify(canonical(y));
  const reviews = count(current.reviews, merged.reviews, (before) => before === undefined);
  const reviewsUpdated = count(current.reviews, merged.reviews, (before, after) => before !== undefined && !same(before, after));
  return {
    seenSteps,
    answers,
    answersUpdated,
    bookmarks,
    bookmarksRemoved,
    reviews,
    reviewsUpdated,
    changes: seenSteps + answers + answersUpdated + bookmarks + bookmarksRemoved + reviews + reviewsUpdated,
  };
}
