/**
 * `npm run build`'s last step: rewrites every prerendered page under `.next/server` (the
 * build's pages and the route cache `next start` serves them from) so its words paint before
 * any script is requested and with one stylesheet (see paint-first.ts). The bench's bare Next page is left as Next
 * wrote it, since it is the reference the reader is measured against.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { paintFirst } from "./paint-first";

const ROOTS = [".next/server/app", ".next/server/route-cache"];
const STATIC = ".next/static/";

/** Payload scripts go beside Next's chunks, named by their content, so they cache for good. */
const PAYLOAD_DIR = "paint-first";
function storeScript(js: string): string {
  const name = `${createHash("sha256").update(js).digest("hex").slice(0, 16)}.js`;
  fs.mkdirSync(path.join(STATIC, PAYLOAD_DIR), { recursive: true });
  fs.writeFileSync(path.join(STATIC, PAYLOAD_DIR, name), js);
  return `/_next/static/${PAYLOAD_DIR}/${name}`;
}
/**
 * A page's stylesheets joined, in order, beside the payloads, named by their content. Pages of
 * one kind share their set, so each set is read and written once.
 */
const joined = new Map<string, string>();
function joinStyles(hrefs: readonly string[]): string {
  const key = hrefs.join(" ");
  const known = joined.get(key);
  if (known) return known;
  const css = hrefs
    .map((href) => {
      if (!href.startsWith("/_next/static/")) throw new Error(`a stylesheet outside Next's static files: ${href}`);
      return fs.readFileSync(path.join(STATIC, href.slice("/_next/static/".length)), "utf8");
    })
    .join("\n");
  const name = `${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  fs.mkdirSync(path.join(STATIC, PAYLOAD_DIR), { recursive: true });
  fs.writeFileSync(path.join(STATIC, PAYLOAD_DIR, name), css);
  const url = `/_next/static/${PAYLOAD_DIR}/${name}`;
  joined.set(key, url);
  return url;
}
const REFERENCE = `${path.sep}bench${path.sep}bare.html`;

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => path.join(dir, name));
}

const files = ROOTS.flatMap(htmlFiles);
if (files.length === 0) {
  console.error("paint-first: no prerendered pages under .next/server; run `next build` first");
  process.exit(1);
}

let rewritten = 0;
const left = new Map<string, number>();
for (const file of files) {
  if (file.endsWith(REFERENCE)) {
    left.set("bench reference", (left.get("bench reference") ?? 0) + 1);
    continue;
  }
  let result: ReturnType<typeof paintFirst>;
  try {
    result = paintFirst(fs.readFileSync(file, "utf8"), file, { storeScript, joinStyles });
  } catch (error) {
    // A page Next wrote in a shape this step does not know: say which, and stop the build.
    console.error(`paint-first: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (result.kind === "rewritten") {
    fs.writeFileSync(file, result.html);
    rewritten += 1;
  } else {
    left.set(result.reason, (left.get(result.reason) ?? 0) + 1);
  }
}
const rest = [...left].map(([reason, n]) => `${n} ${reason}`).join(", ");
console.log(`paint-first: ${rewritten} pages now paint before their scripts load${rest ? ` (left as they were: ${rest})` : ""}`);
