/**
 * Paint first, then hydrate. Next writes its framework and page chunks as `<script async>` in
 * the head, so on a fast connection they arrive while the body is still being parsed and run
 * before the browser has painted a word. A page's words are in its HTML and need no script to
 * show, so after the build every prerendered page is rewritten: the chunk tags (and the
 * preloads of chunks) leave the head, and one small inline loader at the end of the document
 * requests the same chunks, in the same order (preloaded ones first), right after the first frame
 * is painted. A tab
 * opened in the background has no frame to wait for and loads them at once.
 *
 * Pure: strings in, strings out; `paint-first-cli.ts` applies it to `.next/server`.
 */

/** Marks a page already rewritten, so running the step twice changes nothing. */
export const LOADER_ID = "paint-first";

const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\/?>/g;
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = "", value = ""] of source.matchAll(ATTRIBUTE)) found.set(name.toLowerCase(), value);
  return found;
}

/**
 * The loader: once the browser reports its first contentful paint (and on the next task after
 * it), add each chunk as an async script. A hidden tab paints nothing, so it loads at once; a
 * browser without paint timing waits two frames; and none waits longer than `FALLBACK_MS`.
 */
export const FALLBACK_MS = 1500;

export function loaderScript(sources: readonly string[]): string {
  const list = JSON.stringify(sources).replace(/</g, "\\u003c");
  return (
    `<script id="${LOADER_ID}">(function(s){var d=0;function go(){if(d)return;d=1;s.forEach(function(u){` +
    `var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `if(document.visibilityState==="hidden")return go();setTimeout(go,${FALLBACK_MS});` +
    `var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){` +
    `new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go)}}).observe({type:"paint",buffered:true})}` +
    `else requestAnimationFrame(function(){requestAnimationFrame(go)})` +
    `})(${list})</script>`
  );
}

export type PaintFirstResult =
  | { kind: "rewritten"; html: string; scripts: string[] }
  | { kind: "unchanged"; reason: string };

/**
 * Rewrites one page. A page that is not a Next App Router page, or was rewritten before, is left
 * as it is and says why; an App Router page whose chunk tags cannot be found is an error, since
 * it means Next changed how it writes them and this step needs a look.
 */
export function paintFirst(html: string, where: string): PaintFirstResult {
  if (html.includes(`<script id="${LOADER_ID}">`)) return { kind: "unchanged", reason: "already rewritten" };
  if (!html.includes("self.__next_f")) return { kind: "unchanged", reason: "not a Next App Router page" };

  const scripts: string[] = [];
  const withoutPreloads = html.replace(SCRIPT_PRELOAD, (tag) => {
    const href = attributes(tag).get("href");
    if (href !== undefined) scripts.push(href);
    return "";
  });
  const withoutTags = withoutPreloads.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const a = attributes(attrs);
    const src = a.get("src");
    if (src === undefined || !a.has("async") || a.has("nomodule")) return tag;
    if (!scripts.includes(src)) scripts.push(src);
    return "";
  });
  if (scripts.length === 0 || withoutTags === withoutPreloads) {
    throw new Error(`${where}: no <script src async> tags found in a Next page; Next may have changed how it writes its chunks, so paint-first needs updating`);
  }
  return { kind: "rewritten", html: withoutTags + loaderScript(scripts), scripts };
}
