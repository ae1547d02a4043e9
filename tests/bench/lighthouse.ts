/** One Lighthouse run (mobile, simulated throttling: Lighthouse 12's defaults) on a page. */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { round } from "./stats";

export type Lh = { score: number; lcp: number; tbt: number; cls: number; jsKiB: number };

export const LH_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function lighthouseRun(url: string, chromePath: string): Promise<Lh> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LH_FLAGS });
  try {
    // The page as loaded, without the service worker it installs after load (its script and the
    // chunks it keeps for offline reading would be counted as the page's): the bench prints those apart.
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], blockedUrlPatterns: ["*/sw.js"] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const items = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
    const js = items.filter((r) => r.resourceType === "Script").reduce((n, r) => n + (r.transferSize ?? 0), 0);
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
      tbt: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
      cls: round(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN, 3),
      jsKiB: round(js / 1024, 1),
    };
  } finally {
    chrome.kill();
  }
}
