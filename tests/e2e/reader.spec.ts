import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JOURNEY, axeSerious, chapterSteps, chapterUrl, expect, expectActive, journey, ready, stage, stepIds, stepUrl, test } from "./fixtures";

/** The first chapter with at least `n` steps, as its position. */
const chapterWith = (n: number) => journey.chapters.findIndex((c) => c.stepCount >= n);

/** The first sentence of every `<Notes>` in the journey's chapters. */
function speakerNotes(): string[] {
  const dir = join(process.cwd(), "journeys", "kareems-click", "chapters");
  const notes = readdirSync(dir).flatMap((f) =>
    [...readFileSync(join(dir, f), "utf8").matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((m) => (m[1] ?? "").trim().split(/(?<=[.?!])\s/)[0] ?? ""),
  );
  expect(notes.length).toBeGreaterThan(5);
  return notes.filter((n) => n.length > 20);
}

test.describe("the journey reader", () => {
  test("scrolling drives the stage and the hash", async ({ page }) => {
    const chapter = chapterWith(5);
    await page.goto(chapterUrl(chapter));
    await ready(page);
    const ids = await stepIds(page);
    expect(ids).toEqual(chapterSteps(chapter));
    const seen: string[] = [];
    // Wheel down like a reader until the fifth step is active, recording what the stage shows.
    for (let i = 0; i < 80 && seen.at(-1) !== ids[4]; i++) {
      await page.mouse.move(300, 400);
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(60);
      const active = await stage(page).getAttribute("data-active-step");
      if (active && active !== seen.at(-1)) seen.push(active);
    }
    // Every step on the way, in order, none skipped and none revisited.
    expect(seen).toEqual(ids.slice(0, 5));
    await expectActive(page, ids[4]!);
    // The stage's caption belongs to the active step, and the step is marked current.
    await expect(page.locator(`#${ids[4]}`)).toHaveAttribute("aria-current", "step");
    // Scrolling back up moves the stage back.
    await page.locator(`#${ids[2]}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expectActive(page, ids[2]!);
  });

  test("a deep link and a reload land on their step", async ({ page }) => {
    const chapter = journey.chapters.findIndex((c, i) => i > 2 && c.stepCount >= 4);
    const ids = chapterSteps(chapter);
    const target = ids[0]!;
    // A deep link is a fresh load of the URL, not a hash change on an open page.
    await page.goto(stepUrl(target));
    await ready(page);
    await expectActive(page, target);
    const caption = await page.locator("[data-caption]").textContent();
    await page.reload();
    await ready(page);
    await expectActive(page, target);
    await expect(page.locator("[data-caption]")).toHaveText(caption ?? "");
    // The hash follows the step without piling up history entries.
    const entries = await page.evaluate(() => history.length);
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "Next step" }).click();
      await expectActive(page, ids[i]!);
    }
    // Also after Next's router has been told the URL.
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test("a link to a step on the journey's first page lands on the step's own chapter page", async ({ page }) => {
    const target = chapterSteps(journey.chapters.length - 2)[1]!;
    await page.goto(`${JOURNEY}#${target}`);
    await expect(page).toHaveURL((url) => url.pathname + url.hash === stepUrl(target));
    await ready(page);
    await expectActive(page, target);
  });

  test("Next and Previous step, by mouse and by keyboard", async ({ page }) => {
    const chapter = chapterWith(4);
    await page.goto(chapterUrl(chapter));
    await ready(page);
    const ids = await stepIds(page);
    const before = journey.chapters[chapter]!.firstStep;
    const previous = page.getByRole("button", { name: "Previous step" });
    const next = page.getByRole("button", { name: "Next step" });
    if (chapter === 0) await expect(previous).toHaveAttribute("aria-disabled", "true");
    // Record every step the stage shows, to catch a flicker back to where a scroll started.
    await stage(page).evaluate((el) => {
      const w = window as unknown as { __shown: string[] };
      w.__shown = [];
      new MutationObserver(() => w.__shown.push(el.getAttribute("data-active-step") ?? "")).observe(el, {
        attributes: true,
        attributeFilter: ["data-active-step"],
      });
    });
    await next.click();
    await expectActive(page, ids[1]!);
    await next.click();
    await expectActive(page, ids[2]!);
    await previous.click();
    await expectActive(page, ids[1]!);
    await next.focus();
    await page.keyboard.press("Enter");
    await expectActive(page, ids[2]!);
    await page.keyboard.press("Space");
    await expectActive(page, ids[3]!);
    await expect(page.locator("[data-progress]")).toContainText(`Step ${before + 4} of ${journey.steps.length}`);
    expect(await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual([
      ids[1],
      ids[2],
      ids[1],
      ids[2],
      ids[3],
    ]);
    // At a chapter's last step, Next goes on to the next chapter's page and its first step.
    await page.goto(stepUrl(ids.at(-1)!));
    await ready(page);
    await next.click();
    const following = chapterSteps(chapter + 1)[0]!;
    await expect(page).toHaveURL(new RegExp(`${chapterUrl(chapter + 1)}#${following}$`));
    await ready(page);
    await expectActive(page, following);
    // At the journey's last step Next is disabled but keeps focus, and pressing it does nothing.
    const last = journey.steps.at(-1)!.id;
    await page.goto(stepUrl(last));
    await ready(page);
    await expect(next).toHaveAttribute("aria-disabled", "true");
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(next).toBeFocused();
    await expectActive(page, last);
  });

  test("the chapter list goes to a chapter's page and shows where the reader is", async ({ page }) => {
    await page.goto(JOURNEY);
    await ready(page);
    await page.getByText("Chapters", { exact: true }).click();
    const links = page.getByRole("navigation", { name: "Chapters" }).getByRole("link");
    await expect(links).toHaveCount(journey.chapters.length);
    const title = journey.chapters[2]!.title;
    await links.nth(2).click();
    // A reader who has not moved yet keeps a clean URL: the chapter's page, no hash.
    await expect(page).toHaveURL((url) => url.pathname === chapterUrl(2) && url.hash === "");
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", chapterSteps(2)[0]!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("[data-progress]")).toContainText(`Chapter 3: ${title}`);
    await page.getByText("Chapters", { exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Chapters" }).getByRole("link", { name: title })).toHaveAttribute("aria-current", "true");
    await page.getByText("Chapters", { exact: true }).click();

    // This page's own chapter in the list scrolls back to its first step, replacing the hash.
    await page.getByRole("button", { name: "Next step" }).click();
    await page.getByRole("button", { name: "Next step" }).click();
    await expectActive(page, chapterSteps(2)[2]!);
    const entries = await page.evaluate(() => history.length);
    await page.getByText("Chapters", { exact: true }).click();
    await page.getByRole("navigation", { name: "Chapters" }).getByRole("link", { name: title }).click();
    await expectActive(page, chapterSteps(2)[0]!);
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test("the end of a chapter links to the next one, without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(JOURNEY);
    await page.getByRole("navigation", { name: "Next chapter" }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${chapterUrl(1)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(journey.chapters[1]!.title);
    await context.close();
  });

  test("the stage lights the step's nodes and moves the packet along its path", async ({ page }) => {
    const ids = journey.steps.map((s) => s.id);
    const lit = async () => page.locator('[data-node][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-node")));
    const packetAt = async () => page.locator("[data-packet]").evaluate((el) => [el.getAttribute("data-at-x"), el.getAttribute("data-at-y")].join(","));
    const states = new Set<string>();
    const clock: number[] = [];
    for (const id of ids.slice(0, 8)) {
      await page.goto(stepUrl(id));
      await ready(page);
      await expectActive(page, id);
      states.add(JSON.stringify([await lit(), await packetAt(), await page.locator("[data-caption]").textContent()]));
      clock.push(Number(await page.locator("[data-clock]").getAttribute("data-clock")));
    }
    // Each step is its own picture, and Kareem's clock only moves forward.
    expect(states.size).toBe(8);
    expect(clock).toEqual([...clock].sort((a, b) => a - b));
    expect(clock.at(-1)).toBeGreaterThan(clock[0]!);
  });

  test("reduced motion: the packet jumps, nothing slides, the meaning stays", async ({ page }) => {
    /** Steps onto the first step whose packet travels several hops; returns the packet ~80 ms after the click. */
    const stepOntoMultiHop = async () => {
      // A fresh document, so the motion preference is read anew.
      await page.goto("about:blank");
      const ids = journey.steps.map((s) => s.id);
      for (let i = 0; i < ids.length - 1; i++) {
        // Stay on one page: the step after this one must be in the same chapter.
        if (journey.steps[i + 1]!.chapterId !== journey.steps[i]!.chapterId) continue;
        await page.goto(stepUrl(ids[i]!));
        await ready(page);
        await expectActive(page, ids[i]!);
        await page.getByRole("button", { name: "Next step" }).click();
        await page.waitForTimeout(80);
        // The packet rides a track that the compositor moves (Web Animations); at rest it has none.
        const p = await page.locator("[data-packet]").evaluate((el) => {
          const track = el.closest<HTMLElement>("[data-packet-track]")!;
          const shown = new DOMMatrix(getComputedStyle(track).transform);
          const running = track.getAnimations();
          for (const a of running) a.pause();
          const animated = new DOMMatrix(getComputedStyle(track).transform);
          for (const a of running) a.cancel();
          const rest = new DOMMatrix(getComputedStyle(track).transform);
          return {
            travelling: running.length > 0,
            offRest: Math.round(Math.hypot(animated.e - rest.e, animated.f - rest.f)),
            atRest: Math.round(Math.hypot(shown.e - rest.e, shown.f - rest.f)) === 0,
            hops: Number(el.getAttribute("data-hops")),
          };
        });
        if (p.hops >= 2) return p;
      }
      throw new Error("no multi-hop step in the journey");
    };

    await page.emulateMedia({ reducedMotion: "reduce" });
    const still = await stepOntoMultiHop();
    expect(still.travelling).toBe(false);
    expect(still.atRest).toBe(true);
    await expect(page.locator("[data-caption]")).not.toBeEmpty();

    // With motion allowed, the same move slides: shortly after the click the packet is on its way.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    const moving = await stepOntoMultiHop();
    expect(moving.travelling).toBe(true);
    expect(moving.offRest).toBeGreaterThan(0);
  });

  test("a concept card opens in place without moving the stage, and a quiz explains", async ({ page }) => {
    await page.goto(JOURNEY);
    await ready(page);
    const card = page.locator("[data-concept]").first();
    await card.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const before = await stage(page).getAttribute("data-active-step");
    await card.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(card).toHaveAttribute("open", "");
    await expect(card).toContainText("Why it matters here");
    await page.waitForTimeout(300);
    expect(await stage(page).getAttribute("data-active-step")).toBe(before);

    const quiz = page.locator("[data-quiz]").first();
    await quiz.scrollIntoViewIfNeeded();
    const options = quiz.locator("[data-option]");
    const count = await options.count();
    // Try every option until the right one; each wrong one explains itself.
    for (let i = 0; i < count; i++) {
      await options.nth(i).locator("input").check();
      await quiz.getByRole("button", { name: /Check/ }).click();
      if ((await quiz.getAttribute("data-state")) === "right") break;
      await expect(options.nth(i)).toHaveAttribute("data-verdict", "wrong");
      await expect(options.nth(i).locator("[data-quiz-why]")).not.toBeEmpty();
      await expect(quiz.getByRole("status")).toContainText("try another");
    }
    await expect(quiz).toHaveAttribute("data-state", "right");
    await expect(quiz.locator("[data-quiz-why]")).toHaveCount(count);
  });

  test("without JavaScript every step's narration is in its chapter's HTML, and notes are not", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const notes = speakerNotes();
    for (let c = 0; c < journey.chapters.length; c++) {
      await page.goto(chapterUrl(c));
      const steps = page.locator("[data-step]");
      expect(await steps.evaluateAll((els) => els.map((e) => e.id))).toEqual(chapterSteps(c));
      for (const text of await steps.allTextContents()) expect(text.trim().length).toBeGreaterThan(100);
      // Speaker notes are written in the chapters but never reach the reader's page.
      const html = await page.content();
      for (const note of notes) expect(html).not.toContain(note);
    }
    await context.close();
  });

  test("the words paint before any script is requested, then the page hydrates", async ({ page }) => {
    await page.goto(chapterUrl(chapterWith(5)));
    await ready(page);
    const timing = await page.evaluate(async () => {
      const lcp = await new Promise<PerformanceEntry[]>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: "largest-contentful-paint", buffered: true });
      });
      const first = lcp[0] as PerformanceEntry & { element?: Element | null };
      const scripts = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".js"));
      return {
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
        largest: first?.startTime ?? Infinity,
        largestIsWords: Boolean(first?.element?.closest("[data-step], [data-reader]")),
        scripts: scripts.length,
        firstScript: Math.min(...scripts.map((r) => r.startTime)),
      };
    });
    expect(timing.scripts).toBeGreaterThan(0);
    expect(timing.largestIsWords).toBe(true);
    expect(timing.paint).toBeLessThanOrEqual(timing.firstScript);
    expect(timing.largest).toBeLessThanOrEqual(timing.firstScript);
  });

  test("security headers are sent", async ({ request }) => {
    const res = await request.get(JOURNEY);
    const h = res.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBeTruthy();
    expect(h["permissions-policy"]).toContain("camera=()");
    // FLoC is long gone: its opt-out only draws console warnings.
    expect(h["permissions-policy"]).not.toContain("interest-cohort");
    expect(h["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    // A script is no document: it keeps nosniff and HSTS, without the document's policies.
    const html = await res.text();
    const script = /"(chunks\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const chunk = (await request.get(`/_next/static/${script}`)).headers();
    expect(chunk["x-content-type-options"]).toBe("nosniff");
    expect(chunk["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(chunk["content-security-policy"]).toBeUndefined();
  });

  test("axe finds no serious or critical problems on the home page and the journey", async ({ page }) => {
    await page.goto("/");
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole("link", { name: /Start/ }).first().click();
    await ready(page);
    expect(await axeSerious(page)).toEqual([]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the stage rides on top, the narration scrolls under it, nothing overflows", async ({ page }) => {
    await page.goto(chapterUrl(chapterWith(5)));
    await ready(page);
    const ids = await stepIds(page);
    const box = await stage(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(120);
    expect(box!.height).toBeGreaterThan(200);
    expect(box!.width).toBeGreaterThan(350);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator(`#${ids[3]}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expectActive(page, ids[3]!);
    // The stage stays on top while the narration scrolls.
    const after = await stage(page).boundingBox();
    expect(Math.abs(after!.y - box!.y)).toBeLessThan(2);
    // The step's own text is visible below the stage, not hidden under it.
    const step = await page.locator(`#${ids[3]}`).boundingBox();
    expect(step!.y).toBeGreaterThan(after!.y + after!.height - 5);
    await page.getByRole("button", { name: "Next step" }).tap();
    await expectActive(page, ids[4]!);
  });
});

test("the home page lists the journey with its length and a start button", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ hasText: "Follow Kareem" });
  await expect(card).toContainText(/\d+ chapters · \d+ steps · about \d+ min/);
  await card.getByRole("link", { name: /Start/ }).click();
  await expect(page).toHaveURL(/\/journeys\/kareems-click/);
  await expect(stage(page)).toBeVisible();
});
