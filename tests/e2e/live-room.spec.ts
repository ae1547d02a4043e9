/**
 * The live classroom as people use it, with real browsers: an instructor's console and audience
 * view in one context, learners on phones in others. Join by code, follow across chapters,
 * pause and come back, answer a quiz with live counts and a reveal on every device, late join,
 * reload, and the end of the session.
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { ROOM_LABEL_PX } from "../../app/_lib/journey/map-geometry";
import { axeSerious, expect, hydrated, journey, test } from "./fixtures";

const CONSOLE = "/journeys/kareems-click/present/console";

/** The first step whose presenter slide is a single-choice quiz, and that quiz. */
const quizStep = journey.steps.find((s) => journey.quizzes[s.quizzes[0] ?? ""]?.kind === "single")!;
const quiz = journey.quizzes[quizStep.quizzes[0]!]!;
const right = quiz.kind === "single" ? quiz.options.find((o) => o.correct)!.text : "";

async function open(page: Page, url: string) {
  await page.goto(url);
  await hydrated(page);
}

/** A learner on a phone who joins with `code` (typed) and lands in the reader. */
async function learner(browser: Browser, baseURL: string, code: string, name?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, baseURL });
  const page = await context.newPage();
  await open(page, "/join");
  await page.getByLabel("Join code").fill(code.toLowerCase());
  if (name) await page.getByLabel("Your name (optional)").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.locator("[data-live-bar]")).toBeVisible();
  return { context, page };
}

const activeStep = (page: Page) => page.locator("[data-stage]");

/**
 * A learner's network, as a TCP relay in front of the app: `cut` drops every connection through it
 * and refuses new ones (as a phone in a tunnel does), `restore` lets them through again. A browser
 * set offline keeps its open streams; this cuts them.
 */
async function network(target: number): Promise<{ url: string; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> }> {
  const open = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const app = connect(target, "127.0.0.1");
        for (const s of [client, app]) {
          open.add(s);
          s.on("close", () => open.delete(s));
          s.on("error", () => undefined);
        }
        client.pipe(app).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of open) s.destroy();
    });
  await listen();
  return { url: `http://127.0.0.1:${port}`, cut, restore: listen, close: cut };
}

test.describe("the live classroom", () => {
  test("learners join by code, follow the instructor across chapters, pause, come back, answer together and see the end", async ({ page, browser, baseURL }) => {
    // The instructor: the console, on the step before the quiz.
    const before = journey.steps[quizStep.index - 1]!;
    await open(page, `${CONSOLE}#${before.id}`);
    await page.locator("[data-live-start]").click();
    const code = (await page.locator("[data-live-code]").getAttribute("data-live-code"))!;
    expect(code).toMatch(/^[0-9A-Z]{7}$/);

    // A learner joins with the code typed in lower case and a name; lands on the instructor's step.
    const ada = await learner(browser, baseURL!, code, "Ada <b>");
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", before.id);
    await expect(page.locator("[data-live-people]")).toHaveAttribute("data-live-people", "1");
    // The name as typed, shown as text (never as markup).
    await expect(page.locator("[data-live-people]")).toContainText("Ada <b>");
    expect(await axeSerious(ada.page)).toEqual([]);

    // The instructor moves on to the quiz: the learner follows, and the quiz is open for answers.
    await page.keyboard.press("ArrowRight");
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", quizStep.id);
    await expect(ada.page.locator("[data-live-quiz]")).toHaveAttribute("data-live-quiz", quiz.id);
    const form = ada.page.locator(`form[data-quiz="${quiz.id}"]`);
    await form.getByText(right, { exact: true }).click();
    await form.getByRole("button", { name: "Send my answer" }).click();
    await expect(form).toContainText("Sent to the instructor");
    // No verdict before the reveal.
    await expect(form).toHaveAttribute("data-state", "open");
    await expect(page.locator("[data-count]").filter({ hasText: "1" })).toHaveCount(1);
    await expect(page.locator("[data-live-people]")).toContainText("1 answered");

    // A late joiner lands on the current step at once.
    const bo = await learner(browser, baseURL!, code);
    await expect(activeStep(bo.page)).toHaveAttribute("data-active-step", quizStep.id);
    await expect(page.locator("[data-live-people]")).toHaveAttribute("data-live-people", "2");

    // Reveal: the verdict shows on the learner's device.
    await page.keyboard.press("r");
    await expect(form).toHaveAttribute("data-state", "right");
    await expect(ada.page.locator("[data-live-quiz]")).toContainText("Answer revealed");

    // Pause: the instructor moves on, the learner stays; one button brings them back.
    await ada.page.locator("[data-live-pause]").click();
    await page.keyboard.press("ArrowRight");
    const after = journey.steps[quizStep.index + 1]!;
    await expect(ada.page.locator("[data-live-status]")).toContainText("Following paused");
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", quizStep.id);
    await ada.page.locator("[data-live-follow]").click();
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", after.id);

    // A reload keeps the session and the step.
    await ada.page.reload();
    await hydrated(ada.page);
    await expect(ada.page.locator("[data-live-status]")).toContainText("Following the instructor");
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", after.id);

    // Across a chapter: the instructor jumps to the first step of the next chapter.
    const chapter = journey.chapters.find((c) => c.firstStep > after.index)!;
    await page.keyboard.press("g");
    await page.keyboard.type(String(chapter.firstStep + 1));
    await page.keyboard.press("Enter");
    await expect(ada.page).toHaveURL(new RegExp(`/${chapter.id}#`));
    await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", journey.steps[chapter.firstStep]!.id);

    // The end: every learner is told, and keeps what they answered.
    await page.locator("[data-live-end]").click();
    await expect(ada.page.locator("[data-live-status]")).toContainText("The session has ended");
    await expect(bo.page.locator("[data-live-status]")).toContainText("The session has ended");
    await expect(page.locator("[data-live-start]")).toBeVisible();
    const kept = await ada.page.evaluate(() => localStorage.getItem("clickpath:learner"));
    expect(kept ?? "").toContain(quiz.id);
    await ada.context.close();
    await bo.context.close();
  });

  test("the audience view shows the code, a QR code of the join page and the room's guesses as heat on the map; a wrong code is refused plainly", async ({ page, watch, request }) => {
    // A step whose slide asks where the packet goes next.
    const hop = journey.steps.find((s) => journey.quizzes[s.quizzes[0] ?? ""]?.kind === "next-hop")!;
    const hopQuiz = journey.quizzes[hop.quizzes[0]!]!;
    await open(page, `${CONSOLE}#${hop.id}`);
    await page.locator("[data-live-start]").click();
    const code = (await page.locator("[data-live-code]").getAttribute("data-live-code"))!;
    const audience = await page.context().newPage();
    await open(audience, `/journeys/kareems-click/present#${hop.id}`);
    await expect(audience.locator("[data-room-code]")).toHaveText(`${code.slice(0, 3)}-${code.slice(3)}`);
    // Someone answers the first option as written: its node gets a badge with 1 on the room's map.
    await expect(page.locator("[data-live-people]")).toContainText("0 answered");
    const joined = (await (await request.post(`/api/live/${code}/join`, { data: { code } })).json()) as { participantId: string };
    const sent = await request.post(`/api/live/${code}/answer`, { data: { participantId: joined.participantId, quizId: hopQuiz.id, answer: { choices: [0] } } });
    expect(sent.status()).toBe(200);
    const first = hopQuiz.kind === "next-hop" ? hopQuiz.options[0]!.node : "";
    await expect(audience.locator(`[data-heat-node="${first}"]`)).toHaveAttribute("data-heat-count", "1");
    await expect(audience.locator("[data-room-guess]")).toContainText("1");
    const qr = await audience.request.get(`/api/live/${code}/qr`);
    expect(qr.status()).toBe(200);
    expect(qr.headers()["content-type"]).toContain("image/svg+xml");
    expect(await qr.text()).toContain("<svg");
    expect(await axeSerious(audience)).toEqual([]);
    await page.locator("[data-live-end]").click();
    await expect(audience.locator("[data-room-code]")).toHaveCount(0);

    await open(page, `/join/${code}`);
    await expect(page.getByLabel("Join code")).toHaveValue(code);
    expect(await axeSerious(page)).toEqual([]);
    await page.getByLabel("Join code").fill("ZZZZZZZ");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.locator("[data-join-problem]")).toContainText("no live session with that code");
    // The browser logs the refused join's 404 as a console error: that one is expected here.
    watch.problems = watch.problems.filter((p) => !/status of 404/.test(p));
  });

  test("the room's screen at 1920×1080 frames every step's lit nodes whole, labels of the nodes in play readable from the back", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await open(page, `/journeys/kareems-click/present#${journey.steps[0]!.id}`);
    const cut: string[] = [];
    let smallest = Infinity;
    for (const step of journey.steps) {
      await page.evaluate((id) => window.history.replaceState(null, "", `#${id}`), step.id);
      await page.evaluate(() => window.dispatchEvent(new HashChangeEvent("hashchange")));
      await expect(page.locator("[data-stage]")).toHaveAttribute("data-active-step", step.id);
      const seen = await page.evaluate(() => {
        const frame = document.querySelector("[data-stage] svg")!.closest("div")!.parentElement!.getBoundingClientRect();
        const out: string[] = [];
        for (const node of document.querySelectorAll("[data-stage] [data-node][data-active]")) {
          const box = node.querySelector("rect")!.getBoundingClientRect();
          if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) out.push(node.getAttribute("data-node")!);
        }
        return { out, label: document.querySelector("[data-stage] [data-node][data-active] text")?.getBoundingClientRect().height ?? 0 };
      });
      if (seen.out.length > 0) cut.push(`${step.id}: ${seen.out.join(", ")}`);
      smallest = Math.min(smallest, seen.label);
    }
    expect(cut, "lit nodes cut by the frame's edge").toEqual([]);
    // Labels are 15 map units: the room's screen zooms in where the route allows, and where it shows
    // most of the map the nodes in play grow until their labels are the room's size.
    expect(smallest).toBeGreaterThanOrEqual(ROOM_LABEL_PX - 0.5);
  });

  test("a learner whose network drops is told so, keeps an answer sent meanwhile, and lands on the instructor's step when it comes back", async ({ page, browser, baseURL }) => {
    await open(page, `${CONSOLE}#${quizStep.id}`);
    await page.locator("[data-live-start]").click();
    const code = (await page.locator("[data-live-code]").getAttribute("data-live-code"))!;
    const net = await network(Number(new URL(baseURL!).port));
    const ada = await learner(browser, net.url, code);
    try {
      await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", quizStep.id);
      await expect(ada.page.locator("[data-live-quiz]")).toHaveAttribute("data-live-quiz", quiz.id);

      // Cut off: the bar says so; an answer sent now is kept and goes out when the stream is back.
      await net.cut();
      await expect(ada.page.locator("[data-live-lost]")).toBeVisible();
      const form = ada.page.locator(`form[data-quiz="${quiz.id}"]`);
      await form.getByText(right, { exact: true }).click();
      await form.getByRole("button", { name: "Send my answer" }).click();
      await expect(page.locator("[data-live-people]")).toContainText("0 answered");
      await net.restore();
      await expect(ada.page.locator("[data-live-lost]")).toHaveCount(0, { timeout: 5_000 });
      await expect(page.locator("[data-live-people]")).toContainText("1 answered");

      // Cut off again while the instructor moves on twice: back online, the learner is on the current step.
      await net.cut();
      await expect(ada.page.locator("[data-live-lost]")).toBeVisible();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      const now = journey.steps[quizStep.index + 2]!;
      await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", quizStep.id);
      await net.restore();
      await expect(activeStep(ada.page)).toHaveAttribute("data-active-step", now.id, { timeout: 5_000 });
      await expect(ada.page.locator("[data-live-status]")).toContainText("Following the instructor");
    } finally {
      await ada.context.close();
      await net.close();
    }
  });
});
