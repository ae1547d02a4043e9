/**
 * Reading the content folder: what a folder holds, whether a path is a file or a folder, and a
 * YAML file's text. Every listing goes through `namesIn`, so each kind of file is found the same
 * way: sorted by name, and none (rather than an error) when the folder is missing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isId } from "./ids";
import type { Reporter } from "./reporter";
import { parseYaml, type Located } from "./yaml-source";

export const YAML_FILE = /\.ya?ml$/;
export const MDX_FILE = /\.mdx$/;

/** Names of the entries of `dir` that match `pattern`, sorted; none when it is not a readable folder. */
export function namesIn(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => pattern.test(name)).sort();
}

/** A file's name without the extension `pattern` matches: the id of what it holds. */
export function idOf(name: string, pattern: RegExp): string {
  return name.replace(pattern, "");
}

/**
 * The files in `dir` that `pattern` matches and whose name is an id (what they hold is found by
 * it), each with its path and a reporter for it; a file named otherwise is reported, with
 * `misnamed`, and skipped.
 */
export function* idFilesIn(dir: string, pattern: RegExp, root: Reporter, misnamed: string): Generator<{ id: string; path: string; r: Reporter }> {
  for (const name of namesIn(dir, pattern)) {
    const path = join(dir, name);
    const r = root.child(path);
    const id = idOf(name, pattern);
    if (isId(id)) yield { id, path, r };
    else r.at(1, misnamed);
  }
}

/** The folders in `dir`, sorted, hidden ones (`.git`) left out. */
export function foldersIn(dir: string): string[] {
  return namesIn(dir, /^[^.]/).filter((name) => isDirectory(join(dir, name)));
}

/** Like statSync, but a broken link or an unreadable entry is simply "not a file". */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a YAML file that must exist and hold something; `r` reports for it. */
export function readYaml(path: string, r: Reporter): Located<unknown> | undefined {
  if (!isFile(path)) {
    r.at(1, isDirectory(path) ? "is a folder, where a file is expected" : "file is missing");
    return undefined;
  }
  const text = readFileSync(path, "utf8");
  if (text.trim() === "") {
    r.at(1, "the file is empty");
    return undefined;
  }
  return parseYaml(text, r);
}
