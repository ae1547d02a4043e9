/** A content problem, reported as `path:line: message` (path relative to the project root). */
export type Problem = { file: string; line: number; message: string };

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Sorted by file, then line, so reports are stable and easy to read. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n` +
        sortProblems(problems).map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
  }
}
