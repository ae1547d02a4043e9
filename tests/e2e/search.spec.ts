import { join } from "node:path";
import type { Page } from "@playwright/test";
import { loadContent } from "../../app/_lib/content/load";
import { architectureHref } from "../../app/_lib/architecture/explorer-model";
import { axeSerious, chapterUrl, expect, hydrated, journey, ready, stage, stepUrl, test } from "./fixtures";

const content = loadContent({ root: join(process.cwd(), "journeys") });
const step = (id: string) => journey.steps.find((s) => s.id === id)!;

const box = (page: Page) => page.locator('form[role="search"] input[name="q"]');
const results = (page: Page) => page.getByRole("listbox", { name: "Search results" });

/** Presses `/` and types, as a reader does: the box takes the focus, and the results list opens. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press("/");
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(query);
  // The first search fetches the index (some 55 KB) and builds it: on a busy machine that can take a few seconds.
  await expect(results(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[role="status"]').filter({ hasText: /result/ })).toHaveText(/\d+ results?\./);
}

/** Moves down the list with ↓ to the result that says `text`, checks the box names it, and presses Enter. */
async function choose(page: Page, text: string) {
  const options = results(page).getByRole("option");
  const texts = await options.allTextContents();
  const at = texts.findIndex((t) => t.startsWith(text));
  expect(at, `a result starting "${text}" among ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= at; i++) await page.keyboard.press("ArrowDown");
  const chosen = options.nth(at);
  await expect(chosen).toHaveAttribute("aria-selected", "true");
  await expect(box(page)).toHaveAttribute("aria-activedescendant", (await chosen.getAttribute("id"))!);
  await page.keyboard.press("Enter");
}

test.describe("site search", () => {
  test("by keyboard from the home page, it lands on a step: its chapter's page, the step active and in view", async ({ page }) => {
    const target = step("pool-and-transaction");
    await page.goto("/");
    await searchFor(page, "connection pool");
    expect(await axeSerious(page)).toEqual([]);
    await choose(page, target.caption);
    await page.waitForURL((url) => url.pathname + url.hash === stepUrl(target.id));
    await hydrated(page);
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", target.id);
    await expect(page.locator(`#${target.id}`)).toHaveAttribute("aria-current", "step");
    await expect(page.locator(`#${target.id}`)).toBeInViewport();
  });

  test("on a chapter page, `/` leaves the reader's step alone and a result on the same page moves the reader there", async ({ page }) => {
    const here = journey.chapters.find((c) => c.id === "storing-data")!;
    const first = journey.steps[here.firstStep]!;
    const target = step("when-copies-disagree");
    expect(target.chapterId).toBe(here.id);
    await page.goto(chapterUrl(journey.chapters.indexOf(here)));
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", first.id);
    await searchFor(page, "cap theorem");
    await expect(stage(page)).toHaveAttribute("data-active-step", first.id);
    await choose(page, target.caption);
    await expect(stage(page)).toHaveAttribute("data-active-step", target.id);
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    await expect(page.locator(`#${target.id}`)).toBeInViewport();
    await expect(box(page)).not.toBeFocused();
  });

  test("it lands on a concept card, and on an architecture with the part selected", async ({ page }) => {
    const card = content.concepts["idempotency-key"]!;
    await page.goto(stepUrl("dns-question"));
    await ready(page);
    await searchFor(page, "idempotency key");
    await choose(page, card.title);
    await page.waitForURL(`**/concepts/${card.id}`);
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(card.title);

    const arch = content.architectures.find((a) => a.id === "production-backend")!;
    const part = Object.entries(arch.details).find(([, d]) => d.label === "Kafka")!;
    await searchFor(page, "kafka");
    await choose(page, part[1].label);
    await page.waitForURL((url) => url.pathname + url.hash === architectureHref(arch.id, part[0]));
    await hydrated(page);
    await expect(page.locator("#node-panel-title")).toHaveText(part[1].label);
    await expect(page.locator(`[data-node="${part[0]}"]`)).toHaveAttribute("aria-pressed", "true");
  });

  test("Escape closes the list; Enter with no result chosen goes to the results page, which axe finds clean", async ({ page }) => {
    await page.goto("/concepts");
    await searchFor(page, "replica lag");
    await page.keyboard.press("Escape");
    await expect(results(page)).toBeHidden();
    await expect(box(page)).toHaveValue("replica lag");
    await expect(box(page)).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("ArrowDown");
    await expect(results(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/search?q=replica+lag");
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.locator("[data-search-results] a").first()).toBeVisible();
    await expect(box(page)).toHaveValue("replica lag");
    expect(await axeSerious(page)).toEqual([]);
  });

  test("without JavaScript the box is a form that lands on the results page, whose links lead to the step", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto("/architectures");
      await box(page).fill("connection pool");
      await box(page).press("Enter");
      await page.waitForURL("**/search?q=connection+pool");
      const target = step("pool-and-transaction");
      const link = page.locator(`[data-search-results] a[href="${stepUrl(target.id)}"]`);
      await expect(link).toContainText(target.caption);
      await expect(link).toContainText(`${journey.title} › Storing data`);
      await expect(page.locator(`[data-search-results] a[href="/concepts/connection-pool"]`)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("the audience view carries no search box", async ({ page }) => {
    await page.goto(`/journeys/${journey.slug}/present`);
    await expect(page.locator('form[role="search"]')).toHaveCount(0);
  });
});
