/**
 * Front matter is data, never code. gray-matter (inside mdx-bundler) reads a block that opens
 * with `---js` or `---javascript` as JavaScript and evaluates it; content must never get there.
 * The loader refuses such a block with its line (`codeFrontmatter`), and the compiler refuses to
 * run one at all (`FRONTMATTER_ENGINES`).
 */

/** The language a front matter block names on its opening line (`---js`), unless it is YAML. */
export function codeFrontmatter(text: string): string | undefined {
  const m = /^---[ \t]*([^\s-][^\r\n]*?)[ \t]*\r?$/m.exec(text.split("\n", 1)[0] ?? "");
  const language = m?.[1]?.trim();
  return language && !/^(yaml|yml)$/i.test(language) ? language : undefined;
}

export const CODE_FRONTMATTER = (language: string) => `front matter must be YAML: a '---${language}' block is code, and content never runs code`;

/** gray-matter engines for every language it could evaluate: each refuses instead. */
const refuse = (language: string) => () => {
  throw new Error(CODE_FRONTMATTER(language));
};
export const FRONTMATTER_ENGINES = {
  javascript: refuse("javascript"),
  js: refuse("js"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson"),
};
