/**
 * Issue 17: the journey drafted from a real trace (journeys/checkout-trace, as the CLI wrote it)
 * is listed, reads, plays its stage and opens its inspector like any journey, with nothing
 * secret from the trace on the page.
 */
import type { Page } from "@playwright/test";
import { stepHref } from "../../app/_lib/journey/pages";
import { axeSerious, expect, expectActive, loadJourney, ready, stage, stepIds, test } from "./fixtures";

const trace = loadJourney("checkout-trace");
const stepUrl = (index: number) => stepHref(trace.slug, trace.chapters, trace.steps, index)!;
const node = (page: Page, id: string) => stage(page).locator(`[data-node="${id}"]`);

test("the home page lists the drafted journey, and its first chapter reads", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ hasText: trace.title });
  await expect(card).toContainText(`${trace.chapters.length} chapters · ${trace.steps.length} steps`);
  await card.getByRole("link", { name: /Start/ }).click();
  await expect(page).toHaveURL(new RegExp(`/journeys/${trace.slug}$`));
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(trace.title);
  const first = trace.chapters[0]!;
  expect(await stepIds(page)).toEqual(trace.steps.slice(0, first.stepCount).map((s) => s.id));
  expect(await axeSerious(page)).toEqual([]);
});

test("its stage plays: the next step moves the packet on and lights the next node", async ({ page }) => {
  const second = trace.chapters[1]!;
  // A step whose packet moves on to a node the step before did not light.
  const index = trace.steps.findIndex((s, i) => i > second.firstStep && !trace.steps[i - 1]!.path.includes(s.span));
  const before = trace.steps[index - 1]!;
  const after = trace.steps[index]!;
  await page.goto(stepUrl(before.index));
  await ready(page);
  await expect(stage(page)).toHaveAttribute("data-active-step", before.id);
  await expect(node(page, after.span)).not.toHaveAttribute("data-active", "true");
  await page.getByRole("button", { name: "Next step" }).click();
  await expectActive(page, after.id);
  await expect(node(page, after.span)).toHaveAttribute("data-active", "true");
  await expect(stage(page).locator("[data-packet]")).toHaveText(after.packet);
  await expect(page.locator("[data-progress]")).toContainText(`Step ${after.index + 1} of ${trace.steps.length}`);
});

test("its inspector shows what the first hop saw, with the trace's secrets redacted", async ({ page }) => {
  const first = trace.steps[0]!;
  await page.goto(stepUrl(first.index));
  await ready(page);
  await page.locator("#inspect-button").click();
  const inspector = page.locator("[data-inspector]");
  await expect(inspector).toHaveAttribute("data-inspector", first.inspect!.hop);
  await expect(page.locator("#inspector-title")).toHaveText(first.inspect!.title);
  const request = inspector.locator('[data-part="Request"]');
  await expect(request).toContainText("authorization: [REDACTED]");
  await expect(request).toContainText("token=[REDACTED]");
  expect(await page.content()).not.toMatch(/tok_live|eyJhbGciOi|sk_test|sid=7f3a/);
  expect(await axeSerious(page)).toEqual([]);
});
