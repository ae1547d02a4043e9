import { join } from "node:path";
import type { Page } from "@playwright/test";
import { loadContent } from "../../app/_lib/content/load";
import { shownOptions } from "../../app/_lib/quiz/score";
import { axeSerious, expect, ready, stage, stepUrl, test } from "./fixtures";

const content = loadContent({ root: join(process.cwd(), "journeys") });
const journey = content.journeys.find((j) => j.slug === "kareems-click")!;

/** The step a quiz sits in. */
function stepOf(quizId: string) {
  const step = journey.steps.find((s) => s.quizzes.includes(quizId));
  if (!step) throw new Error(`quiz ${quizId} is not placed`);
  return step;
}

/** A placed quiz of a kind, for tests that need one. */
function quizOf<K extends "single" | "multiple" | "ordering" | "next-hop">(kind: K) {
  const quiz = Object.values(journey.quizzes).find((q) => q.kind === kind);
  if (!quiz) throw new Error(`no ${kind} quiz`);
  return quiz as Extract<typeof quiz, { kind: K }>;
}

async function openQuiz(page: Page, quizId: string) {
  await page.goto(stepUrl(stepOf(quizId).id));
  await ready(page);
  const quiz = page.locator(`[data-quiz="${quizId}"]`);
  await quiz.scrollIntoViewIfNeeded();
  return quiz;
}

test.describe("concept cards", () => {
  test("a card has its own page: metadata, where it lives on a map, the steps that use it", async ({ page }) => {
    const id = "dns";
    await page.goto(`/concepts/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.concepts[id]!.title);
    await expect(page).toHaveTitle(/DNS · Clickpath/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", content.concepts[id]!.summary);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /DNS/);
    await expect(page.getByText("Use it when")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Example" })).toBeVisible();
    const lit = await page.getByRole("img", { name: `Where ${content.concepts[id]!.title} lives in ${journey.title}: `, exact: false }).locator('[data-node][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-node")));
    expect(lit.sort()).toEqual([...journey.cards[id]!.nodes].sort());

    const use = journey.steps.find((s) => s.concepts.includes(id))!;
    await page.locator(`a[href="${stepUrl(use.id)}"]`).first().click();
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", use.id);
  });

  test("the library finds cards as you type and filters them by layer", async ({ page }) => {
    await page.goto("/concepts");
    const cards = page.locator("[data-concept-card]");
    const total = Object.keys(content.concepts).length;
    await expect(cards).toHaveCount(total);
    expect(total).toBeGreaterThanOrEqual(60);

    const search = page.getByRole("searchbox", { name: "Search the cards" });
    await search.fill("backof");
    await expect(page.locator('[data-concept-card="retry-with-backoff"]')).toBeVisible();
    // The list filters a render later (the query is deferred): wait for it rather than read it at once.
    await expect.poll(() => cards.count()).toBeLessThan(total);
    // Words from a card's body find it too, not only its title.
    await search.fill("jitter");
    await expect(page.locator('[data-concept-card="retry-with-backoff"]')).toBeVisible();
    await search.fill("zzqqxx");
    await expect(cards).toHaveCount(0);
    await expect(page.getByText("No card matches")).toBeVisible();

    await search.fill("");
    await page.getByRole("radio", { name: /^data/ }).check();
    const layers = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-layer")));
    expect(layers.length).toBe(Object.values(content.concepts).filter((c) => c.layer === "data").length);
    expect(new Set(layers)).toEqual(new Set(["data"]));
    await expect(page.getByRole("status")).toContainText(`${layers.length} of ${total} cards`);
  });

  test("without JavaScript the library lists every card", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/concepts");
    await expect(page.locator("[data-concept-card]")).toHaveCount(Object.keys(content.concepts).length);
    await context.close();
  });

  test("axe finds no serious or critical problems on the library and a card page", async ({ page }) => {
    await page.goto("/concepts");
    expect(await axeSerious(page)).toEqual([]);
    await page.goto("/concepts/circuit-breaker");
    expect(await axeSerious(page)).toEqual([]);
  });
});

test.describe("quizzes by keyboard", () => {
  test("single choice: arrows pick, Enter checks, a wrong answer explains and can be retried", async ({ page }) => {
    const q = quizOf("single");
    const quiz = await openQuiz(page, q.id);
    // Options are shown shuffled (by the quiz id): find them where the reader sees them.
    const shown = shownOptions(q);
    const right = shown.findIndex((o) => o.correct);
    const wrong = right === 0 ? 1 : 0;
    await quiz.locator("input").nth(wrong).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "wrong");
    await expect(quiz.locator(`[data-option="${wrong}"] [data-quiz-why]`)).toContainText(shown[wrong]!.why);
    // Arrow keys move through a radio group; step from the wrong option to the right one.
    const key = right > wrong ? "ArrowDown" : "ArrowUp";
    for (let i = 0; i < Math.abs(right - wrong); i++) await page.keyboard.press(key);
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "right");
    await expect(quiz.getByRole("status")).toContainText("Correct after 2 tries");
  });

  test("multiple choice: Space ticks boxes, the status says what is missing", async ({ page }) => {
    const q = quizOf("multiple");
    const quiz = await openQuiz(page, q.id);
    const right = shownOptions(q).flatMap((o, i) => (o.correct ? [i] : []));
    await quiz.locator("input").nth(right[0]!).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "wrong");
    await expect(quiz.getByRole("status")).toContainText(/missing/);
    for (const i of right.slice(1)) {
      await quiz.locator("input").nth(i).focus();
      await page.keyboard.press("Space");
    }
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "right");
    await expect(quiz.locator("[data-quiz-why]")).toHaveCount(q.options.length);
  });

  test("ordering: the move buttons sort the list from the keyboard, and each move is announced", async ({ page }) => {
    const q = quizOf("ordering");
    const quiz = await openQuiz(page, q.id);
    const texts = () => quiz.locator("[data-item-text]").allTextContents();
    const want = q.items.map((i) => i.text);
    for (let target = 0; target < want.length; target++) {
      let at = (await texts()).indexOf(want[target]!);
      if (at > target) {
        await quiz.getByRole("button", { name: `Move “${want[target]}” up` }).focus();
        while (at > target) {
          await page.keyboard.press("Enter");
          at--;
          await expect(quiz.getByRole("status")).toContainText(`is now ${at + 1} of ${want.length}`);
        }
      }
    }
    expect(await texts()).toEqual(want);
    await quiz.getByRole("button", { name: "Check order" }).focus();
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "right");
    await expect(quiz.locator("[data-quiz-why]")).toHaveCount(want.length);
  });

  test("predict the next hop: the stage holds the packet until the reader answers, then plays the move", async ({ page }) => {
    const q = quizOf("next-hop");
    const step = stepOf(q.id);
    const node = (id: string) => journey.map.nodes.find((n) => n.id === id)!;
    const quiz = await openQuiz(page, q.id);
    await expect(stage(page)).toHaveAttribute("data-active-step", step.id);
    await expect(stage(page)).toHaveAttribute("data-held", "true");
    const packet = page.locator("[data-packet]");
    await expect(packet).toHaveAttribute("data-at-x", String(node(step.path[0]!).x));

    const right = shownOptions(q).findIndex((o) => o.correct);
    await quiz.locator("input").nth(right).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await expect(quiz).toHaveAttribute("data-state", "right");
    await expect(stage(page)).toHaveAttribute("data-held", "false");
    const end = node(step.path[step.path.length - 1]!);
    await expect(packet).toHaveAttribute("data-at-x", String(end.x));
    await expect(packet).toHaveAttribute("data-at-y", String(end.y));
  });
});
