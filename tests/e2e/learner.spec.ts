import { readFileSync } from "node:fs";
import { chapterSteps, chapterUrl, expect, journey, ready, stage, stepUrl, test } from "./fixtures";

const KEY = "clickpath:learner";
const BACKUP = "clickpath:learner:backup";

test.describe("the learner's own state", () => {
  test("an answered quiz and a bookmarked card are still there after a reload", async ({ page }) => {
    const quiz = Object.values(journey.quizzes).find((q) => q.kind === "single")!;
    const step = journey.steps.find((s) => s.quizzes.includes(quiz.id))!;
    await page.goto(stepUrl(step.id));
    await ready(page);
    const form = page.locator(`[data-quiz="${quiz.id}"]`);
    const right = quiz.kind === "single" ? quiz.options.findIndex((o) => o.correct) : 0;
    await form.locator("input").nth(right).check();
    await form.getByRole("button", { name: /Check/ }).click();
    await expect(form).toHaveAttribute("data-state", "right");

    const chip = page.locator("[data-concept]").first();
    const concept = (await chip.getAttribute("data-concept"))!;
    await chip.locator("summary").click();
    const bookmark = chip.getByRole("button", { name: /Bookmark/ });
    await expect(bookmark).toHaveAttribute("aria-pressed", "false");
    await bookmark.click();
    await expect(bookmark).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await ready(page);
    await expect(form.locator("[data-past-answer]")).toHaveAttribute("data-past-answer", "right");
    await page.locator(`[data-concept="${concept}"] summary`).click();
    await expect(page.locator(`[data-concept="${concept}"]`).getByRole("button", { name: /Bookmark/ })).toHaveAttribute("aria-pressed", "true");
    // The card's own page knows it too.
    await page.goto(`/concepts/${concept}`);
    await expect(page.locator(`[data-bookmark="${concept}"]`)).toHaveAttribute("aria-pressed", "true");
  });

  test("the home page offers to continue where the reader left off, and the chapter list marks what is read", async ({ page }) => {
    const ids = chapterSteps(2);
    await page.goto(chapterUrl(2));
    await ready(page);
    for (const id of ids.slice(1)) {
      await page.getByRole("button", { name: "Next step" }).click();
      await expect(stage(page)).toHaveAttribute("data-active-step", id);
    }
    await page.getByText("Chapters", { exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Chapters" }).getByRole("link").nth(2).locator("[data-chapter-done]")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Chapters" }).getByRole("link").nth(5).locator("[data-chapter-done]")).toHaveCount(0);

    await page.goto("/");
    const resume = page.getByRole("link", { name: /Continue where you left off/ });
    await expect(resume).toContainText(`chapter 3, ${journey.chapters[2]!.title}`);
    await resume.click();
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", ids.at(-1)!);
  });

  test("saved data that cannot be read is kept as a backup, the page starts clean and offers the backup", async ({ page }) => {
    const broken = '{"version": 2, "journeys": "not what you think"';
    await page.addInitScript(([key, text]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key!, text!);
        sessionStorage.setItem("seeded", "1");
      }
    }, [KEY, broken]);
    await page.goto(chapterUrl(1));
    await ready(page);
    const notice = page.locator("[data-learner-notice='recovered']");
    await expect(notice).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(broken);
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download the backup" }).click();
    const file = await (await download).path();
    expect(readFileSync(file, "utf8")).toBe(broken);
    // The reader works from a clean state: moving on is saved again.
    await page.getByRole("button", { name: "Next step" }).click();
    await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "{}").version, KEY)).toBe(2);
  });

  test("when storage refuses to save, the page keeps working and says so once", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.goto(chapterUrl(1));
    await ready(page);
    const first = chapterSteps(1);
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(stage(page)).toHaveAttribute("data-active-step", first[1]!);
    await expect(page.locator("[data-learner-notice='not-saved']")).toContainText("will not be saved");
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(stage(page)).toHaveAttribute("data-active-step", first[2]!);
    await expect(page.locator("[data-learner-notice]")).toHaveCount(1);
  });
});

test.describe("the deck", () => {
  test("bookmarked cards are listed, reviewed by keyboard, and exported", async ({ page }) => {
    for (const id of ["dns", "circuit-breaker"]) {
      await page.goto(`/concepts/${id}`);
      await page.locator(`[data-bookmark="${id}"]`).click();
      await expect(page.locator(`[data-bookmark="${id}"]`)).toHaveAttribute("aria-pressed", "true");
    }
    await page.goto("/deck");
    await expect(page.locator("[data-deck-card]")).toHaveCount(2);
    await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2");

    const markdown = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as Markdown" }).click();
    expect(readFileSync(await (await markdown).path(), "utf8")).toContain("DNS");
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export for Anki (CSV)" }).click();
    expect(readFileSync(await (await csv).path(), "utf8")).toMatch(/^#separator:comma/);

    await page.getByRole("button", { name: "Review 2 due" }).click();
    const review = page.locator("[data-review]");
    await expect(review).toBeFocused();
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("Space");
      await expect(review.locator("[data-flipped]")).toBeVisible();
      await page.keyboard.press("3");
    }
    await expect(page.locator('[data-review="done"]')).toContainText("All caught up");
    await page.getByRole("button", { name: "Back to the deck" }).click();
    await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "0");
    await page.reload();
    await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "0");
    await expect(page.locator("[data-deck-card]").first()).toContainText("next review");
  });
});
