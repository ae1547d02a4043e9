import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { CURRENT_VERSION } from "../../app/_lib/learner/read";
import { shownOptions } from "../../app/_lib/quiz/score";
import { axeSerious, chapterSteps, chapterUrl, expect, journey, ready, stage, stepUrl, test } from "./fixtures";

const KEY = "clickpath:learner";
const BACKUP = "clickpath:learner:backup";

/** Puts `text` where the learner's state is saved before the page's first load (not on reloads). */
function seedSaved(page: Page, text: string) {
  return page.addInitScript(
    ([key, saved]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key!, saved!);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, text],
  );
}

test.describe("the learner's own state", () => {
  test("an answered quiz and a bookmarked card are still there after a reload", async ({ page }) => {
    const quiz = Object.values(journey.quizzes).find((q) => q.kind === "single")!;
    const step = journey.steps.find((s) => s.quizzes.includes(quiz.id))!;
    await page.goto(stepUrl(step.id));
    await ready(page);
    const form = page.locator(`[data-quiz="${quiz.id}"]`);
    const right = quiz.kind === "single" ? shownOptions(quiz).findIndex((o) => o.correct) : 0;
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

  test("a quiz answered on an earlier visit shows the last attempt, why it was wrong, and a way to try again", async ({ page }) => {
    const quiz = Object.values(journey.quizzes).find((q) => q.kind === "single")!;
    if (quiz.kind !== "single") throw new Error("no single-choice quiz");
    const step = journey.steps.find((s) => s.quizzes.includes(quiz.id))!;
    const shown = shownOptions(quiz);
    const wrong = shown.findIndex((o) => !o.correct);
    const right = shown.findIndex((o) => o.correct);
    await page.goto(stepUrl(step.id));
    await ready(page);
    const form = page.locator(`[data-quiz="${quiz.id}"]`);
    await form.locator("input").nth(wrong).check();
    await form.getByRole("button", { name: /Check/ }).click();
    await expect(form).toHaveAttribute("data-state", "wrong");
    // During the visit the quiz itself shows the answer; nothing speaks of "before" yet.
    await expect(form.locator("[data-past-answer]")).toHaveCount(0);

    await page.reload();
    await ready(page);
    const past = form.locator("[data-past-answer]");
    await expect(past).toHaveAttribute("data-last", "wrong");
    await expect(past).toContainText("Your last answer was not right yet (1 try in all).");
    await expect(past).toContainText(shown[wrong]!.text);
    await expect(past).toContainText(`Not quite: ${shown[wrong]!.why}`);
    await expect(form).toHaveAttribute("data-state", "open");
    await past.getByRole("button", { name: "Try again" }).click();
    await expect(past).toHaveCount(0);
    await expect(form.locator("input").first()).toBeFocused();

    await form.locator("input").nth(right).check();
    await form.getByRole("button", { name: /Check/ }).click();
    await expect(form).toHaveAttribute("data-state", "right");
    await page.reload();
    await ready(page);
    await expect(past).toHaveAttribute("data-last", "right");
    await expect(past).toContainText("Your last answer was right (2 tries in all).");
    await expect(past).toContainText(`Right: ${shown[right]!.why}`);
    expect(await axeSerious(page)).toEqual([]);
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
    await seedSaved(page, broken);
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
    // Until the store has written, the key still holds the broken text: read it without throwing, and wait.
    const version = (k: string) => {
      try {
        return (JSON.parse(localStorage.getItem(k) ?? "{}") as { version?: number }).version ?? null;
      } catch {
        return null;
      }
    };
    await expect.poll(() => page.evaluate(version, KEY)).toBe(CURRENT_VERSION);
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
    // Nothing is due any more, so "Due only" empties the list; unticked, both cards are back.
    await page.getByLabel("Due only").check();
    await expect(page.locator("[data-deck-card]")).toHaveCount(0);
    await page.getByLabel("Due only").uncheck();
    await expect(page.locator("[data-deck-card]")).toHaveCount(2);
  });
});

test.describe("progress and the learner's data", () => {
  test("the progress page counts layers covered and concepts met or practised", async ({ page }) => {
    const step = journey.steps.find((s) => s.concepts.length > 0 && s.quizzes.some((q) => journey.quizzes[q]?.kind === "single"))!;
    const quiz = journey.quizzes[step.quizzes.find((q) => journey.quizzes[q]?.kind === "single")!]!;
    await page.goto(stepUrl(step.id));
    await ready(page);
    const form = page.locator(`[data-quiz="${quiz.id}"]`);
    await form.locator("input").nth(quiz.kind === "single" ? shownOptions(quiz).findIndex((o) => o.correct) : 0).check();
    await form.getByRole("button", { name: /Check/ }).click();
    await expect(form).toHaveAttribute("data-state", "right");

    await page.goto("/progress");
    const concept = step.concepts[0]!;
    await expect(page.locator(`[data-mastery="${concept}"]`)).toHaveAttribute("data-level", "2");
    await expect(page.locator(`[data-mastery="${concept}"]`)).toContainText("practised");
    // The step's own layers are no longer at zero; most of the journey still is.
    const covered = page.locator("[data-coverage] meter");
    const values = await covered.evaluateAll((meters) => meters.map((m) => Number((m as HTMLMeterElement).value)));
    expect(values.some((v) => v > 0)).toBe(true);
    expect(values.some((v) => v === 0)).toBe(true);
    await page.getByLabel("Show").selectOption({ label: "practised" });
    await expect(page.locator("[data-mastery]")).not.toHaveCount(0);
    for (const level of await page.locator("[data-mastery]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level")))) expect(level).toBe("2");
  });

  test("axe finds no serious or critical problems on the progress page and the deck", async ({ page }) => {
    await page.goto("/concepts/dns");
    await page.locator('[data-bookmark="dns"]').click();
    await expect(page.locator('[data-bookmark="dns"]')).toHaveAttribute("aria-pressed", "true");
    await page.goto("/progress");
    await expect(page.locator("[data-coverage]").first()).toBeVisible();
    expect(await axeSerious(page)).toEqual([]);
    await page.goto("/deck");
    await expect(page.locator("[data-deck-card]")).toHaveCount(1);
    expect(await axeSerious(page)).toEqual([]);
  });

  test("export, then import into a fresh profile, restores everything, shown before it is applied", async ({ page, browser }) => {
    const quiz = Object.values(journey.quizzes).find((q) => q.kind === "single")!;
    const step = journey.steps.find((s) => s.quizzes.includes(quiz.id))!;
    await page.goto(stepUrl(step.id));
    await ready(page);
    const form = page.locator(`[data-quiz="${quiz.id}"]`);
    await form.locator("input").nth(quiz.kind === "single" ? shownOptions(quiz).findIndex((o) => o.correct) : 0).check();
    await form.getByRole("button", { name: /Check/ }).click();
    await page.goto("/concepts/dns");
    await page.locator('[data-bookmark="dns"]').click();
    await expect(page.locator('[data-bookmark="dns"]')).toHaveAttribute("aria-pressed", "true");

    await page.goto("/progress");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download all my data (JSON)" }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported).toMatchObject({ app: "clickpath", kind: "learner-export" });
    const mine = await page.evaluate((k) => localStorage.getItem(k), KEY);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto("/progress");
    await expect(other.locator("[data-import-file]")).toBeEnabled();
    await other.locator("[data-import-file]").setInputFiles(file);
    const preview = other.locator("[data-import-preview]");
    await expect(preview).toContainText("1 card bookmarked");
    await expect(preview).toContainText("1 quiz answered");
    // Nothing is applied before the learner says so.
    expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await preview.getByRole("button", { name: "Merge into my progress" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Imported" })).toBeVisible();
    await expect.poll(() => other.evaluate((k) => localStorage.getItem(k), KEY)).toBe(mine);

    await other.goto(stepUrl(step.id));
    await ready(other);
    await expect(other.locator(`[data-quiz="${quiz.id}"] [data-past-answer]`)).toHaveAttribute("data-past-answer", "right");
    await other.goto("/deck");
    await expect(other.locator('[data-deck-card="dns"]')).toBeVisible();
    await fresh.close();
  });

  test("a broken, foreign or hostile file is refused with a reason and changes nothing", async ({ page }) => {
    await page.goto("/concepts/dns");
    await page.locator('[data-bookmark="dns"]').click();
    await expect(page.locator('[data-bookmark="dns"]')).toHaveAttribute("aria-pressed", "true");
    await page.goto("/progress");
    await expect(page.locator("[data-import-file]")).toBeEnabled();
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const script = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">";
    const cases: [string, string, RegExp][] = [
      ["not-json.json", "{ this is not json", /not JSON/],
      ["foreign.json", JSON.stringify({ app: "someone-else", state: {} }), /not a Clickpath progress export/],
      ["hostile.json", JSON.stringify({ app: "clickpath", kind: "learner-export", exportedAt: new Date().toISOString(), state: { version: 2, journeys: {}, bookmarks: { [script]: { added: 1 } }, reviews: {}, updatedAt: 1 } }), /not valid at state\.bookmarks/],
      ["huge.json", JSON.stringify({ pad: "x".repeat(1_100_000) }), /too large/],
    ];
    const alert = page.locator('[data-import-outcome="error"]');
    for (const [name, text, reason] of cases) {
      await page.locator("[data-import-file]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
      await expect(alert).toContainText(name);
      await expect(alert).toContainText(reason);
      await expect(page.locator("[data-import-preview]")).toHaveCount(0);
    }
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  });

  test("two tabs on the same journey stay in step and never erase each other's progress", async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    const chip = (p: typeof a, id: string) => p.locator(`[data-concept="${id}"]`);
    const ids = chapterSteps(0);
    for (const p of [a, b]) {
      await p.goto(chapterUrl(0));
      await ready(p);
    }
    const [first, second] = journey.steps.filter((s) => s.index < ids.length).flatMap((s) => s.concepts).filter((c, i, all) => all.indexOf(c) === i);
    await chip(a, first!).first().locator("summary").click();
    await chip(a, first!).first().getByRole("button", { name: /Bookmark/ }).click();
    await chip(b, second!).first().locator("summary").click();
    await chip(b, second!).first().getByRole("button", { name: /Bookmark/ }).click();
    // Each tab learns of the other's bookmark, and storage ends up holding both.
    await chip(b, first!).first().locator("summary").click();
    await expect(chip(b, first!).first().getByRole("button", { name: /Bookmark/ })).toHaveAttribute("aria-pressed", "true");
    await chip(a, second!).first().locator("summary").click();
    await expect(chip(a, second!).first().getByRole("button", { name: /Bookmark/ })).toHaveAttribute("aria-pressed", "true");
    const stored = () => a.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k) ?? "{}").bookmarks ?? {}).sort(), KEY);
    await expect.poll(stored).toEqual([first, second].sort());
    await b.getByRole("button", { name: "Next step" }).click();
    await expect.poll(() => a.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k) ?? "{}").journeys?.["kareems-click"]?.seen ?? {}).length, KEY)).toBeGreaterThanOrEqual(2);
    await expect.poll(stored).toEqual([first, second].sort());
  });

  test("progress saved by a newer Clickpath is never written over, on load or from another tab", async ({ context }) => {
    const newer = JSON.stringify({ version: 99, journeys: { "kareems-click": { seen: { "x": 1 } } }, futureField: true });
    const notice = (p: Page) => p.locator("[data-learner-notice='not-saved']");
    const saved = (p: Page) => p.evaluate((k) => localStorage.getItem(k), KEY);

    // On load: the tab says it is older, keeps working, and a step seen 1.5 s later writes nothing.
    const a = await context.newPage();
    await seedSaved(a, newer);
    await a.goto(chapterUrl(1));
    await ready(a);
    await expect(notice(a)).toContainText("older than your saved progress");
    await a.getByRole("button", { name: "Next step" }).click();
    await expect(stage(a)).toHaveAttribute("data-active-step", chapterSteps(1)[1]!);
    await a.waitForTimeout(2000);
    expect(await saved(a)).toBe(newer);
    expect(await a.evaluate((k) => localStorage.getItem(k), BACKUP)).toBeNull();

    // From another tab: a tab that was saving stops once a newer one has written.
    await a.evaluate((k) => localStorage.removeItem(k), KEY);
    const b = await context.newPage();
    await b.goto(chapterUrl(1));
    await ready(b);
    await b.getByRole("button", { name: "Next step" }).click();
    await expect.poll(() => saved(b)).not.toBeNull();
    await a.evaluate(([k, text]) => localStorage.setItem(k!, text!), [KEY, newer]);
    await expect(notice(b)).toContainText("older than your saved progress");
    await b.getByRole("button", { name: "Next step" }).click();
    await b.waitForTimeout(1000);
    expect(await saved(b)).toBe(newer);
  });
});
