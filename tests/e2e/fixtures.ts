import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import { loadContent } from "../../app/_lib/content/load";
import { chapterHref, stepHref } from "../../app/_lib/journey/pages";

export const JOURNEY = "/journeys/kareems-click";

/** A journey as the content defines it: tests find steps and pages from it, not from guesses. */
export function loadJourney(slug: string) {
  const found = loadContent({ root: join(process.cwd(), "journeys") }).journeys.find((j) => j.slug === slug);
  if (!found) throw new Error(`no journey ${slug}`);
  return found;
}

/** Follow Kareem's click, the journey most specs walk. */
export const journey = loadJourney("kareems-click");

/** The page that reads a step, with the step's id as the hash. */
export function stepUrl(id: string): string {
  const step = journey.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return stepHref(journey.slug, journey.chapters, journey.steps, step.index)!;
}

/** A chapter's page. */
export function chapterUrl(index: number): string {
  return chapterHref(journey.slug, journey.chapters, journey.chapters[index]!.id);
}

/** Step ids of a chapter, in reading order. */
export function chapterSteps(index: number): string[] {
  const c = journey.chapters[index]!;
  return journey.steps.slice(c.firstStep, c.firstStep + c.stepCount).map((s) => s.id);
}

/** Console errors and CSP violations seen by a page; every test fails if there are any. */
type Watch = { problems: string[] };

/**
 * Pages paint before their scripts load (app/_lib/build/paint-first.ts), so `load` can fire
 * before React has taken over. Every navigation of the test's page waits for the document's
 * hydration mark, as a person waits for a page to respond, so no click lands on inert HTML.
 */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => !document.getElementById("paint-first") || document.documentElement.hasAttribute("data-hydrated"));
}

export const test = base.extend<{ watch: Watch }>({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await hydrated(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await hydrated(page);
      return response;
    };
    await provide(page);
  },
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { problems: [] };
      page.on("console", (m) => {
        if (m.type() === "error") watch.problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => watch.problems.push(`page error: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(watch);
      expect(watch.problems, "console errors or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const stage = (page: Page) => page.locator("[data-stage]");

/** Step ids in reading order, from the page itself. */
export async function stepIds(page: Page): Promise<string[]> {
  return page.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
}

/** Waits until the reader has hydrated (the observer and buttons are live). */
export async function ready(page: Page) {
  await page.waitForFunction(() => document.querySelector("[data-stage]")?.getAttribute("data-hydrated") === "true");
}

export async function expectActive(page: Page, id: string) {
  await expect(stage(page)).toHaveAttribute("data-active-step", id);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
}

export async function axeSerious(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
