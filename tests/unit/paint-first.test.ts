import { afterEach, describe, expect, it, vi } from "vitest";
import { FALLBACK_MS, LOADER_ID, loaderScript, paintFirst } from "@/app/_lib/build/paint-first";

/** The shape of the head and tail Next 16 writes for a prerendered App Router page. */
const NEXT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/pre.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/two.js" async=""></script>' +
  '<link rel="icon" href="/icon.svg"/>' +
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>' +
  "<body><main><p>The words.</p></main>" +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>' +
  '<script id="_R_">(globalThis["TURBOPACK"]||[]).push({})</script>';

/** Stores payloads and joined stylesheets in memory, as the CLI stores them under .next/static. */
function store() {
  const stored: string[] = [];
  const joined: string[][] = [];
  return {
    stored,
    joined,
    options: {
      storeScript: (js: string) => (stored.push(js), `/_next/static/paint-first/${stored.length}.js`),
      joinStyles: (hrefs: readonly string[]) => (joined.push([...hrefs]), `/_next/static/paint-first/${joined.length}.css`),
    },
  };
}

/**
 * Runs the loader against a page made of what it touches: `document.head`,
 * the tab's visibility, paint timing (or none) and animation frames. Timers are Vitest's.
 */
function fakePage({ paint, hidden = false }: { paint: boolean; hidden?: boolean }) {
  vi.useFakeTimers();
  const added: { src: string; async: boolean }[] = [];
  let observer: ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void) | undefined;
  let frames: (() => void)[] = [];
  const document = {
    visibilityState: hidden ? "hidden" : "visible",
    createElement: () => ({ src: "", async: true }),
    head: { appendChild: (e: { src: string; async: boolean }) => added.push({ src: e.src, async: e.async }) },
  };
  class PerformanceObserver {
    static supportedEntryTypes = ["paint"];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
  }
  const window = { PerformanceObserver: paint ? PerformanceObserver : undefined };
  const requestAnimationFrame = (f: () => void) => frames.push(f);
  const loader = loaderScript(["/_next/static/paint-first/1.js", "/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  const source = loader.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, "");
  new Function("document", "window", "requestAnimationFrame", source)(document, window, requestAnimationFrame);
  return {
    added,
    paint: () => observer?.({ getEntriesByName: (n) => (n === "first-contentful-paint" ? [{}] : []) }, { disconnect: () => (observer = undefined) }),
    frame: () => {
      const now = frames;
      frames = [];
      now.forEach((f) => f());
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("paint-first", () => {
  it("moves the payload to a stored script and every chunk behind a loader at the end, in order", () => {
    const { stored, options } = store();
    const result = paintFirst(NEXT_PAGE, "page.html", options);
    if (result.kind !== "rewritten") throw new Error(result.reason);
    // The payload first (Next's runtime reads it when it starts), then preloads, then chunk tags.
    expect(result.scripts).toEqual(["/_next/static/paint-first/1.js", "/_next/static/chunks/pre.js", "/_next/static/chunks/one.js", "/_next/static/chunks/two.js"]);
    // The payload, with Turbopack's note of its first chunks after it.
    expect(stored).toEqual(['(self.__next_f=self.__next_f||[]).push([0]);\n(globalThis["TURBOPACK"]||[]).push({});\n']);
    const html = result.html;
    expect(html).not.toContain("self.__next_f");
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    // What is not a chunk, the payload or the note stays where it was: styles, icons.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<link rel="icon" href="/icon.svg"/>');
    // The legacy polyfills go: a browser without modules cannot parse Next 16's chunks anyway.
    expect(html).not.toContain("noModule");
    expect(result.scripts).not.toContain("/_next/static/chunks/legacy.js");
    expect(html).not.toContain('id="_R_"');
    // The loader is the document's last word, after the words.
    expect(html.indexOf(`<script id="${LOADER_ID}">`)).toBeGreaterThan(html.indexOf("The words."));
    expect(html.endsWith("</script>")).toBe(true);
    expect(html.slice(html.indexOf(`id="${LOADER_ID}"`))).toContain('["paint-first/1.js","chunks/pre.js","chunks/one.js","chunks/two.js"]');
  });

  it("makes a page's stylesheets one, in order, and points the payload at it", () => {
    const { stored, joined, options } = store();
    const page = NEXT_PAGE.replace(
      '<link rel="preload"',
      '<link rel="stylesheet" href="/_next/static/chunks/b.css" data-precedence="next"/><link href="/_next/static/chunks/c.css" rel="stylesheet" as="style" data-precedence="dynamic"/><link rel="preload"',
    ).replace("push([0])", 'push([1,":HL[\\"/_next/static/chunks/a.css\\",\\"style\\"]\\n2:[\\"$\\",\\"link\\",\\"0\\",{\\"href\\":\\"/_next/static/chunks/b.css\\"}]"])');
    const result = paintFirst(page, "page.html", options);
    if (result.kind !== "rewritten") throw new Error(result.reason);
    expect(joined).toEqual([["/_next/static/chunks/a.css", "/_next/static/chunks/b.css", "/_next/static/chunks/c.css"]]);
    expect(result.html.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(result.html).toContain('<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/paint-first/1.css" data-precedence="next"/>');
    expect(stored[0]).not.toMatch(/chunks\/[abc]\.css/);
    expect(stored[0]?.match(/paint-first\/1\.css/g)).toHaveLength(2);
    // One stylesheet is left as it is.
    const single = store();
    paintFirst(NEXT_PAGE, "page.html", single.options);
    expect(single.joined).toEqual([]);
  });

  it("adds the listed scripts, in order, once the first contentful paint is reported", () => {
    const page = fakePage({ paint: true });
    expect(page.added).toEqual([]);
    page.paint();
    expect(page.added).toEqual([]); // on the task after the paint, not inside it
    vi.advanceTimersByTime(0);
    expect(page.added).toEqual([
      { src: "/_next/static/paint-first/1.js", async: false },
      { src: "/_next/static/chunks/a.js", async: false },
      { src: "/_next/static/chunks/b.js", async: false },
    ]);
    // Never twice, even when the fallback timer fires later.
    vi.advanceTimersByTime(FALLBACK_MS);
    expect(page.added).toHaveLength(3);
  });

  it("loads at once in a hidden tab, and never waits longer than the fallback", () => {
    expect(fakePage({ paint: true, hidden: true }).added).toHaveLength(3);
    const noPaint = fakePage({ paint: true });
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(noPaint.added).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(noPaint.added).toHaveLength(3);
    expect(FALLBACK_MS).toBeLessThanOrEqual(2000);
  });

  it("waits two frames where the browser has no paint timing", () => {
    const page = fakePage({ paint: false });
    page.frame();
    expect(page.added).toEqual([]);
    page.frame();
    expect(page.added).toHaveLength(3);
  });

  it("refuses a script outside Next's static files, saying which", () => {
    expect(() => loaderScript(["/_next/static/chunks/a.js", "https://elsewhere.example/b.js"])).toThrow(
      "a script outside Next's static files cannot be loaded after the paint: https://elsewhere.example/b.js",
    );
  });

  it("rewrites a page once, and leaves pages that are not Next's alone", () => {
    const once = paintFirst(NEXT_PAGE, "page.html", store().options);
    if (once.kind !== "rewritten") throw new Error(once.reason);
    expect(paintFirst(once.html, "page.html", store().options)).toEqual({ kind: "unchanged", reason: "already rewritten" });
    expect(paintFirst("<html><body><p>plain</p></body></html>", "plain.html", store().options)).toEqual({ kind: "unchanged", reason: "not a Next App Router page" });
  });

  it("says where and what when Next writes its chunks some other way", () => {
    const changed = NEXT_PAGE.replace(/<script src="[^"]+" async=""><\/script>/g, "").replace(/<link rel="preload"[^>]*\/>/, "");
    expect(() => paintFirst(changed, ".next/server/app/index.html", store().options)).toThrow(/^\.next\/server\/app\/index\.html: no <script src async> tags found/);
    const noPayload = NEXT_PAGE.replace("<script>(self.__next_f=self.__next_f||[]).push([0])</script>", "<script>self.__next_f</script>");
    expect(() => paintFirst(noPayload, "x.html", store().options)).toThrow(/^x\.html: no inline self\.__next_f payload found/);
  });

  it("cannot be closed early by a chunk name", () => {
    const loader = loaderScript(["/_next/static/a</script><script>alert(1)//.js"]);
    expect(loader.match(/<\/script>/g)).toHaveLength(1);
    expect(loader).toContain("\\u003c/script>");
  });
});
