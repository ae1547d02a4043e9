import { clockAt, formatMs } from "../../app/_lib/journey/clock";
import { lensStops } from "../../app/_lib/journey/lenses";
import { partText } from "../../app/_lib/journey/inspect";
import { JOURNEY, axeSerious, expect, expectActive, journey, ready, stage, stepUrl, test } from "./fixtures";

const step = (id: string) => journey.steps.find((s) => s.id === id)!;
const label = (id: string) => journey.map.nodes.find((n) => n.id === id)!.label;
const inspector = (page: import("@playwright/test").Page) => page.locator("[data-inspector]");
const clock = (page: import("@playwright/test").Page) => page.locator("[data-clock]");
const edges = (page: import("@playwright/test").Page) =>
  page.locator('[data-edges] line[data-active="true"]').evaluateAll((ls) => ls.length);

test.describe("the inspector", () => {
  test("opens at several hops, by click, by button and by key, and marks what each hop changed", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // The DNS question, by the stage's button: focus moves into the panel.
    await page.goto(stepUrl("dns-question"));
    await ready(page);
    await page.locator("#inspect-button").click();
    await expect(inspector(page)).toHaveAttribute("data-inspector", step("dns-question").inspect!.hop);
    await expect(page.locator("#inspector-title")).toHaveText(step("dns-question").inspect!.title);
    await expect(page.locator("#inspector-title")).toBeFocused();
    // It follows the packet: the next step's hop shows, and the DNS message grew its answer.
    await page.getByRole("button", { name: "Next step" }).click();
    await expectActive(page, "dns-answer");
    await expect(page.locator("#inspector-title")).toHaveText(step("dns-answer").inspect!.title);
    await expect(inspector(page).locator('ins[data-mark="added"]').first()).toBeVisible();

    // The WAF, by clicking the packet itself: headers the edge added are marked.
    await page.goto(stepUrl("waf-inspection"));
    await ready(page);
    await page.waitForTimeout(900); // let the packet finish its trip before clicking it
    await page.locator("[data-packet]").click();
    await expect(inspector(page)).toHaveAttribute("data-inspector", "waf");
    const headers = inspector(page).locator('[data-part="Request line and headers"]');
    await expect(headers.locator("[data-change]")).toContainText(`since ${label("cdn")}`);
    expect(await headers.locator('ins[data-mark="added"]').count()).toBeGreaterThan(0);
    // Copy gives the block as it stands at this hop, without the lines it struck out.
    const part = step("waf-inspection").inspect!.parts.find((p) => p.label === "Request line and headers")!;
    await headers.getByRole("button", { name: "Copy" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(partText(part));

    // The gateway, from the keyboard: Enter on the button opens it, a stripped header shows as removed, Escape closes.
    await page.goto(stepUrl("gateway-checks"));
    await ready(page);
    await page.locator("#inspect-button").focus();
    await page.keyboard.press("Enter");
    await expect(inspector(page)).toHaveAttribute("data-inspector", step("gateway-checks").inspect!.hop);
    expect(await inspector(page).locator('del[data-mark="removed"]').count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await expect(inspector(page)).toHaveCount(0);
    await expect(page.locator("#inspect-button")).toBeFocused();
    // "I", while focus is on the stage's controls, opens it again.
    await page.keyboard.press("i");
    await expect(inspector(page)).toHaveCount(1);
    expect(await axeSerious(page)).toEqual([]);
  });

  test("says so where a step has nothing to inspect", async ({ page }) => {
    const quiet = journey.steps.find((s) => !s.inspect && s.chapterId === journey.chapters[0]!.id)!;
    await page.goto(stepUrl(quiet.id));
    await ready(page);
    await expect(page.locator("#inspect-button")).toHaveAttribute("aria-disabled", "true");
    await expect(page.locator("#inspect-button")).toHaveText("Nothing to inspect here");
    // aria-disabled keeps it focusable; pressing it does nothing.
    await page.locator("#inspect-button").click({ force: true });
    await expect(inspector(page)).toHaveCount(0);
  });
});

test.describe("failure forks", () => {
  test("a fork plays to its end with the clock carried over, then goes back to the happy path", async ({ page }) => {
    const fork = journey.forks.find((f) => f.id === "payment-down")!;
    const origin = journey.steps[fork.origin]!;
    await page.goto(stepUrl(origin.id));
    await ready(page);
    // Offered on the stage at this step, and in the narration.
    // (A step may offer several forks: the charge offers two.)
    await expect(page.locator(`#${origin.id} [data-fork-card][href="${JOURNEY}/what-if/${fork.id}"]`)).toHaveCount(1);
    await page.locator('[data-menu="what-if"] summary').click();
    await page.locator(`[data-fork-link="${fork.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/what-if/${fork.id}`));
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", fork.steps[0]!.id);
    const base = clockAt(journey.steps, fork.origin - 1).elapsed;
    await expect(clock(page)).toHaveAttribute("data-clock", String(base + fork.steps[0]!.ms));
    await expect(page.locator("[data-progress]")).toContainText(`Step 1 of ${fork.steps.length}`);
    // It asks what should happen next.
    await expect(page.locator(`#${fork.steps.find((s) => s.quizzes.length > 0)!.id} [data-quiz]`).first()).toBeAttached();
    // Play it to the end.
    for (let i = 1; i < fork.steps.length; i++) {
      await page.getByRole("button", { name: "Next step" }).click();
      await expectActive(page, fork.steps[i]!.id);
    }
    const end = clockAt(fork.steps, fork.steps.length - 1, base).elapsed;
    await expect(clock(page)).toHaveAttribute("data-clock", String(end));
    await expect(page.getByRole("button", { name: "Next step" })).toHaveAttribute("aria-disabled", "true");
    // A deep link into the fork lands on its step.
    await page.goto(`${JOURNEY}/what-if/${fork.id}#${fork.steps[1]!.id}`);
    await ready(page);
    await expectActive(page, fork.steps[1]!.id);
    expect(await axeSerious(page)).toEqual([]);
    // And back to where the reader left.
    await page.locator("[data-back-to-main]").first().click();
    await ready(page);
    await expectActive(page, origin.id);
  });
});

test.describe("variations and lenses", () => {
  test("a variation reroutes the packet from its step on, and the clock shows what it saves", async ({ page }) => {
    const at = step("service-checks-stock");
    await page.goto(stepUrl(at.id));
    await ready(page);
    await expect(page.locator('[data-node="stock-cache"]')).toHaveCount(0);
    await expect(page.locator('[data-node="inventory"]')).toHaveAttribute("data-active", "true");
    await expect(clock(page)).toHaveAttribute("data-clock", String(clockAt(journey.steps, at.index).elapsed));
    const before = await edges(page);
    // The menu's prose is not in the page; it arrives when the menu first opens.
    const variation = journey.variations.find((v) => v.id === "stock-cache")!;
    expect(await (await page.request.get(stepUrl(at.id))).text()).not.toContain(variation.buys);
    await page.locator('[data-menu="variations"] summary').click();
    await expect(page.locator('[data-variation="stock-cache"]')).toContainText(`Buys: ${variation.buys}`);
    await page.locator('[data-variation="stock-cache"] input').check();
    // A new node arrives, the packet takes it instead of the mesh and inventory, and the clock drops by 13 ms.
    await expect(page.locator('[data-node="stock-cache"]')).toHaveAttribute("data-active", "true");
    await expect(page.locator('[data-node="inventory"]')).not.toHaveAttribute("data-active");
    expect(await edges(page)).toBe(before - 1);
    await expect(clock(page)).toHaveAttribute("data-clock", String(clockAt(journey.steps, at.index).elapsed - 13));
    await expect(page.locator("[data-varied-total]")).toHaveAttribute("data-varied-total", String(journey.clock - 13));
    // The setting follows the reader to the next page, and is undone as easily.
    await page.reload();
    await ready(page);
    await expect(page.locator('[data-node="stock-cache"]')).toHaveAttribute("data-active", "true");
    await page.locator('[data-menu="variations"] summary').click();
    await page.locator('[data-variation="stock-cache"] input').uncheck();
    await expect(page.locator('[data-node="stock-cache"]')).toHaveCount(0);
    await expect(page.locator('[data-node="inventory"]')).toHaveAttribute("data-active", "true");
  });

  test("a lens lights only its nodes and steps from one checkpoint to the next; observability draws the trace", async ({ page }) => {
    const security = journey.lenses.find((l) => l.id === "security")!;
    const stops = lensStops(journey.steps, security);
    const at = step("gateway-checks");
    await page.goto(stepUrl(at.id));
    await ready(page);
    await page.locator('[data-menu="lens"] summary').click();
    // Picking a lens closes the menu, and its radios with it: click, then look at the stage.
    await page.getByRole("radio", { name: /Security/ }).click();
    await expect(stage(page)).toHaveAttribute("data-lens", "security");
    await expect(page.locator('[data-node="waf"]')).toHaveAttribute("data-lens", "in");
    await expect(page.locator('[data-node="db"]')).toHaveAttribute("data-lens", "out");
    await expect(page.locator("[data-lens-note]")).toHaveAttribute("data-lens-stops", String(stops.length));
    await expect(page.locator("[data-lens-note]")).toContainText(security.nodes.find((n) => n.node === "gateway")!.why);
    const next = stops.find((s) => s.index > at.index)!;
    await page.getByRole("button", { name: "Next security step" }).click();
    await expectActive(page, next.id);
    // The observability lens shows the trace waterfall, with the step on stage marked.
    await page.locator('[data-menu="lens"] summary').click();
    await page.getByRole("radio", { name: /Observability/ }).click();
    const waterfall = page.locator("[data-stage-waterfall] [data-waterfall]");
    await expect(waterfall).toHaveAttribute("data-total", String(journey.clock));
    await page.goto(stepUrl("charge-the-card"));
    await ready(page);
    await expect(page.locator('[data-stage-waterfall] tr[data-span="charge-the-card"]')).toHaveAttribute("data-current", "true");
    expect(await axeSerious(page)).toEqual([]);
  });

  test("the trace waterfall in the observability chapter redraws when the cache misses", async ({ page }) => {
    await page.goto(stepUrl("traces-say-where"));
    await ready(page);
    const block = page.locator("[data-waterfall-block] [data-waterfall]");
    await expect(block).toHaveAttribute("data-total", String(journey.clock));
    await expect(block.locator('tr[data-span="price-from-cache"] td').last()).toHaveText(formatMs(step("price-from-cache").ms));
    await page.locator("[data-waterfall-toggles]").getByLabel(/Make the price lookup miss/).check();
    await expect(block).toHaveAttribute("data-total", String(journey.clock + 100));
    await expect(block.locator('tr[data-span="price-from-cache"] td').last()).toHaveText("102 ms");
    await expect(block.locator('tr[data-span="price-from-cache"]')).toHaveAttribute("data-layer", "data");
  });
});

test.describe("the transcript", () => {
  test("screen readers hear it, readers can show it, and a page holds it for every step", async ({ page }) => {
    const s = step("waf-inspection");
    await page.goto(stepUrl(s.id));
    await ready(page);
    const live = page.locator("[data-transcript-live]");
    await expect(live).toHaveAttribute("aria-live", "polite");
    await expect(live).toContainText(`Step ${s.index + 1} of ${journey.steps.length}.`);
    await expect(live).toContainText(s.caption);
    await expect(live).toContainText(`The packet “${s.packet}”`);
    await expect(live).toContainText(`The inspector holds`);
    await expect(page.locator("[data-transcript]")).toHaveCount(0);
    await page.getByRole("button", { name: "Describe" }).click();
    await expect(page.locator("[data-transcript]")).toHaveText((await live.textContent()) ?? "");
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(live).toContainText(journey.steps[s.index + 1]!.caption);

    await page.goto(`${JOURNEY}/transcript`);
    const forkSteps = journey.forks.reduce((n, f) => n + f.steps.length, 0);
    await expect(page.locator("[data-transcript-step]")).toHaveCount(journey.steps.length + forkSteps);
    await expect(page.locator("[data-transcript-fork]")).toHaveCount(journey.forks.length);
    await expect(page.locator(`[data-transcript-step="${s.id}"]`)).toContainText(s.caption);
    await expect(page.locator(`[data-transcript-step="${s.id}"] summary`)).toContainText(s.inspect!.title);
    expect(await axeSerious(page)).toEqual([]);
  });
});

test.describe("a fan-out", () => {
  test("sends a packet along each route at once, lights them all, and says so", async ({ page }) => {
    await page.goto("/journeys/event-choreography/payment-fails#customer-told");
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", "customer-told");
    // Two packets, one at each route's end, with the step's label.
    const packets = stage(page).locator("[data-packet]");
    await expect(packets).toHaveCount(2);
    await expect(packets).toHaveText(["OrderCancelled", "OrderCancelled"]);
    for (const node of ["bus", "notify", "payment"]) await expect(stage(page).locator(`[data-node="${node}"]`)).toHaveAttribute("data-active", "true");
    await expect(page.locator("[data-transcript-live]")).toContainText("At the same time, a second packet goes to Payment service.");
    // The step before sends one.
    await page.getByRole("button", { name: "Previous step" }).click();
    await expect(stage(page)).not.toHaveAttribute("data-active-step", "customer-told");
    await expect(stage(page).locator("[data-packet]")).toHaveCount(1);
  });
});
