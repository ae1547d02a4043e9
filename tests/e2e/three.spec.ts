import type { Page } from "@playwright/test";
import { JOURNEY, chapterUrl, expect, journey, test } from "./fixtures";

const lastChapter = () => chapterUrl(journey.chapters.length - 1);

/** Records every script the page loads, so a test can tell whether three.js came along. */
function watchScripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).some((b) => b.includes("WebGLRenderer"));
}

test.describe("the complete picture in 3D", () => {
  test("three.js is in no page's first load", async ({ page }) => {
    const loadedThree = watchScripts(page);
    for (const url of ["/", JOURNEY, lastChapter(), "/concepts", "/concepts/dns"]) {
      await page.goto(url, { waitUntil: "networkidle" });
    }
    expect(await loadedThree()).toBe(false);
  });

  test("opens on request, draws with WebGL, turns by keyboard, and a block shows its cards", async ({ page }) => {
    const loadedThree = watchScripts(page);
    await page.goto(lastChapter(), { waitUntil: "networkidle" });
    const view = page.locator("[data-see-3d]");
    await view.scrollIntoViewIfNeeded();
    await expect(view).toHaveAttribute("data-see-3d", "closed");
    await page.getByRole("button", { name: "See it in 3D" }).click();
    await expect(view).toHaveAttribute("data-see-3d", "3d");
    const canvas = page.locator("[data-three-canvas] canvas");
    await expect(canvas).toBeVisible();
    await expect.poll(loadedThree).toBe(true);
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0)).toBe(true);

    await page.locator("[data-three-canvas]").focus();
    for (const key of ["ArrowLeft", "ArrowUp", "+", "-", "0"]) await page.keyboard.press(key);

    await page.getByRole("button", { name: "Payment provider" }).click();
    const panel = page.locator("[data-selected-block]");
    await expect(panel).toHaveAttribute("data-selected-block", "payment");
    await expect(panel).toContainText("on the route of Kareem’s click");
    await expect(panel.getByRole("link").first()).toHaveAttribute("href", /^\/concepts\//);
    await expect(page.getByRole("button", { name: "Payment provider" })).toHaveAttribute("aria-pressed", "true");
  });

  test("with reduced motion it shows the 2D map instead, and says why", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    const loadedThree = watchScripts(page);
    await page.goto(lastChapter(), { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "See it in 3D" }).click();
    const view = page.locator("[data-see-3d]");
    await expect(view).toHaveAttribute("data-see-3d", "fallback");
    await expect(view.getByRole("note")).toContainText("reduced motion");
    await expect(view.getByRole("img", { name: /lit on the 2D map$/ })).toBeVisible();
    await expect(view.locator("canvas")).toHaveCount(0);
    expect(await loadedThree()).toBe(false);
  });

  test("without WebGL it shows the 2D map instead, and says why", async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith("webgl")) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(lastChapter(), { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "See it in 3D" }).click();
    const view = page.locator("[data-see-3d]");
    await expect(view).toHaveAttribute("data-see-3d", "fallback");
    await expect(view.getByRole("note")).toContainText("WebGL");
    await expect(view.getByRole("img", { name: /lit on the 2D map$/ })).toBeVisible();
  });
});
