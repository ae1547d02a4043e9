/** YAML parsing that remembers where every value came from, so problems can name a line. */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import type { Problem } from "./problems";

export type Located<T> = { value: T; lineOf: (path: PropertyKey[]) => number };

export type SourceText = {
  /** Path relative to the project root, used in problems. */
  file: string;
  text: string;
  /** Line of `text`'s first line in the file (frontmatter starts below `---`). */
  firstLine?: number;
};

/** Parses YAML; syntax errors become problems and the value is `undefined`. */
export function parseYaml(src: SourceText, problems: Problem[]): Located<unknown> | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(src.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const offset = (src.firstLine ?? 1) - 1;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line + offset;
      problems.push({ file: src.file, line, message: `YAML: ${e.message.split("\n")[0]}` });
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // e.g. an alias bomb: the YAML parses but cannot be expanded safely.
    problems.push({ file: src.file, line: 1 + offset, message: `YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  return { value, lineOf: (path) => lineOfPath(doc, lines, path) + offset };
}

function lineOfPath(doc: Document, lines: LineCounter, path: PropertyKey[]): number {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Validates a located value against a schema; every issue becomes a problem on its own line. */
export function check<S extends z.ZodType>(
  schema: S,
  located: Located<unknown>,
  file: string,
  problems: Problem[],
  basePath: PropertyKey[] = [],
): z.infer<S> | undefined {
  const value = basePath.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], located.value);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      // One problem per unknown key, on the key's own line rather than the object's first line.
      for (const key of issue.keys) {
        problems.push({ file, line: located.lineOf([...path, key]), message: describeIssue(path, `unknown field '${key}'`) });
      }
      continue;
    }
    problems.push({ file, line: located.lineOf(path), message: describeIssue(path, issue.message) });
  }
  return undefined;
}

export function describeIssue(path: PropertyKey[], message: string): string {
  const where = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  return where ? `${where}: ${message}` : message;
}
