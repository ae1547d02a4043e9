import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/app/_lib/content/load";
import { assetsIn, cacheNames, handlingOf, journeyOf, journeyUrls, notKeptPage, outdatedCaches } from "@/app/_lib/offline/plan";

const content = loadContent({ root: join(process.cwd(), "journeys") });
const journey = content.journeys.find((j) => j.slug === "kareems-click")!;

describe("what keeps a journey readable offline", () => {
  const urls = journeyUrls(journey);

  it("every chapter, fork, the transcript, the JSON the pages fetch and every card the journey places", () => {
    expect(urls).toContain("/journeys/kareems-click");
    expect(urls).toContain(`/journeys/kareems-click/${journey.chapters[3]!.id}`);
    expect(urls).toContain(`/journeys/kareems-click/what-if/${journey.forks[0]!.id}`);
    expect(urls).toContain("/journeys/kareems-click/transcript");
    expect(urls).toContain("/journeys/kareems-click/view.json");
    for (const id of Object.keys(journey.cards)) expect(urls).toContain(`/concepts/${id}`);
    expect(urls.length).toBe(journey.chapters.length + journey.forks.length + 1 + 2 + Object.keys(journey.cards).length);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("names the journey of any of its pages, and none for other pages", () => {
    for (const url of urls.filter((u) => u.startsWith("/journeys/"))) expect(journeyOf(url)).toBe("kareems-click");
    expect(journeyOf("/concepts/cdn")).toBeUndefined();
    expect(journeyOf("/journeysX/a")).toBeUndefined();
  });
});

describe("the files a kept page needs", () => {
  it("reads attributes and the paint-first loader's list, once each, and nothing outside Next's static files", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/paint-first/a1.css">',
      '<script src="/_next/static/chunks/x.js" noModule=""></script>',
      '<script id="paint-first">(function(s){})(["paint-first/b2.js","chunks/y.js","chunks/x.js"])</script>',
      '<img src="/icon.svg"><a href="/journeys/k">k</a>',
    ].join("");
    expect(assetsIn(html)).toEqual(["/_next/static/paint-first/a1.css", "/_next/static/chunks/x.js", "/_next/static/paint-first/b2.js", "/_next/static/chunks/y.js"]);
  });
});

describe("caches by build", () => {
  it("names run-time caches by the build, and finds only other builds' as outdated", () => {
    const now = cacheNames("B2");
    const old = cacheNames("B1");
    expect(now.pages).not.toBe(old.pages);
    expect(outdatedCaches([now.pages, now.assets, old.pages, old.assets, "serwist-precache-v2-x", "someone-else"], "B2")).toEqual([old.pages, old.assets]);
  });
});

describe("how the worker handles a request", () => {
  const at = (path: string, same = true) => handlingOf(new URL(path, "https://clickpath.test"), same);

  it("sends the live classroom, other origins and the bench to the network, and keeps the rest", () => {
    expect(at("/api/live/ABC/events")).toBe("network");
    expect(at("/x", false)).toBe("network");
    expect(at("/bench/bare")).toBe("network");
    expect(at("/_next/static/chunks/a.js")).toBe("assets");
    expect(at("/journeys/kareems-click/view.json")).toBe("data");
    expect(at("/journeys/kareems-click/caching")).toBe("page");
    expect(at("/concepts/cdn")).toBe("page");
  });
});

describe("the page for a page never kept", () => {
  it("is a whole document that says so, runs no script and links home", () => {
    const html = notKeptPage();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain("<h1>Not kept for offline reading</h1>");
    expect(html).toContain('<a href="/">');
    expect(html).not.toContain("<script");
  });
});
