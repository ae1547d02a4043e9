/**
 * `npm run build`'s step before `next build` (and `npm run dev`'s): writes what site search
 * finds to `public/search.json`, which the search panel fetches when it first opens.
 *
 * A file rather than a route handler (as `/journeys/<slug>/view.json` is) because `next start`
 * compresses pages and files but never a route handler's response (vercel/next.js#98007), and
 * refuses a handler's own `Content-Encoding`: as a route the index travelled as 197 KB, as a
 * file it travels gzipped, about a quarter of that.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadContent } from "../content/load";
import { formatProblem } from "../content/problems";
import { SEARCH_INDEX_HREF } from "./hrefs";
import { buildSearchDocs, encodeIndex, SEARCH_INDEX_BUDGET } from "./build";

const content = loadContent({ root: join(process.cwd(), "journeys") });
if (content.problems.length > 0) {
  for (const p of content.problems) console.error(formatProblem(p));
  process.exit(1);
}
const docs = buildSearchDocs(content);
const { json, gzipBytes } = encodeIndex(docs);
const out = join(process.cwd(), "public", SEARCH_INDEX_HREF);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
console.log(`search index: ${docs.length} documents, ${json.length} bytes, ${gzipBytes} gzip (budget ${SEARCH_INDEX_BUDGET}) in public${SEARCH_INDEX_HREF}`);
if (gzipBytes > SEARCH_INDEX_BUDGET) {
  console.error(`the search index is over its budget by ${gzipBytes - SEARCH_INDEX_BUDGET} bytes gzip: make its documents leaner (app/_lib/search/documents.ts)`);
  process.exit(1);
}
