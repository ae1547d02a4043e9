/**
 * Reading offline: a journey opened once is kept whole by the service worker, and reads with the
 * network gone (its chapters, cards and the learner's pages, with their scripts); a page never
 * kept says so plainly.
 */
import { journeyUrls } from "../../app/_lib/offline/plan";
import { chapterUrl, expect, journey, test } from "./fixtures";

test.use({ serviceWorkers: "allow" });

test("a journey opened once reads offline after a reload, across its chapters and cards; a page never kept says so", async ({ page, context, watch }) => {
  // Keeping a whole journey is some 200 requests in the background: give it time.
  test.setTimeout(120_000);
  await page.goto(chapterUrl(2));
  // The worker installs after the page has loaded; it takes the page over only from the next load.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // The worker keeps the rest of the journey in the background.
  const wanted = ["/deck", ...journeyUrls(journey)];
  await expect
    .poll(async () => page.evaluate(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).filter((r) => !r).length, wanted), { timeout: 60_000 })
    .toBe(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("h1").first()).toHaveText(journey.chapters[2]!.title);
  // Its scripts came from the worker's caches: the reader took over, and moves by key.
  await expect(page.locator("[data-stage]")).toHaveAttribute("data-hydrated", "true");

  // Another chapter, a card and the learner's deck, none opened before.
  await page.goto(chapterUrl(5));
  await expect(page.locator("h1").first()).toHaveText(journey.chapters[5]!.title);
  await expect(page.locator("[data-stage]")).toHaveAttribute("data-hydrated", "true");
  // The learner's store works as always: the step read offline is recorded.
  const first = journey.steps[journey.chapters[5]!.firstStep]!.id;
  await expect.poll(() => page.evaluate(() => localStorage.getItem("clickpath:learner") ?? "")).toContain(`"${first}"`);
  const card = Object.keys(journey.cards)[0]!;
  await page.goto(`/concepts/${card}`);
  await expect(page).toHaveURL(new RegExp(`/concepts/${card}$`));
  await expect(page.locator("main h1")).not.toHaveText("Not kept for offline reading");
  await page.goto("/deck");
  await expect(page.locator("main h1")).not.toHaveText("Not kept for offline reading");

  // A page never kept: a plain answer, not the browser's error.
  await page.goto("/architectures");
  await expect(page.locator("main h1")).toHaveText("Not kept for offline reading");
  // Offline, the browser logs what could not go out: Next's prefetches of the links in view
  // (`?_rsc=`; following one loads the kept page instead), and the not-kept page's status (503).
  // Expected here, and nothing else.
  await page.waitForLoadState("networkidle");
  watch.problems = watch.problems.filter((p) => !/Failed to load resource: (net::ERR_FAILED|the server responded with a status of 503)/.test(p));
  await context.setOffline(false);
});
