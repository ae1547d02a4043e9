import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { axeSerious, expect, JOURNEY, journey, test } from "./fixtures";

const PRESENT = `${JOURNEY}/present`;
const CONSOLE = `${PRESENT}/console`;
const total = journey.steps.length;

const at = (page: Page) => page.locator("[data-present]");
async function opened(page: Page) {
  await expect(at(page)).toHaveAttribute("data-ready", "true");
}

/** A sentence from the speaker notes of a step, as plain words (no Markdown in it). */
function noteSample(): { stepId: string; text: string } {
  for (const step of journey.steps) {
    if (!step.hasNotes) continue;
    const chapter = journey.chapters.find((c) => c.id === step.chapterId)!;
    const source = readFileSync(chapter.path, "utf8");
    const block = source.slice(source.indexOf(`id="${step.id}"`));
    const notes = /<Notes>\s*([\s\S]*?)<\/Notes>/.exec(block)?.[1] ?? "";
    const words = notes.split(/\s+/).slice(0, 6).join(" ");
    if (/^[A-Za-z ,']+$/.test(words)) return { stepId: step.id, text: words };
  }
  throw new Error("no step has plain notes to look for");
}

test.describe("presenter mode", () => {
  test("audience and console stay in step both ways, quickly; the late console asks and gets the step", async ({ page, context }) => {
    await page.goto(PRESENT);
    await opened(page);
    // Go to step 6 before any console exists.
    for (const key of ["g", "6", "Enter"]) await page.keyboard.press(key);
    await expect(at(page)).toHaveAttribute("data-step-index", "5");

    // S opens the console, late: it asks and shows step 6 too.
    const popup = context.waitForEvent("page");
    await page.keyboard.press("s");
    const console_ = await popup;
    await opened(console_);
    await expect(at(console_)).toHaveAttribute("data-step-index", "5");
    // And one opened by hand, with no step in its URL, asks and gets it as well.
    const third = await context.newPage();
    await third.goto(CONSOLE);
    await opened(third);
    await expect(at(third)).toHaveAttribute("data-step-index", "5");
    await third.close();

    // Time from a key in one window to the other window's change, measured in the browser.
    async function lag(from: Page, to: Page, key: string, expected: string): Promise<number> {
      await to.evaluate(() => {
        const el = document.querySelector("[data-present]")!;
        (window as unknown as { changedAt?: number }).changedAt = undefined;
        new MutationObserver(() => ((window as unknown as { changedAt?: number }).changedAt ??= Date.now())).observe(el, { attributes: true, attributeFilter: ["data-step-index"] });
      });
      const sentAt = await from.evaluate(() => Date.now());
      await from.keyboard.press(key);
      await expect(at(to)).toHaveAttribute("data-step-index", expected);
      const changedAt = await to.evaluate(() => (window as unknown as { changedAt?: number }).changedAt ?? Infinity);
      return changedAt - sentAt;
    }
    const there = await lag(page, console_, "ArrowRight", "6");
    const back = await lag(console_, page, "ArrowLeft", "5");
    console.log(`presenter sync: audience→console ${there} ms, console→audience ${back} ms`);
    expect(there).toBeLessThan(300);
    expect(back).toBeLessThan(300);

    // Buttons on the console move the room too.
    await console_.getByRole("button", { name: /^Next/ }).click();
    await expect(at(page)).toHaveAttribute("data-step-index", "6");

    // A reload keeps the step (it is in the URL) and stays in the conversation.
    await page.reload();
    await opened(page);
    await expect(at(page)).toHaveAttribute("data-step-index", "6");
    await console_.keyboard.press("n");
    await expect(at(page)).toHaveAttribute("data-step-index", "7");
  });

  test("every key does what the help says", async ({ page }) => {
    await page.goto(PRESENT);
    await opened(page);
    const index = () => at(page).getAttribute("data-step-index");
    const press = async (key: string, expected: number) => {
      await page.keyboard.press(key);
      await expect(at(page)).toHaveAttribute("data-step-index", String(expected));
    };
    await press("ArrowRight", 1);
    await press("Space", 2);
    await press("PageDown", 3);
    await press("n", 4);
    await press("ArrowLeft", 3);
    await press("PageUp", 2);
    await press("p", 1);
    await press("End", total - 1);
    await press("Home", 0);
    await press("Home", 0);
    await press("ArrowLeft", 0);
    expect(await index()).toBe("0");
    await page.keyboard.press("g");
    await expect(page.locator("[data-goto]")).toContainText("Go to step");
    await page.keyboard.type("12");
    await expect(page.locator("[data-goto]")).toContainText("12");
    await press("Enter", 11);
    await expect(page).toHaveURL(new RegExp(`#${journey.steps[11]!.id}$`));
    // A step past the first chapter still has its caption: the presenter's one page plays them all.
    await expect(page.locator("[data-caption]")).toHaveText(journey.steps[11]!.caption);

    await page.keyboard.press("b");
    await expect(page.locator("[data-blackout-screen]")).toBeVisible();
    await page.keyboard.press("b");
    await expect(page.locator("[data-blackout-screen]")).toHaveCount(0);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keys" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Page Down");
    await page.keyboard.press("Escape");
    await expect(help).toHaveCount(0);

    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

    // O opens the overview; picking a thumbnail jumps there.
    await page.keyboard.press("o");
    const overview = page.locator("[data-overview]");
    await expect(overview.locator("[data-overview-step]")).toHaveCount(total);
    await expect(overview.locator('[data-overview-step="11"]')).toBeFocused();
    await overview.locator('[data-overview-step="30"]').click();
    await expect(overview).toHaveCount(0);
    await expect(at(page)).toHaveAttribute("data-step-index", "30");
    // And by keyboard: Tab to a thumbnail, Enter.
    await page.keyboard.press("o");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(at(page)).toHaveAttribute("data-step-index", "31");
  });

  test("a quiz shows without its answer; revealed from the console, both windows show it", async ({ page, context }) => {
    const index = journey.steps.findIndex((s) => s.quizzes.some((q) => journey.quizzes[q]?.kind === "single"));
    const step = journey.steps[index]!;
    const quiz = journey.quizzes[step.quizzes.find((q) => journey.quizzes[q]?.kind === "single")!]!;
    const right = quiz.kind === "single" ? quiz.options.find((o) => o.correct)! : undefined;
    await page.goto(`${PRESENT}#${step.id}`);
    await opened(page);
    await expect(at(page)).toHaveAttribute("data-step-index", String(index));
    const slide = page.locator(`[data-slide-quiz="${quiz.id}"]`);
    await expect(slide).toContainText(quiz.prompt);
    await expect(slide.locator("[data-answer]")).toHaveCount(0);
    await expect(slide).not.toContainText(right!.why);

    const console_ = await context.newPage();
    await console_.goto(CONSOLE);
    await opened(console_);
    await expect(at(console_)).toHaveAttribute("data-step-index", String(index));
    // The presenter sees the answer all along.
    await expect(console_.locator("[data-slide-quiz]")).toContainText(right!.text);
    await console_.getByRole("button", { name: /Reveal the answer/ }).click();
    await expect(slide.locator("[data-answer]")).toContainText(right!.text);
    await expect(slide).toContainText(right!.why);
    await expect(at(console_)).toHaveAttribute("data-revealed", "true");
    // R hides it again, from the audience this time.
    await page.keyboard.press("r");
    await expect(at(console_)).toHaveAttribute("data-revealed", "false");
    await expect(slide.locator("[data-answer]")).toHaveCount(0);
  });

  test("speaker notes are in the console only: never in the audience view or the reader", async ({ page, request }) => {
    const sample = noteSample();
    const index = journey.steps.findIndex((s) => s.id === sample.stepId);
    const chapter = journey.chapters.find((c) => index >= c.firstStep && index < c.firstStep + c.stepCount)!;
    const readerUrl = chapter === journey.chapters[0] ? JOURNEY : `${JOURNEY}/${chapter.id}`;
    for (const url of [PRESENT, readerUrl]) {
      const html = await (await request.get(url)).text();
      expect(html, url).not.toContain(sample.text);
    }
    await page.goto(`${PRESENT}#${sample.stepId}`);
    await opened(page);
    expect(await page.content()).not.toContain(sample.text);
    await page.goto(`${readerUrl}#${sample.stepId}`);
    expect(await page.content()).not.toContain(sample.text);

    await page.goto(`${CONSOLE}#${sample.stepId}`);
    await opened(page);
    await expect(page.locator(`[data-notes-for="${sample.stepId}"]`)).toBeVisible();
    await expect(page.locator(`[data-notes-for="${sample.stepId}"]`)).toContainText(sample.text);
    // Only the current step's notes show.
    await expect(page.locator("[data-notes-for]:visible")).toHaveCount(1);
  });

  test("the print version holds every step with its stage, and notes only when asked", async ({ page }) => {
    await page.goto(`${JOURNEY}/print`);
    await expect(page.locator("[data-print-step]")).toHaveCount(total);
    await expect(page.locator("[data-print-step]").getByRole("img", { name: /^The stage at step \d+: / })).toHaveCount(total);
    const notes = page.locator("[data-print-notes]").first();
    await expect(notes).toBeHidden();
    await page.getByLabel("Include the speaker notes").check();
    await expect(notes).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-print-tools]")).toBeHidden();
    await expect(notes).toBeVisible();
  });

  test("a malformed hash opens the first step in both windows, without an error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (const url of [PRESENT, CONSOLE]) {
      await page.goto(`${url}#%E0%A4%A`);
      await opened(page);
      await expect(at(page)).toHaveAttribute("data-step-index", "0");
    }
    expect(errors).toEqual([]);
  });

  test("axe finds no serious or critical problems in the audience view and the console", async ({ page }) => {
    await page.goto(PRESENT);
    await opened(page);
    expect(await axeSerious(page)).toEqual([]);
    await page.goto(CONSOLE);
    await opened(page);
    expect(await axeSerious(page)).toEqual([]);
  });
});
