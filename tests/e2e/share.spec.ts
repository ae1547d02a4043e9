/**
 * Sharing: every kind of page tells a link preview its title, line and picture (a PNG drawn at
 * build time); the embeds play in another site's iframe while every other page refuses to be
 * framed; the site is installable and lists its pages for search engines.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { embedHref } from "../../app/_lib/journey/pages";
import { axeSerious, chapterUrl, expect, journey, JOURNEY, test } from "./fixtures";

const fork = journey.forks[0]!;
const step = journey.steps[journey.chapters[3]!.firstStep]!;
const PAGES = {
  home: "/",
  journey: JOURNEY,
  chapter: chapterUrl(3),
  fork: `${JOURNEY}/what-if/${fork.id}`,
  presenter: `${JOURNEY}/present`,
  console: `${JOURNEY}/present/console`,
  print: `${JOURNEY}/print`,
  transcript: `${JOURNEY}/transcript`,
  "concept cards": "/concepts",
  "concept card": `/concepts/${Object.keys(journey.cards)[0]}`,
  architectures: "/architectures",
  architecture: "/architectures/microservices",
  deck: "/deck",
  progress: "/progress",
  search: "/search?q=pool",
  join: "/join",
  embed: embedHref(journey.slug, step.id),
  "architecture embed": "/embed/architectures/microservices",
};

test("every kind of page has a link preview whose picture is a PNG", async ({ page, request }) => {
  test.setTimeout(90_000);
  const pictures = new Set<string>();
  for (const [kind, path] of Object.entries(PAGES)) {
    await page.goto(path);
    const meta = (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute("content");
    expect(await meta("og:title"), `${kind}: og:title`).toBeTruthy();
    expect(await meta("og:description"), `${kind}: og:description`).toBeTruthy();
    expect(await meta("twitter:card"), kind).toBe("summary_large_image");
    const image = new URL((await meta("og:image"))!);
    expect(image.pathname, kind).toMatch(/^\/og\/.+\.png$/);
    pictures.add(image.pathname);
  }
  // The chapter, the journey, the card and the architecture each have a picture of their own.
  expect(pictures.size).toBeGreaterThanOrEqual(6);
  for (const path of pictures) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toBe("image/png");
    expect((await res.body()).subarray(1, 4).toString(), path).toBe("PNG");
  }
});

test.describe("embeds", () => {
  let host: Server;
  let hostUrl = "";
  test.beforeAll(async () => {
    // Another origin on loopback: a docs page holding whatever snippet a test gives it.
    host = createServer((req, res) => {
      const body = new URL(req.url ?? "/", "http://x").searchParams.get("body") ?? "";
      res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>Docs</title><h1>Our docs</h1>${body}`);
    });
    await new Promise<void>((done) => host.listen(0, "localhost", done));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

  test("the reader's share menu gives a snippet that plays the step in another site's iframe; a reader's page refuses to be framed", async ({ page, context, baseURL }) => {
    const appOrigin = baseURL!;
    await page.goto(`${chapterUrl(3)}#${step.id}`);
    await page.locator('[data-menu="share"] summary').click();
    await expect(page.locator('[data-share="link"] input')).toHaveValue(`${appOrigin}${chapterUrl(3)}#${step.id}`);
    const snippet = await page.locator('[data-share="embed"] textarea').inputValue();
    expect(snippet).toContain(`src="${appOrigin}${embedHref(journey.slug, step.id)}"`);

    // A page of the other origin (its console reports the refused frame: not this app's page).
    const docs = await context.newPage();
    const refusals: string[] = [];
    docs.on("console", (m) => {
      // Chromium's words: "Framing '<origin>' violates the following Content Security Policy directive: …".
      if (/^Framing .* violates/.test(m.text())) refusals.push(m.text());
    });
    const normal = `<iframe src="${appOrigin}${chapterUrl(3)}" title="not an embed"></iframe>`;
    await docs.goto(`${hostUrl}?body=${encodeURIComponent(snippet + normal)}`);
    const embed = docs.frameLocator(`iframe[src*="/embed/"]`);
    await expect(embed.locator("[data-stage]")).toHaveAttribute("data-active-step", step.id);
    await expect(embed.locator("[data-stage]")).toHaveAttribute("data-hydrated", "true");
    await expect(embed.locator("figcaption, [data-stage]").first()).toContainText(step.caption.slice(0, 30));
    await expect(embed.getByRole("link", { name: "Follow the whole journey on Clickpath" })).toHaveAttribute("href", `${chapterUrl(3)}#${step.id}`);
    // The reader's page in the other frame is refused, by its own policy.
    await expect.poll(() => refusals.join("\n")).toContain(`Framing '${appOrigin}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
    const other = docs.frames().find((f) => f !== docs.mainFrame() && !f.url().includes("/embed/"));
    expect(await other?.locator("[data-reader]").count()).toBe(0);
    await docs.close();
  });

  test("an architecture's embed shows its map and the way back; the embeds pass axe", async ({ page }) => {
    await page.goto("/embed/architectures/microservices");
    await expect(page.getByRole("img", { name: /^Microservices: / })).toBeVisible();
    await expect(page.getByRole("link", { name: /Explore it on Clickpath/ })).toHaveAttribute("href", "/architectures/microservices");
    expect(await axeSerious(page)).toEqual([]);
    await page.goto(embedHref(journey.slug, step.id));
    await expect(page.locator("[data-stage]")).toHaveAttribute("data-hydrated", "true");
    expect(await axeSerious(page)).toEqual([]);
  });
});

test("the site is installable: a page links the manifest once loaded, and its icons are PNGs of their sizes", async ({ page, request }) => {
  await page.goto(chapterUrl(3));
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const res = await request.get("/manifest.webmanifest");
  expect(res.headers()["content-type"]).toBe("application/manifest+json");
  const manifest = (await res.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest).toMatchObject({ start_url: "/", display: "standalone" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    // A PNG's width and height are the IHDR chunk's first two big-endian words.
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test("robots.txt points to a sitemap that lists every chapter and card, and no learner's own page", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Disallow: \/api\/$/m);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const c of journey.chapters.slice(1)) expect(paths).toContain(`${JOURNEY}/${c.id}`);
  for (const id of Object.keys(journey.cards)) expect(paths).toContain(`/concepts/${id}`);
  expect(paths).not.toContain("/deck");
  expect(paths.filter((p) => p.endsWith("/present"))).toEqual([]);
});
