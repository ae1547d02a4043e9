/**
 * Where the loader reports problems. A reporter knows the file it reports for, the line of that
 * file its text starts at, and the name its messages start with, so each problem is written
 * right when it is found: no check passes a list, a file name and a line offset along, and no
 * message is rewritten after it was reported.
 */
import type { Problem } from "./problems";

export type Reporter = {
  /** The file as problems name it (`journeys/tiny/map.yaml`). */
  readonly file: string;
  /** Reports `message` at `line` of the text this reporter is for. */
  at(line: number, message: string): void;
  /** Reports a schema issue at `path` inside the checked value: "options[1].why: …". */
  issue(line: number, path: readonly PropertyKey[], message: string): void;
  /** `file:line` as a problem names that line, for messages that point at another place. */
  where(line: number): string;
  /** The line of the file that `line` of this reporter's text is, for messages that point elsewhere in the same file. */
  fileLine(line: number): number;
  /** A reporter for another file (an absolute path), into the same list. */
  child(path: string): Reporter;
  /** How problems name a file (an absolute path), for messages that name one. */
  display(path: string): string;
  /** A reporter for text that starts at `firstLine` of this file (frontmatter, a card's body). */
  from(firstLine: number): Reporter;
  /** A reporter whose messages start with `name` ("quiz 'x'"): one item of a list. */
  named(name: string): Reporter;
  /** Problems reported so far, in every file: two counts tell whether a check found any. */
  count(): number;
  /** Whether any problem has been reported for this file, by any reporter. */
  hasProblems(): boolean;
};

/**
 * A reporter for the file at `path` that adds its problems to `problems`; `display` says how a
 * file is named in them (its path relative to the project, normally).
 */
export function reporter(problems: Problem[], display: (path: string) => string, path: string): Reporter {
  return make(problems, display, display(path), 0, undefined);
}

function make(problems: Problem[], display: (path: string) => string, file: string, offset: number, name: string | undefined): Reporter {
  const push = (line: number, message: string) => problems.push({ file, line: line + offset, message });
  return {
    file,
    at: (line, message) => push(line, name === undefined ? message : `${name} ${message}`),
    issue: (line, path, message) => push(line, describeIssue(path, message, name)),
    where: (line) => `${file}:${line + offset}`,
    fileLine: (line) => line + offset,
    child: (path) => make(problems, display, display(path), 0, undefined),
    display,
    from: (firstLine) => make(problems, display, file, offset + firstLine - 1, name),
    named: (itemName) => make(problems, display, file, offset, itemName),
    count: () => problems.length,
    hasProblems: () => problems.some((p) => p.file === file),
  };
}

/** "options[1].why: message", after the item's name when it has one. */
function describeIssue(path: readonly PropertyKey[], message: string, name: string | undefined): string {
  const where = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  if (name === undefined) return where ? `${where}: ${message}` : message;
  // An issue with the item as a whole follows its name with a colon ("quiz 'x': unknown field 'y'").
  return where ? `${name} ${where}: ${message}` : `${name}: ${message}`;
}
