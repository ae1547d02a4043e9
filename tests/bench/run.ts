/**
 * `npm run bench`: builds, serves, and measures the reader beside its references, in one run so
 * the figures compare (this machine's speed drifts 2× from hour to hour):
 *
 * - Lighthouse 12 (mobile, simulated throttling; medians of --runs, runs interleaved across pages)
 *   for the bare Next page, a static scrollytelling page the bench serves itself (the heaviest
 *   chapter's words and map, plain HTML + CSS + a few hundred bytes of script), the journey's first
 *   page, its heaviest chapter page, its heaviest fork page, the heaviest architecture page, the
 *   presenter's audience view and a flow;
 * - scrolling every chapter page, a fork and a flow (and the reference) with the wheel at 4× CPU,
 *   at 1280×720 and 412×823: frames per second, p95 frame time, long tasks;
 * - a step change by key at 4× CPU: from the key to the next frame (Event Timing, as INP reads it).
 *
 * It prints each page's HTML as sent and what is left of the first round trip (sent.ts), the
 * search index as sent (what a reader downloads when search first opens), the figures, their
 * ratios to the references, and the targets of issue 13; it exits 1 when one is missed.
 * Options: --no-build (reuse .next), --runs N (Lighthouse runs per page, default 3), --skip
 * lighthouse,scroll,steps (leave parts out to iterate quickly).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { loadContent } from "@/app/_lib/content/load";
import type { JourneyData } from "@/app/_lib/content/types";
import type { WorkerStats } from "@/app/_lib/offline/plan";
import { chapterHref } from "@/app/_lib/journey/pages";
import { SEARCH_INDEX_BUDGET } from "@/app/_lib/search/build";
import { SEARCH_INDEX_HREF } from "@/app/_lib/search/hrefs";
import { scrollPages, stepChanges, type ScrollFigures, type StepFigures, type StepPress, type Viewport } from "./frames";
import { lighthouseRun, LH_FLAGS, type Lh } from "./lighthouse";
import { scrollytellingPage, serveReference } from "./reference";
import { heaviest, indexLine, sentSize } from "./sent";
import { median, round } from "./stats";

const ROOT = process.cwd();
const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const REF = `http://127.0.0.1:${PORT + 1}`;
const JOURNEY = "kareems-click";
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 3;
const SKIP = new Set(args.includes("--skip") ? (args[args.indexOf("--skip") + 1] ?? "").split(",") : []);
const CHROME = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
const VIEWPORTS: Viewport[] = [
  { width: 1280, height: 720 },
  { width: 412, height: 823 },
];

/** The pages measured: references first, then the reader's. */
type Pages = { bare: string; scrolly: string; journey: string; chapter: string; fork: string; architecture: string; presenter: string; flow: string };
const REFERENCES = ["bare", "scrolly"] as const;
const READER = ["journey", "chapter", "fork", "architecture", "presenter", "flow"] as const;

async function main() {
  if (!CHROME) throw new Error("No Chromium: apt-get install -y chromium, or set CHROME_PATH");
  process.env.TMPDIR = join(ROOT, ".tmp", "chromium");
  mkdirSync(process.env.TMPDIR, { recursive: true });
  const content = loadContent({ root: join(ROOT, "journeys") });
  if (content.problems.length > 0) throw new Error("the content has problems: run npm run check:content");
  const journey = content.journeys.find((j) => j.slug === JOURNEY);
  if (!journey) throw new Error(`no journey '${JOURNEY}'`);
  if (!args.includes("--no-build")) run("npm", ["run", "build"]);

  const server = await serve();
  let reference: Awaited<ReturnType<typeof serveReference>> | undefined;
  try {
    const chapters = journey.chapters.map((c) => chapterHref(journey.slug, journey.chapters, c.id));
    const chapter = await heaviest(BASE, chapters.slice(1));
    const flows = content.journeys.filter((j) => j.kind === "flow");
    const flow = await heaviest(BASE, flows.map((f) => `/journeys/${f.slug}`));
    const pages: Pages = {
      bare: BASE + "/bench/bare",
      scrolly: REF + "/scrolly",
      journey: BASE + chapters[0],
      chapter: BASE + chapter,
      fork: BASE + (await heaviest(BASE, journey.forks.map((f) => `/journeys/${journey.slug}/what-if/${f.id}`))),
      architecture: BASE + (await heaviest(BASE, content.architectures.map((a) => `/architectures/${a.id}`))),
      presenter: BASE + `/journeys/${journey.slug}/present`,
      flow: BASE + flow,
    };
    reference = await serveReference(scrollytellingPage(await html(chapter), stepPaths(journey)), PORT + 1);
    for (const [name, url] of Object.entries(pages)) {
      const s = await sentSize(url);
      console.log(`${name.padEnd(13)} ${url}: HTML ${s.body} B gzip + ${s.headers} B of headers, ${Math.abs(s.headroom)} B ${s.headroom >= 0 ? "to spare in" : "over"} the first round trip`);
    }
    console.log(indexLine(BASE + SEARCH_INDEX_HREF, await sentSize(BASE + SEARCH_INDEX_HREF), SEARCH_INDEX_BUDGET));

    const lh = SKIP.has("lighthouse") ? undefined : await lighthouseAll(pages);
    const browser = await chromium.launch({ executablePath: CHROME, args: LH_FLAGS.filter((f) => f !== "--headless=new") });
    try {
      const scrolled = [...chapters.map((c) => BASE + c), pages.fork, pages.flow];
      const scroll = SKIP.has("scroll") ? undefined : await scrollAll(browser, scrolled, pages.scrolly);
      const steps = SKIP.has("steps") ? undefined : await stepFigures(browser, pages, journey, flows.find((f) => `/journeys/${f.slug}` === flow));
      report(lh, scroll, steps);
    } finally {
      await browser.close();
    }
  } finally {
    reference?.close();
    stop(server);
  }
}

type Scrolled = { viewport: Viewport; reader: ScrollFigures; reference: ScrollFigures }[];

async function scrollAll(browser: Browser, urls: string[], reference: string): Promise<Scrolled> {
  const out: Scrolled = [];
  for (const viewport of VIEWPORTS) {
    out.push({ viewport, reader: await scrollPages(browser, urls, viewport), reference: await scrollPages(browser, [reference], viewport) });
    console.log(`scrolled ${urls.length} pages at ${viewport.width}×${viewport.height}`);
  }
  return out;
}

/** Each step's nodes by step id, for the reference page's trigger to light. */
function stepPaths(journey: JourneyData): Record<string, string> {
  return Object.fromEntries(journey.steps.map((s) => [s.id, [...new Set([...s.path, ...(s.focus ?? [])])].join(" ")]));
}

async function lighthouseAll(pages: Pages): Promise<Record<keyof Pages, Lh>> {
  // Runs alternate between the pages, so a slow spell on this noisy machine hits all alike.
  const all = Object.fromEntries(Object.keys(pages).map((name) => [name, [] as Lh[]])) as Record<keyof Pages, Lh[]>;
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of Object.entries(pages) as [keyof Pages, string][]) all[name].push(await lighthouseRun(url, CHROME!));
    console.log(`Lighthouse run ${i + 1} of ${RUNS} done`);
  }
  const out = {} as Record<keyof Pages, Lh>;
  for (const [name, runs] of Object.entries(all) as [keyof Pages, Lh[]][]) {
    const pick = (f: (r: Lh) => number) => median(runs.map(f));
    out[name] = { score: pick((r) => r.score), lcp: pick((r) => r.lcp), tbt: pick((r) => r.tbt), cls: pick((r) => r.cls), jsKiB: pick((r) => r.jsKiB) };
    console.log(`  ${name.padEnd(13)} ${runs.map((r) => `perf ${r.score}, LCP ${r.lcp}, TBT ${r.tbt}, JS ${r.jsKiB}`).join(" | ")}`);
  }
  return out;
}

type Steps = { page: string; viewport: Viewport; figures: StepFigures }[];

async function stepFigures(browser: Browser, pages: Pages, journey: JourneyData, flow: JourneyData | undefined): Promise<Steps> {
  const stepper: Omit<StepPress, "step"> = { focus: '[data-stepper] button:has-text("Next step")', key: "Enter" };
  const onStage: StepPress["step"] = ["[data-stage]", "data-active-step"];
  const chapterSteps = journey.chapters.find((c) => pages.chapter.endsWith(`/${c.id}`))?.stepCount ?? 2;
  const runs: [string, string, Viewport, StepPress, number][] = [
    ["chapter", pages.chapter, VIEWPORTS[0]!, { ...stepper, step: onStage }, chapterSteps - 1],
    ["chapter", pages.chapter, VIEWPORTS[1]!, { ...stepper, step: onStage }, chapterSteps - 1],
    ["flow", pages.flow, VIEWPORTS[0]!, { ...stepper, step: onStage }, (flow?.chapters[0]?.stepCount ?? 2) - 1],
    ["presenter", pages.presenter, VIEWPORTS[0]!, { key: "ArrowRight", step: ["[data-present]", "data-step-index"] }, 8],
  ];
  const out: Steps = [];
  for (const [page, url, viewport, press, n] of runs) out.push({ page, viewport, figures: await stepChanges(browser, url, viewport, press, Math.min(8, n)) });
  return out;
}

function report(lh: Record<keyof Pages, Lh> | undefined, scroll: Scrolled | undefined, steps: Steps | undefined) {
  const checks: [string, boolean][] = [];
  const check = (label: string, ok: boolean) => checks.push([label, ok]);
  if (lh) {
    const cols = [...REFERENCES, ...READER];
    const row = (label: string, cells: (string | number)[]) => `| ${label.padEnd(20)} |${cells.map((c) => ` ${String(c).padStart(12)} |`).join("")}`;
    console.log(`\nLighthouse 12, mobile, median of ${RUNS}`);
    console.log(row("", cols));
    console.log(`|${"-".repeat(22)}|${"--------------|".repeat(cols.length)}`);
    console.log(row("performance", cols.map((c) => lh[c].score)));
    console.log(row("LCP (ms)", cols.map((c) => lh[c].lcp)));
    console.log(row("LCP − bare (ms)", cols.map((c) => lh[c].lcp - lh.bare.lcp)));
    console.log(row("LCP ÷ scrolly", cols.map((c) => round(lh[c].lcp / lh.scrolly.lcp, 2))));
    console.log(row("TBT (ms)", cols.map((c) => lh[c].tbt)));
    console.log(row("TBT − bare (ms)", cols.map((c) => lh[c].tbt - lh.bare.tbt)));
    console.log(row("CLS", cols.map((c) => lh[c].cls)));
    console.log(row("JS, gzip (KiB)", cols.map((c) => lh[c].jsKiB)));
    console.log(row("JS − bare (KiB)", cols.map((c) => round(lh[c].jsKiB - lh.bare.jsKiB, 1))));
    for (const c of READER) {
      const p = lh[c];
      check(`${c}: LCP ${p.lcp} ≤ bare ${lh.bare.lcp} + 150 and ≤ scrolly ${lh.scrolly.lcp}`, p.lcp <= lh.bare.lcp + 150 && p.lcp <= lh.scrolly.lcp);
      check(`${c}: TBT ${p.tbt} ≤ bare ${lh.bare.tbt} + 50`, p.tbt <= lh.bare.tbt + 50);
      check(`${c}: JS ${p.jsKiB} KiB ≤ bare ${lh.bare.jsKiB} + 40`, p.jsKiB <= lh.bare.jsKiB + 40);
      check(`${c}: CLS ${p.cls} = 0`, p.cls === 0);
    }
  }
  if (scroll) {
    console.log("\nScrolling with the wheel (100 px every 32 ms) at 4× CPU");
    console.log("| viewport | pages | fps, median | fps, worst page | p95 frame (ms) | long tasks | longest (ms) |");
    console.log("|---|---|---|---|---|---|---|");
    for (const { viewport, reader, reference } of scroll) {
      for (const [name, s] of [["reader", reader], ["scrolly reference", reference]] as const) {
        console.log(`| ${viewport.width}×${viewport.height} ${name} | ${s.pages} | ${s.fpsMedian} | ${s.fpsWorst} (${s.worstPage}) | ${s.p95Frame} | ${s.longTasks} | ${s.longestTask} |`);
      }
      if (reader.janky.length > 0) console.log(`  long tasks at ${viewport.width}×${viewport.height}: ${reader.janky.join(", ")}`);
      const v = `${viewport.width}×${viewport.height}`;
      check(`scroll ${v}: fps median ${reader.fpsMedian} ≥ 58`, reader.fpsMedian >= 58);
      check(`scroll ${v}: ${reader.longTasks} long tasks (0)`, reader.longTasks === 0);
      check(`scroll ${v}: p95 frame ${reader.p95Frame} ms ≤ 20`, reader.p95Frame <= 20);
    }
  }
  if (steps) {
    console.log("\nA step change by key at 4× CPU: key to next frame (Event Timing)");
    for (const { page, viewport, figures } of steps) {
      const v = `${viewport.width}×${viewport.height}`;
      console.log(`  ${page.padEnd(10)} ${v.padEnd(9)} ${figures.presses} presses: median ${figures.median} ms, worst ${figures.worst} ms`);
      check(`step change, ${page} ${v}: worst ${figures.worst} ms ≤ 100`, figures.worst <= 100);
    }
  }
  const worker = join(ROOT, ".next", "service-worker.json");
  if (existsSync(worker)) {
    const w = JSON.parse(readFileSync(worker, "utf8")) as WorkerStats;
    const kib = (n: number) => `${round(n / 1024, 1)} KiB`;
    console.log("\nThe service worker, measured apart (the pages above are measured without it: it installs after a page has loaded)");
    console.log(`  sw.js ${kib(w.workerBytes)} gzip; precaches ${w.precached} of ${w.chunks} chunks, ${kib(w.precacheBytes)} gzip; opening ${JOURNEY} keeps ${w.keptUrls[JOURNEY] ?? 0} pages and files`);
  }
  console.log("\nTargets (issue 13):");
  for (const [label, ok] of checks) console.log(`  ${ok ? "met   " : "MISSED"}  ${label}`);
  const out = join(ROOT, "tests", "bench", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), JSON.stringify({ at: new Date().toISOString(), lighthouse: lh, scroll, steps }, null, 2));
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

async function html(path: string): Promise<string> {
  const res = await fetch(BASE + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}

function run(cmd: string, argv: string[]) {
  const r = spawnSync(cmd, argv, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

async function serve(): Promise<ChildProcess> {
  // Its own process group, so stopping it also stops next-server.
  const child = spawn("npx", ["next", "start", "-p", String(PORT)], { detached: true, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE + "/bench/bare")).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop(child);
  throw new Error("next start did not answer within 60 s");
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
