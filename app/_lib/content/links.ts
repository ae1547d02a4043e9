/**
 * Links that point nowhere. Once every journey, card and architecture is loaded, each link an
 * author wrote to a page of this site (`/concepts/<id>`, `/journeys/<slug>/<chapter>#<step>`,
 * `/architectures/<id>`, a file in `public/`, or `#<step>` on the same page) must name something
 * that exists; a link to another site is the author's to keep working.
 */
import { readFileSync } from "node:fs";
import { chapterHref, forkHref, JOURNEY_TOOLS, journeyHref, toolHref } from "../journey/pages";
import { linksIn } from "./mdx-outline";
import type { Reporter } from "./reporter";
import type { Content } from "./types";

/** Pages that exist whatever the content holds. */
const FIXED_PAGES = new Set(["/", "/concepts", "/architectures", "/deck", "/progress"]);

/** What a link may name: each page, and the step ids its hash may name (undefined: any hash). */
export type Site = {
  pages: Map<string, ReadonlySet<string> | undefined>;
  /** Paths a reader might guess that are not pages, with the page meant. */
  meant: Map<string, string>;
  isPublicFile: (path: string) => boolean;
};

export function siteOf(content: Pick<Content, "journeys" | "concepts" | "architectures">, isPublicFile: (path: string) => boolean): Site {
  const pages = new Map<string, ReadonlySet<string> | undefined>();
  const meant = new Map<string, string>();
  for (const page of FIXED_PAGES) pages.set(page, undefined);
  for (const id of Object.keys(content.concepts)) pages.set(`/concepts/${id}`, undefined);
  for (const a of content.architectures) pages.set(`/architectures/${a.id}`, undefined);
  for (const j of content.journeys) {
    const steps = new Set(j.steps.map((s) => s.id));
    for (const c of j.chapters) pages.set(chapterHref(j.slug, j.chapters, c.id), steps);
    const first = j.chapters[0];
    // The first chapter is read on the journey's own page, not at the address the others have.
    if (first) meant.set(`${journeyHref(j.slug)}/${first.id}`, `${journeyHref(j.slug)}, the first chapter's page`);
    for (const tool of JOURNEY_TOOLS) pages.set(toolHref(j.slug, tool), steps);
    for (const f of j.forks) pages.set(forkHref(j.slug, f.id), new Set(f.steps.map((s) => s.id)));
  }
  return { pages, meant, isPublicFile };
}

/**
 * What is wrong with one link, or undefined when it leads somewhere (or leaves the site).
 * `here` is the page the link is written on, for a bare `#hash`.
 */
export function linkProblem(url: string, site: Site, here?: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return undefined;
  const [beforeHash = "", hash] = splitOnce(url, "#");
  const path = (beforeHash.split("?")[0] ?? "").replace(/(.)\/+$/, "$1");
  if (path === "") {
    if (hash === undefined || here === undefined) return undefined;
    const steps = site.pages.get(here);
    return steps && !steps.has(decode(hash)) ? `links to #${hash}, but this page has no step '${decode(hash)}'` : undefined;
  }
  if (!path.startsWith("/")) return `links to '${url}', a relative path: start links to this site with /`;
  if (!site.pages.has(path)) {
    if (site.isPublicFile(path)) return undefined;
    const meant = site.meant.get(path);
    return `links to ${path}, which is no page of this site${meant ? ` (did you mean ${meant}?)` : nearest(path, site)}`;
  }
  const steps = site.pages.get(path);
  if (hash !== undefined && steps && !steps.has(decode(hash))) return `links to ${path}#${hash}, but that page has no step '${decode(hash)}'`;
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** ` (did you mean …?)` for a page under the same parent, when there is exactly one close name. */
function nearest(path: string, site: Site): string {
  const parent = path.slice(0, path.lastIndexOf("/") + 1);
  const name = path.slice(parent.length);
  const close = [...site.pages.keys()].filter((p) => p.startsWith(parent) && !p.slice(parent.length).includes("/") && distance(p.slice(parent.length), name) <= 2);
  return close.length === 1 ? ` (did you mean ${close[0]}?)` : "";
}

/** Levenshtein distance, for short names. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Checks the links in every chapter, fork and concept card that loaded; `root` reports for the content root. */
export function checkLinks(content: Omit<Content, "problems">, site: Site, root: Reporter): void {
  const files: { path: string; page?: string }[] = [
    ...Object.values(content.concepts).map((c) => ({ path: c.path })),
    ...content.journeys.flatMap((j) => [
      ...j.chapters.map((c) => ({ path: c.path, page: chapterHref(j.slug, j.chapters, c.id) })),
      ...j.forks.map((f) => ({ path: f.path, page: forkHref(j.slug, f.id) })),
    ]),
  ];
  for (const { path, page } of files) {
    const source = readFileSync(path, "utf8");
    if (!/\]\(|\]:/.test(source)) continue;
    const r = root.child(path);
    for (const link of linksIn(source)) {
      const message = linkProblem(link.url, site, page);
      if (message) r.at(link.line, message);
    }
  }
}
