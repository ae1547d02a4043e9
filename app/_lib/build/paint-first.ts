/**
 * Paint first, then hydrate. Next writes a page as its HTML, its framework and page chunks as
 * `<script async>` in the head, and the React Server Components payload that hydration reads as
 * inline `self.__next_f.push(…)` scripts through the body (on a chapter page, over half of its
 * bytes). On a fast connection the chunks run before the browser has painted a word, and on a
 * slow one the payload makes the document take more round trips to arrive. A page's words are
 * in its HTML and need no script to show, so after the build every prerendered page is
 * rewritten:
 * - the payload moves, unchanged and in order, to a static script named by its content hash,
 *   and so does Turbopack's inline note of the chunks its runtime starts with (`_R_`), which
 *   only needs to run before them;
 * - the chunk tags and the preloads of chunks leave the head, and so does Next's `<script
 *   noModule>` of legacy polyfills (a browser that would run it cannot parse Next 16's chunks);
 * - one small inline loader at the end of the document adds the payload and then the chunks,
 *   executed in that order, as soon as the browser reports its first contentful paint.
 *
 * - the page's stylesheets become one: Next writes one link per CSS chunk (the layout's, the
 *   components' the page shares with others, its own), and each is a request the first paint
 *   waits for. They are joined, in order, into one file named by its content; the payload's
 *   references to them name that file, so hydration finds it in place.
 *
 * The stylesheet stays a link: written into every page it would cost more bytes than the one
 * request it saves (measured with Lighthouse; see the README's performance section).
 *
 * Pure but for the callback that stores a payload; `paint-first-cli.ts` applies it to
 * `.next/server`.
 */

/** Marks a page already rewritten, so running the step twice changes nothing. */
export const LOADER_ID = "paint-first";

const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
/** Next's inline payload scripts; React escapes `<` in the payload, so none holds `</script>`. */
const PAYLOAD_SCRIPT = /<script>((?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?\))<\/script>/g;
/** Turbopack's inline script that tells its runtime which chunks it starts with. */
const RUNTIME_NOTE = /<script id="_R_">([\s\S]*?)<\/script>/;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\/?>/g;
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;
const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\/?>/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = "", value = ""] of source.matchAll(ATTRIBUTE)) found.set(name.toLowerCase(), value);
  return found;
}

/**
 * The loader: once the browser reports its first contentful paint (and on the next task after
 * it), add each script, to run in the order given: the payload must be in place before Next's
 * runtime starts, since it stops listening for more once the document has loaded. A hidden tab
 * paints nothing, so it loads at once; a browser without paint timing waits two frames; and none
 * waits longer than `FALLBACK_MS`.
 *
 * It is inline, and as short as it can be written, because it must be. As a file of its own
 * (tried on 2026-12-03) it was one request sent before the first paint, and Lighthouse's
 * simulation then counts it before the paint: LCP 952–986 ms on every reader page against
 * 763–773 with it inline, the same run's scrolly page 846–970.
 */
export const FALLBACK_MS = 1500;

/** Where Next serves its chunks and our payloads; the loader lists names under it to keep the page small. */
const STATIC_BASE = "/_next/static/";

export function loaderScript(sources: readonly string[]): string {
  const names = sources.map((u) => {
    if (!u.startsWith(STATIC_BASE)) throw new Error(`a script outside Next's static files cannot be loaded after the paint: ${u}`);
    return u.slice(STATIC_BASE.length);
  });
  const json = JSON.stringify(names).replace(/</g, "\\u003c");
  return (
    `<script id="${LOADER_ID}">(function(s,d){var P=window.PerformanceObserver;function g(){if(s){s.forEach(function(u){` +
    `var e=d.createElement("script");e.src="${STATIC_BASE}"+u;e.async=!1;d.head.appendChild(e)});s=0}}` +
    `if(d.visibilityState=="hidden")return g();setTimeout(g,${FALLBACK_MS});` +
    `if(P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0)new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(g)}}).observe({type:"paint",buffered:!0});` +
    `else requestAnimationFrame(function(){requestAnimationFrame(g)})` +
    `})(${json},document)</script>`
  );
}

export type PaintFirstResult =
  | { kind: "rewritten"; html: string; scripts: string[] }
  | { kind: "unchanged"; reason: string };

export type PaintFirstOptions = {
  /** Stores the page's payload script and returns the URL it is served at. */
  storeScript: (js: string) => string;
  /** Stores the stylesheets at these URLs joined into one, in order, and returns the URL it is served at. */
  joinStyles: (hrefs: readonly string[]) => string;
};

/**
 * The page's stylesheet links made one (the first link's place, the others gone), and the payload
 * with every reference to them naming the joined file. A page with one stylesheet is left alone.
 */
export function joinStylesheets(html: string, payload: string[], joinStyles: PaintFirstOptions["joinStyles"]): { html: string; payload: string[] } {
  const hrefs = [...html.matchAll(STYLESHEET)].map(([tag]) => attributes(tag).get("href")).filter((h): h is string => !!h);
  if (hrefs.length < 2) return { html, payload };
  const joined = joinStyles(hrefs);
  let first = true;
  const rewritten = html.replace(STYLESHEET, () => {
    if (!first) return "";
    first = false;
    return `<link rel="stylesheet" href="${joined}" data-precedence="next"/>`;
  });
  return { html: rewritten, payload: payload.map((js) => hrefs.reduce((text, href) => text.replaceAll(href, joined), js)) };
}

/**
 * Rewrites one page. A page that is not a Next App Router page, or was rewritten before, is left
 * as it is and says why; an App Router page whose chunk tags cannot be found is an error, since
 * it means Next changed how it writes them and this step needs a look.
 */
export function paintFirst(html: string, where: string, { storeScript, joinStyles }: PaintFirstOptions): PaintFirstResult {
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
    // Next's legacy polyfills, for browsers without modules: none of them can parse the chunks
    // Next 16 writes for its browser list, so the tag only costs the head its bytes.
    if (src !== undefined && a.has("nomodule")) return "";
    if (src === undefined || !a.has("async")) return tag;
    if (!scripts.includes(src)) scripts.push(src);
    return "";
  });
  if (scripts.length === 0 || withoutTags === withoutPreloads) {
    throw new Error(`${where}: no <script src async> tags found in a Next page; Next may have changed how it writes its chunks, so paint-first needs updating`);
  }
  const payload: string[] = [];
  const withoutPayload = withoutTags.replace(PAYLOAD_SCRIPT, (_tag, js: string) => {
    payload.push(js);
    return "";
  });
  if (payload.length === 0) throw new Error(`${where}: no inline self.__next_f payload found in a Next page; paint-first needs updating`);
  const note = RUNTIME_NOTE.exec(withoutPayload);
  const withoutNote = note ? withoutPayload.replace(note[0], "") : withoutPayload;
  if (note?.[1]) payload.push(note[1]);
  const styled = joinStylesheets(withoutNote, payload, joinStyles);
  scripts.unshift(storeScript(styled.payload.join(";\n") + ";\n"));
  return { kind: "rewritten", html: styled.html + loaderScript(scripts), scripts };
}
