/**
 * What a reader feels, measured in Chromium with the CPU throttled 4×: frames and long tasks
 * while scrolling a page with the wheel, and how long a step change takes to reach the screen.
 */
import type { Browser, Page } from "@playwright/test";
import { median, percentile, round } from "./stats";

export type Viewport = { width: number; height: number };
export type ScrollFigures = { pages: number; fpsMedian: number; fpsWorst: number; p95Frame: number; longTasks: number; longestTask: number; worstPage: string; /** Pages that had long tasks: path, how many, the longest. */ janky: string[] };
export type StepFigures = { presses: number; median: number; worst: number };

type Recorded = { frames: number[]; long: number[]; ms: number };
type BenchWindow = Window & { __bench: { long: { start: number; dur: number }[]; frames: number[]; recording: boolean; events: Map<number, number> } };

/** Long tasks, frames (while recording) and interactions (Event Timing), from the page's first moment. */
function instrument() {
  const w = window as unknown as BenchWindow;
  w.__bench = { long: [], frames: [], recording: false, events: new Map() };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.long.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    // interactionId is newer than TypeScript's DOM types.
    for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (!e.interactionId) continue;
      w.__bench.events.set(e.interactionId, Math.max(w.__bench.events.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  const tick = (t: number) => {
    if (w.__bench.recording) w.__bench.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function openThrottled(browser: Browser, url: string, viewport: Viewport): Promise<Page> {
  // Without the service worker (its background keeping is measured apart, see run.ts).
  const page = await browser.newPage({ viewport, serviceWorkers: "block" });
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: "networkidle" });
  // Idle work (the learner store, deferred chunks) is over before the reader starts.
  await page.waitForTimeout(1200);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return page;
}

/** Scrolls the page to its end in wheel steps of 100 px every 32 ms, recording frames and long tasks. */
async function scrollOnce(page: Page): Promise<Recorded> {
  await page.mouse.move(Math.round((page.viewportSize()?.width ?? 800) * 0.75), 300);
  const start = await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.frames = [];
    b.recording = true;
    return performance.now();
  });
  for (let i = 0; i < 3000; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(32);
    if (i % 8 === 7 && (await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2))) break;
  }
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const b = (window as unknown as BenchWindow).__bench;
    b.recording = false;
    const deltas = b.frames.slice(1).map((t, i) => t - b.frames[i]!);
    return { frames: deltas, long: b.long.filter((l) => l.start >= from).map((l) => l.dur), ms: performance.now() - from };
  }, start);
}

export async function scrollPages(browser: Browser, urls: readonly string[], viewport: Viewport): Promise<ScrollFigures> {
  const fps: { url: string; fps: number }[] = [];
  const frames: number[] = [];
  const long: number[] = [];
  const janky: string[] = [];
  for (const url of urls) {
    const page = await openThrottled(browser, url, viewport);
    try {
      const r = await scrollOnce(page);
      // Frames per second while the page scrolled: frames shown over the time they took.
      fps.push({ url, fps: (r.frames.length * 1000) / Math.max(1, r.frames.reduce((a, b) => a + b, 0)) });
      frames.push(...r.frames);
      long.push(...r.long);
      if (r.long.length > 0) janky.push(`${new URL(url).pathname} ${r.long.length}× (${Math.round(Math.max(...r.long))} ms)`);
    } finally {
      await page.close();
    }
  }
  const worst = [...fps].sort((a, b) => a.fps - b.fps)[0];
  return {
    pages: urls.length,
    fpsMedian: round(median(fps.map((f) => f.fps)), 1),
    fpsWorst: round(worst?.fps ?? NaN, 1),
    worstPage: new URL(worst?.url ?? "http://x/").pathname,
    p95Frame: round(percentile(frames, 95), 1),
    longTasks: long.length,
    longestTask: Math.round(Math.max(0, ...long)),
    janky,
  };
}

/**
 * Changes the step `presses` times by key (each press a new interaction) and reads, from Event
 * Timing, how long each took from the key to the next frame painted (what INP measures).
 */
export type StepPress = { key: string; focus?: string; /** Where the page says which step is on (an attribute of this selector). */ step: [selector: string, attribute: string] };

export async function stepChanges(browser: Browser, url: string, viewport: Viewport, press: StepPress, presses = 8): Promise<StepFigures> {
  const page = await openThrottled(browser, url, viewport);
  try {
    if (press.focus) await page.locator(press.focus).focus();
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.events.clear());
    const onStage = () => page.locator(press.step[0]).first().getAttribute(press.step[1]);
    const seen = new Set([await onStage()]);
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(press.key);
      await page.waitForTimeout(900);
      seen.add(await onStage());
    }
    if (seen.size < presses + 1) throw new Error(`"${press.key}" on ${url} showed ${seen.size - 1} new steps for ${presses} presses`);
    const durations = await page.evaluate(() => [...(window as unknown as BenchWindow).__bench.events.values()]);
    if (durations.length === 0) throw new Error(`no interaction was timed on ${url}: did "${press.key}" change the step?`);
    // Event Timing leaves out interactions under 16 ms; they count as fast ones.
    const all = [...durations, ...Array<number>(Math.max(0, presses - durations.length)).fill(0)];
    return { presses, median: Math.round(median(all)), worst: Math.round(Math.max(...all)) };
  } finally {
    await page.close();
  }
}
