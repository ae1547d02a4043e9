/**
 * `npm run build`'s step after paint-first: builds the service worker (app/_lib/offline/worker.ts)
 * into `public/sw.js` with what it needs to know of this build: its id (the run-time caches'
 * names), Next's chunks to precache (all but the few too large to keep on a phone for a view
 * that is not read offline: the 3D view's library) and each journey's URLs to keep.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { loadContent } from "../content/load";
import { journeyUrls, type WorkerStats } from "../offline/plan";

const CHUNKS = ".next/static/chunks";
/** A chunk larger than this (gzip) is left to the network. */
const LARGEST = 150 * 1024;

const id = fs.readFileSync(".next/BUILD_ID", "utf8").trim();
const chunks = fs.readdirSync(CHUNKS).filter((name) => /\.(js|css)$/.test(name));
const left: string[] = [];
let precacheBytes = 0;
const precache = chunks.flatMap((name) => {
  const size = gzipSync(fs.readFileSync(path.join(CHUNKS, name))).length;
  if (size > LARGEST) left.push(`${name} (${Math.round(size / 1024)} KiB)`);
  else precacheBytes += size;
  return size > LARGEST ? [] : [`/_next/static/chunks/${name}`];
});
const content = loadContent({ root: path.join(process.cwd(), "journeys") });
/** Kept with every journey: the home page, the learner's own pages (their data is in the browser) and the search index. */
const always = ["/", "/deck", "/progress", "/search.json"];
const journeys = Object.fromEntries(content.journeys.map((j) => [j.slug, [...always, ...journeyUrls(j)]]));

const out = buildSync({
  entryPoints: ["app/_lib/offline/worker.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  write: false,
  define: { BUILD: JSON.stringify(id), PRECACHE: JSON.stringify(precache), JOURNEYS: JSON.stringify(journeys) },
  logLevel: "warning",
});
fs.writeFileSync("public/sw.js", out.outputFiles[0]!.text);
const workerBytes = gzipSync(out.outputFiles[0]!.contents).length;
const stats: WorkerStats = { workerBytes, precacheBytes, precached: precache.length, chunks: chunks.length, keptUrls: Object.fromEntries(Object.entries(journeys).map(([slug, urls]) => [slug, urls.length])) };
fs.writeFileSync(".next/service-worker.json", JSON.stringify(stats));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `service worker: public/sw.js, ${kb(workerBytes)} gzip; precaches ${precache.length} of ${chunks.length} chunks (${kb(precacheBytes)} gzip)` +
    `${left.length ? ` (left to the network: ${left.join(", ")})` : ""}; keeps ${Object.keys(journeys).length} journeys on open`,
);
