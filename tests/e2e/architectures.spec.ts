import { join } from "node:path";
import type { Page } from "@playwright/test";
import { loadContent } from "../../app/_lib/content/load";
import { edgeKey } from "../../app/_lib/journey/stage";
import { compareRows } from "../../app/_lib/architecture/compare";
import { codeTree, filesOf, nodesOf } from "../../app/_lib/architecture/code-tree";
import { axeSerious, expect, ready, stage, test } from "./fixtures";

const content = loadContent({ root: join(process.cwd(), "journeys") });
const arch = content.architectures.find((a) => a.id === "classic-web-app")!;
const explorer = (page: Page) => page.locator("[data-explorer]");
const activeEdges = (page: Page) => page.locator('[data-edges] line[data-active="true"]').count();

test.describe("the architecture explorer", () => {
  test("the index lists every architecture and flow, and compares them by column and filter", async ({ page }) => {
    await page.goto("/architectures");
    await expect(page.locator("[data-arch-card]")).toHaveCount(content.architectures.length);
    const flows = content.journeys.filter((j) => j.kind === "flow");
    await expect(page.locator("[data-flow]")).toHaveCount(flows.length);
    for (const f of flows) await expect(page.locator(`[data-flow="${f.slug}"] a`)).toHaveAttribute("href", `/journeys/${f.slug}`);
    const rows = content.architectures.map((a) => ({ id: a.id, title: a.title, purpose: a.purpose, ...a.compare }));
    const order = () => page.locator("[data-compare-row]").evaluateAll((els) => els.map((e) => e.getAttribute("data-compare-row")));
    // Sorted by complexity at first; a column header sorts by it, again the other way.
    expect(await order()).toEqual(compareRows(rows, "complexity", true).map((r) => r.id));
    await page.locator('[data-sort="scale"]').click();
    expect(await order()).toEqual(compareRows(rows, "scale", true).map((r) => r.id));
    await page.locator('[data-sort="scale"]').click();
    expect(await order()).toEqual(compareRows(rows, "scale", false).map((r) => r.id));
    await expect(page.locator('th[aria-sort="descending"]')).toContainText("Scale");
    await page.locator('[data-filter="complexity"]').selectOption("high");
    expect(await order()).toEqual(compareRows(rows, "scale", false, { complexity: "high" }).map((r) => r.id));
    expect(await axeSerious(page)).toEqual([]);
  });

  test("nodes are selected by click and by keyboard, and the panel says what each owns and why", async ({ page }) => {
    await page.goto(`/architectures/${arch.id}`);
    await ready(page);
    const [first, second] = arch.map.nodes;
    await page.locator(`[data-node="${first!.id}"]`).click();
    await expect(page.locator("#node-panel-title")).toHaveText(arch.details[first!.id]!.label);
    await expect(page.locator("[data-node-panel]")).toContainText(arch.details[first!.id]!.why);
    await expect(page.locator(`[data-node="${first!.id}"]`)).toHaveAttribute("aria-pressed", "true");
    // From the keyboard: Tab moves from node to node; Enter and Space select.
    await page.locator(`[data-node="${first!.id}"]`).focus();
    await page.keyboard.press("Tab");
    await expect(page.locator(`[data-node="${second!.id}"]`)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#node-panel-title")).toHaveText(arch.details[second!.id]!.label);
    await expect(page.locator("[data-node-panel]")).toContainText(arch.details[second!.id]!.without);
    const last = arch.map.nodes.at(-1)!;
    await page.locator(`[data-node="${last.id}"]`).focus();
    await page.keyboard.press(" ");
    await expect(page.locator("#node-panel-title")).toHaveText(arch.details[last.id]!.label);
    // Or from the list of parts, as on a small screen.
    await page.locator("[data-node-select]").selectOption(first!.id);
    await expect(page.locator("#node-panel-title")).toHaveText(arch.details[first!.id]!.label);
    await expect(page.locator(`[data-node="${first!.id}"]`)).toHaveAttribute("aria-pressed", "true");
    expect(await axeSerious(page)).toEqual([]);
  });

  test("a request plays to its end, and a variation changes the picture and reroutes it", async ({ page }) => {
    const variation = arch.variations.find((v) => v.steps.some((c) => c.path))!;
    const change = variation.steps.find((c) => c.path)!;
    const index = arch.request.steps.findIndex((s) => s.id === change.step);
    await page.goto(`/architectures/${arch.id}`);
    await ready(page);
    await page.getByRole("button", { name: "Play the request" }).click();
    await expect(explorer(page)).toHaveAttribute("data-step-index", "0");
    await expect(explorer(page)).toHaveAttribute("data-step-index", String(arch.request.steps.length - 1), { timeout: 25_000 });
    await expect(page.getByRole("button", { name: "Play the request" })).toBeVisible();
    await expect(stage(page)).toHaveAttribute("data-active-step", arch.request.steps.at(-1)!.id);

    // Go to the step the variation changes, by the step buttons.
    while (Number(await explorer(page).getAttribute("data-step-index")) > index) await page.getByRole("button", { name: "← Previous" }).click();
    await expect(stage(page)).toHaveAttribute("data-active-step", change.step);
    const base = arch.request.steps[index]!;
    for (const n of base.path) await expect(page.locator(`[data-node="${n}"]`)).toHaveAttribute("data-active", "true");
    await page.locator('[data-menu="variations"] summary').click();
    await page.locator(`[data-variation="${variation.id}"] input`).check();
    await page.locator('[data-menu="variations"] summary').click();
    await expect(explorer(page)).toHaveAttribute("data-variations", variation.id);
    for (const n of variation.add.nodes) await expect(page.locator(`[data-node="${n.id}"]`)).toHaveAttribute("data-added", "true");
    for (const n of variation.remove.nodes) await expect(page.locator(`[data-node="${n}"]`)).toHaveCount(0);
    for (const n of change.path!) await expect(page.locator(`[data-node="${n}"]`)).toHaveAttribute("data-active", "true");
    const moved = change.path!.slice(1).map((n, i) => edgeKey(change.path![i]!, n));
    expect(await activeEdges(page)).toBe(new Set(moved).size);
  });

  test("from diagram to code and back", async ({ page }) => {
    const tree = codeTree(arch.code.files);
    const node = arch.map.nodes.find((n) => filesOf(tree, n.id).length > 0)!;
    await page.goto(`/architectures/${arch.id}`);
    await ready(page);
    // A node lights the folders and files that implement it.
    await page.locator(`[data-node="${node.id}"]`).click();
    const files = filesOf(tree, node.id);
    for (const f of files) await expect(page.locator(`[data-code-entry="${f}"]`)).toHaveAttribute("data-highlight", "true");
    await expect(page.locator("[data-code-entry][data-highlight]")).toHaveCount(files.length);
    // A file lights the nodes it implements, on the map.
    const file = tree.find((e) => e.kind === "file" && e.nodes.length > 0)!;
    await page.locator(`[data-code-entry="${file.path}"] button`).click();
    await expect(page.locator(`[data-code-entry="${file.path}"] button`)).toHaveAttribute("aria-pressed", "true");
    const lit = nodesOf(tree, file.path).filter((n) => arch.map.nodes.some((m) => m.id === n));
    for (const n of lit) await expect(page.locator(`[data-node="${n}"]`)).toHaveAttribute("data-highlight", "true");
    await expect(page.locator("[data-node][data-highlight]")).toHaveCount(lit.length);
    // And the panel's file links go the same way.
    await page.locator(`[data-node="${node.id}"]`).click();
    await page.locator("[data-node-file]").first().click();
    await expect(page.locator(`[data-code-entry="${files[0]}"] button`)).toHaveAttribute("aria-pressed", "true");
  });

  test("a flow plays step by step in the reader, to its end", async ({ page }) => {
    const flow = content.journeys.find((j) => j.kind === "flow")!;
    const owner = content.architectures.find((a) => a.id === flow.architecture)!;
    await page.goto(`/architectures/${owner.id}`);
    await page.locator(`[data-flow-link="${flow.slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/journeys/${flow.slug}`));
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-active-step", flow.steps[0]!.id);
    for (let i = 1; i < flow.steps.length; i++) {
      await page.getByRole("button", { name: "Next step" }).click();
      await expect(stage(page)).toHaveAttribute("data-active-step", flow.steps[i]!.id);
    }
    await expect(page.getByRole("button", { name: "Next step" })).toHaveAttribute("aria-disabled", "true");
  });
});
