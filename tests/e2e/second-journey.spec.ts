/**
 * Issue 16: a second journey, written with no code change, passes the walks the first one does:
 * listed on the home page, read chapter by chapter, presented, printed, transcribed, counted on
 * the progress page. And no page of it names the first journey's protagonist.
 */
import type { Page } from "@playwright/test";
import { chapterHref, forkHref, stepHref } from "../../app/_lib/journey/pages";
import { axeSerious, expect, expectActive, loadJourney, ready, stage, stepIds, test } from "./fixtures";

const ines = loadJourney("ines-photo");
const JOURNEY = `/journeys/${ines.slug}`;
const chapterUrl = (id: string) => chapterHref(ines.slug, ines.chapters, id);
const stepUrl = (id: string) => stepHref(ines.slug, ines.chapters, ines.steps, ines.steps.find((s) => s.id === id)!.index)!;
const fan = ines.steps.find((s) => (s.branches?.length ?? 0) > 0)!;
const fork = ines.forks[0]!;

async function namesNoOneElse(page: Page) {
  expect(await page.content(), page.url()).not.toMatch(/Kareem/i);
}

test("the home page lists the second journey with its length and a start button", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ hasText: ines.title });
  await expect(card).toContainText(`${ines.chapters.length} chapters · ${ines.steps.length} steps`);
  await card.getByRole("link", { name: /Start/ }).click();
  await expect(page).toHaveURL(new RegExp(`${JOURNEY}$`));
  await expect(stage(page)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ines.title);
});

test("every chapter reads, moves by the Next step button, and names no one from the other journey", async ({ page }) => {
  for (const chapter of ines.chapters) {
    await page.goto(chapterUrl(chapter.id));
    await ready(page);
    // The first page is headed by the journey's title, the others by their chapter's.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(chapter.firstStep === 0 ? ines.title : chapter.title);
    const ids = await stepIds(page);
    expect(ids).toEqual(ines.steps.slice(chapter.firstStep, chapter.firstStep + chapter.stepCount).map((s) => s.id));
    await page.getByRole("button", { name: "Next step" }).click();
    await expectActive(page, ids[1]!);
    await expect(page.locator("[data-progress]")).toContainText(`Step ${chapter.firstStep + 2} of ${ines.steps.length}`);
    await namesNoOneElse(page);
  }
});

test("the fan-out step sends a packet along each of its routes at once", async ({ page }) => {
  await page.goto(stepUrl(fan.id));
  await ready(page);
  await expect(stage(page)).toHaveAttribute("data-active-step", fan.id);
  const packets = stage(page).locator("[data-packet]");
  await expect(packets).toHaveCount(1 + fan.branches!.length);
  await expect(packets).toHaveText(Array(1 + fan.branches!.length).fill(fan.packet));
  for (const node of [fan.path, ...fan.branches!].flat()) await expect(stage(page).locator(`[data-node="${node}"]`)).toHaveAttribute("data-active", "true");
  await expect(page.locator("[data-transcript-live]")).toContainText("At the same time");
  expect(await axeSerious(page)).toEqual([]);
});

test("the fork is offered at its step, plays to its end, and returns to its step", async ({ page }) => {
  const origin = ines.steps[fork.origin]!;
  await page.goto(stepUrl(origin.id));
  await ready(page);
  await page.locator('[data-menu="what-if"] summary').click();
  await page.locator(`[data-fork-link="${fork.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${forkHref(ines.slug, fork.id)}`));
  await ready(page);
  await expect(stage(page)).toHaveAttribute("data-active-step", fork.steps[0]!.id);
  for (const s of fork.steps.slice(1)) {
    await page.getByRole("button", { name: "Next step" }).click();
    await expectActive(page, s.id);
  }
  await namesNoOneElse(page);
  await page.locator("[data-back-to-main]").first().click();
  await ready(page);
  await expectActive(page, origin.id);
});

test("a variation sends the fan-out's work down one route, and a lens lights the background work", async ({ page }) => {
  await page.goto(stepUrl(fan.id));
  await ready(page);
  await expect(stage(page).locator("[data-packet]")).toHaveCount(1 + fan.branches!.length);
  const total = page.locator("[data-varied-total]");
  await page.locator('[data-menu="variations"] summary').click();
  await page.locator('[data-variation="one-worker"] input').check();
  await expect(stage(page).locator("[data-packet]")).toHaveCount(1);
  const added = ines.variations.find((v) => v.id === "one-worker")!.steps.reduce((n, c) => n + (c.ms ?? 0), 0);
  await expect(total).toHaveAttribute("data-varied-total", String(ines.clock + added));
  await page.locator('[data-variation="one-worker"] input').uncheck();
  await expect(stage(page).locator("[data-packet]")).toHaveCount(1 + fan.branches!.length);
  await page.locator('[data-menu="variations"] summary').click();

  await page.locator('[data-menu="lens"] summary').click();
  await page.getByRole("radio", { name: /Background work/ }).click();
  await expect(stage(page)).toHaveAttribute("data-lens", "background");
});

test("the presenter's audience view and console open on it", async ({ page }) => {
  for (const url of [`${JOURNEY}/present`, `${JOURNEY}/present/console`]) {
    await page.goto(url);
    await expect(page.locator("[data-present]")).toHaveAttribute("data-ready", "true");
    await expect(page.locator("[data-present]")).toHaveAttribute("data-step-index", "0");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("[data-present]")).toHaveAttribute("data-step-index", "1");
    await namesNoOneElse(page);
  }
  expect(await axeSerious(page)).toEqual([]);
});

test("print and transcript list every step", async ({ page }) => {
  await page.goto(`${JOURNEY}/print`);
  await expect(page.locator("[data-print-step]")).toHaveCount(ines.steps.length);
  await namesNoOneElse(page);

  await page.goto(`${JOURNEY}/transcript`);
  const forkSteps = ines.forks.reduce((n, f) => n + f.steps.length, 0);
  await expect(page.locator("[data-transcript-step]")).toHaveCount(ines.steps.length + forkSteps);
  await expect(page.locator(`[data-transcript-step="${fan.id}"]`)).toContainText(fan.caption);
  await namesNoOneElse(page);
});

test("the progress page counts it once a step is read", async ({ page }) => {
  await page.goto(chapterUrl(ines.chapters[1]!.id));
  await ready(page);
  const ids = await stepIds(page);
  for (const id of ids.slice(1)) {
    await page.getByRole("button", { name: "Next step" }).click();
    await expectActive(page, id);
  }
  // The chapter list marks the chapter read once the reader has kept it.
  await page.getByText("Chapters", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Chapters" }).getByRole("link").nth(1).locator("[data-chapter-done]")).toBeVisible();
  await page.goto("/progress");
  await expect(page.locator(`[data-progress-journey="${ines.slug}"]`)).toContainText(new RegExp(`[1-9]\\d* of ${ines.steps.length} steps seen`));
});

test("its own card's page names only it; a card both journeys place names it in where it fits", async ({ page }) => {
  await page.goto("/concepts/presigned-url");
  await expect(page.locator('[data-fit="ines-photo"]')).toBeVisible();
  await namesNoOneElse(page);

  // A shared card may speak of Kareem's click for the first journey; it also shows where it fits in this one.
  await page.goto("/concepts/message-queue");
  const fit = page.locator('[data-fit="ines-photo"]');
  await expect(fit).toContainText(ines.requestName);
  await expect(fit).toContainText(ines.cards["message-queue"]!.why!);
});
