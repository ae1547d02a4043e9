/**
 * Server-only access to the checked content. Loaded once per process; any problem is fatal
 * here, so `next build` fails with the same `path:line` report as `npm run check:content`.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { bundleMDX } from "mdx-bundler";
import { ContentError } from "./problems";
import { loadContent, type Content, type JourneyData } from "./load";

let cached: Content | undefined;

export function getContent(): Content {
  if (!cached) {
    const content = loadContent({ root: join(process.cwd(), "journeys") });
    if (content.problems.length > 0) throw new ContentError(content.problems);
    cached = content;
  }
  return cached;
}

export function getJourney(slug: string): JourneyData | undefined {
  return getContent().journeys.find((j) => j.slug === slug);
}

const compiled = new Map<string, Promise<string>>();

/** Compiles an MDX file (frontmatter stripped) to code for `getMDXComponent`; cached per path. */
export function compileMdxFile(path: string): Promise<string> {
  let code = compiled.get(path);
  if (!code) {
    code = readFile(path, "utf8").then(async (source) => (await bundleMDX({ source, cwd: dirname(path) })).code);
    compiled.set(path, code);
  }
  return code;
}

/** Compiles a concept card's Markdown body. */
export async function compileMdxSource(key: string, source: string): Promise<string> {
  let code = compiled.get(key);
  if (!code) {
    code = bundleMDX({ source }).then((r) => r.code);
    compiled.set(key, code);
  }
  return code;
}
