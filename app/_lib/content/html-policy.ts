/**
 * What HTML content may hold. Static pages allow inline scripts (`'unsafe-inline'`, see
 * next.config.ts), so markup in content must not be able to act: a few harmless inline elements
 * with no attributes but `title`, `lang` and `dir`, and no link or image to a `javascript:`,
 * `vbscript:` or `data:` URL. Everything else is a `path:line` problem.
 */

/** Inline elements an author may write in MDX: they only mark up words. */
export const SAFE_INLINE = new Set(["abbr", "b", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var", "wbr"]);
const SAFE_ATTRIBUTES = new Set(["title", "lang", "dir"]);
const UNSAFE_SCHEMES = new Set(["javascript", "vbscript", "data"]);

/** Why an HTML element with these attribute names may not appear, or undefined if it may. */
export function htmlElementProblem(name: string, attributes: readonly string[]): string | undefined {
  if (!SAFE_INLINE.has(name)) return `HTML <${name}> is not allowed in content: write Markdown, or use one of ${[...SAFE_INLINE].map((n) => `<${n}>`).join(", ")}`;
  const bad = attributes.filter((a) => !SAFE_ATTRIBUTES.has(a));
  return bad.length > 0 ? `<${name}> may carry only ${[...SAFE_ATTRIBUTES].join(", ")}: remove ${bad.join(", ")}` : undefined;
}

/**
 * The scheme of a URL that would run code or smuggle a document in (`javascript:`, `vbscript:`,
 * `data:`), however it is spelled (case, whitespace and control characters do not hide it).
 */
export function unsafeUrlScheme(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ""));
  const scheme = m?.[1]?.toLowerCase();
  return scheme && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

export const UNSAFE_URL = (scheme: string) => `a '${scheme}:' URL is not allowed in content: link to an http(s) address or a page of this site`;
