/**
 * Server-only access to the checked content. Loaded once per process; any problem is fatal
 * here, so `next build` fails with the same `path:line` report as `npm run check:content`.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { FRONTMATTER_ENGINES } from "./frontmatter";
import { rehypeHighlight } from "./highlight";
import { ContentError } from "./problems";
import { loadContent } from "./load";
import type { ConceptData, Content, JourneyData, StepData } from "./types";

// Loaded once per process in production. `next dev` reloads on every request, so content
// edits show up without a restart.
const reload = process.env.NODE_ENV === "development";
let cached: Content | undefined;

export function getContent(): Content {
  if (!cached || reload) {
    const content = loadContent({ root: join(process.cwd(), "journeys") });
    if (content.problems.length > 0) throw new ContentError(content.problems);
    cached = content;
  }
  return cached;
}

export function getJourney(slug: string): JourneyData | undefined {
  return getContent().journeys.find((j) => j.slug === slug);
}

/** Every journey's slug: the static params of each page and file at `/journeys/<slug>/…`. */
export function journeySlugParams(): { slug: string }[] {
  return getContent().journeys.map((j) => ({ slug: j.slug }));
}

const compiled = new Map<string, Promise<string>>();

/** Compiles MDX (frontmatter stripped) to code for `getMDXComponent`, cached by its text. */
export function compileMdx(source: string, cwd?: string): Promise<string> {
  let code = compiled.get(source);
  if (!code) {
    code = bundleMDX({
      source,
      ...(cwd ? { cwd } : {}),
      // No front matter engine may run code (the loader has refused such content already).
      grayMatterOptions: (options) => ({ ...options, engines: { ...options.engines, ...FRONTMATTER_ENGINES } }),
      // GitHub-flavoured Markdown (tables, strikethrough and task lists), and fenced code
      // highlighted here, in the build (highlight.ts); inline code is left as written.
      mdxOptions: (options) => ({
        ...options,
        remarkPlugins: [...(options.remarkPlugins ?? []), remarkGfm],
        rehypePlugins: [...(options.rehypePlugins ?? []), rehypeHighlight],
      }),
    }).then((r) => r.code);
    compiled.set(source, code);
  }
  return code;
}

/** Compiles an MDX file; the cache follows its text, so an edited file is compiled again. */
export async function compileMdxFile(path: string): Promise<string> {
  return compileMdx(await readFile(path, "utf8"), dirname(path));
}

/** The compiled bodies of the concept cards some steps place, by id (empty for a card with no body). */
export async function compileConceptBodies(steps: readonly StepData[], concepts: Record<string, ConceptData>): Promise<Record<string, string>> {
  const used = [...new Set(steps.flatMap((s) => s.concepts))];
  return Object.fromEntries(await Promise.all(used.map(async (id) => [id, concepts[id]?.body ? await compileMdx(concepts[id].body) : ""])));
}

/**
 * A JSON file per journey, written at build time (`/journeys/<slug>/<name>.json`): the route
 * exports these two and `dynamic = "force-static"`, `dynamicParams = false`.
 */
export function journeyJson(body: (journey: JourneyData, content: Content) => unknown) {
  return {
    generateStaticParams: journeySlugParams,
    GET: async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
      const journey = getJourney((await params).slug);
      return journey ? Response.json(body(journey, getContent())) : new Response("No such journey", { status: 404 });
    },
  };
}
