/** YAML parsing that remembers where every value came from, so problems can name a line. */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import type { Reporter } from "./reporter";

/** A parsed value, and the line (in the text parsed) of the value at any path in it. */
export type Located<T> = { value: T; lineOf: (path: PropertyKey[]) => number };

/**
 * Parses YAML; syntax errors become problems and the value is `undefined`. Lines are lines of
 * `text`: a reporter `from` the text's first line (frontmatter starts below `---`) shifts them.
 */
export function parseYaml(text: string, r: Reporter): Located<unknown> | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) r.at(lines.linePos(e.pos[0]).line, `YAML: ${e.message.split("\n")[0]}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // e.g. an alias bomb: the YAML parses but cannot be expanded safely.
    r.at(1, `YAML: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
  return { value, lineOf: (path) => lineOfPath(doc, lines, path) };
}

function lineOfPath(doc: Document, lines: LineCounter, path: PropertyKey[]): number {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Validates the value at `at` (the whole value by default) against a schema; every issue
 * becomes a problem on its own line, named by its path inside that value.
 */
export function check<S extends z.ZodType>(schema: S, located: Located<unknown>, r: Reporter, at: PropertyKey[] = []): z.infer<S> | undefined {
  const result = schema.safeParse(valueAt(located, at));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...at, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      // One problem per unknown key, on the key's own line rather than the object's first line.
      for (const key of issue.keys) r.issue(located.lineOf([...path, key]), issue.path, unknownField(valueAt(located, path), key));
      continue;
    }
    r.issue(located.lineOf(path), issue.path, issue.message);
  }
  return undefined;
}

/**
 * Checks item `index` of a located list. Its problems name it by its id rather than its place
 * ("quiz 'x' options: …", not "[3].options: …"), or as "quiz 4 in this file" when it has none.
 */
export function checkItem<S extends z.ZodType>(schema: S, list: Located<unknown>, index: number, kind: string, r: Reporter): z.infer<S> | undefined {
  const raw = valueAt(list, [index]);
  const name = raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" ? `${kind} '${raw.id}'` : `${kind} ${index + 1} in this file`;
  return check(schema, list, r.named(name), [index]);
}

/**
 * "unknown field 'x'", and what to write instead when the field is really the end of a text: in
 * the one-line `{ … }` form a comma ends a value, so `{ text: Retry, then give up }` reads as
 * `text: Retry` and a field named "then give up" with no value.
 */
function unknownField(parent: unknown, key: string): string {
  const message = `unknown field '${key}'`;
  if (!parent || typeof parent !== "object") return message;
  const fields = Object.entries(parent);
  const at = fields.findIndex(([k]) => k === key);
  const [before, value] = fields[at - 1] ?? [];
  if (fields[at]?.[1] !== null || before === undefined || typeof value !== "string") return message;
  return `${message}: in the one-line { … } form a comma ends a value, so this is the rest of ${before}; put the whole text in double quotes: ${before}: "${value}, ${key}"`;
}

function valueAt(located: Located<unknown>, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], located.value);
}
