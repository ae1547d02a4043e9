/**
 * The bench's static scrollytelling reference: the same chapter as a plain HTML + CSS page with
 * a sticky stage and a few KiB of scroll-trigger script (the scrollama pattern), served by a tiny
 * server of its own. It takes the chapter's narration and its map's SVG from the reader's own
 * server HTML, so both pages carry the same words and the same picture; only the machinery differs.
 */
import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,sans-serif;background:#0b1220;color:#e2e8f0}
header{padding:.8rem 1.2rem;border-bottom:1px solid #1e293b;font-weight:700}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:2rem;padding:0 1.2rem}
.stage{position:sticky;top:0;height:100vh;display:flex;align-items:center}
.stage svg{width:100%;height:auto;max-height:90vh}
.stage [data-node]{transition:opacity .3s}
.stage [data-node]:not(.on){opacity:.6}
.stage rect{fill:#111a2e;stroke:#94a3b8;stroke-width:2}
.stage .on rect{fill:#1e3a5f;stroke:#38bdf8;stroke-width:3}
.stage text{fill:#e2e8f0;font-size:15px}
.stage line{stroke:#334155;stroke-width:2}
article{padding:30vh 0 60vh}
[data-step]{margin:0 0 45vh;padding:1rem 1.2rem;border-left:4px solid #334155;background:#111a2e;border-radius:8px}
[data-step].on{border-color:#38bdf8}
a{color:#7dd3fc}
@media (max-width:799px){main{grid-template-columns:1fr}.stage{height:40vh;top:0;z-index:1;background:#0b1220}}
`;

/** The scroll trigger: an IntersectionObserver on a band across the viewport lights the step's nodes. */
const SCRIPT = `(() => {
  const steps = [...document.querySelectorAll("[data-step]")];
  const nodes = new Map([...document.querySelectorAll(".stage [data-node]")].map((n) => [n.getAttribute("data-node"), n]));
  let current = null;
  const show = (step) => {
    if (step === current) return;
    current?.classList.remove("on");
    step.classList.add("on");
    current = step;
    const lit = new Set((step.getAttribute("data-path") || "").split(" "));
    for (const [id, n] of nodes) n.classList.toggle("on", lit.has(id));
  };
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) show(e.target);
  }, { rootMargin: "-45% 0px -45% 0px" });
  for (const s of steps) io.observe(s);
})();`;

/** The reference page for a chapter page's server HTML. */
export function scrollytellingPage(readerHtml: string, paths: Record<string, string>): string {
  const article = between(readerHtml, "<article", "</article>");
  // The map's SVG is the picture labelled "System map" (its class is a CSS Module's, hashed).
  const svg = between(readerHtml, "<svg", "</svg>", 'aria-label="System map');
  // Steps keep their text; the reader's attributes go, the trigger's path comes in.
  const narration = article.replace(/<section([^>]*)id="([^"]+)"([^>]*)data-step[^>]*>/g, (_m, _a, id: string) => `<section id="${id}" data-step data-path="${paths[id] ?? ""}">`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Scrollytelling reference</title><style>${CSS}</style></head><body><header>Scrollytelling reference</header><main><div class="stage">${svg}</div>${narration}</main><script src="/scroll.js" defer></script></body></html>`;
}

/** From `start` to the first `end` after it; with `mark`, the last `start` before the mark. */
function between(html: string, start: string, end: string, mark?: string): string {
  const at = mark === undefined ? 0 : html.indexOf(mark);
  const from = at < 0 ? -1 : mark === undefined ? html.indexOf(start) : html.lastIndexOf(start, at);
  const to = html.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`the reader's HTML has no ${start}…${end}: the reference page cannot be made`);
  return html.slice(from, to + end.length);
}

/** Serves `/scrolly` (the page) and `/scroll.js` (its script), gzipped like next start does. */
export function serveReference(page: string, port: number): Promise<Server> {
  const files: Record<string, [string, Buffer]> = {
    "/scrolly": ["text/html; charset=utf-8", gzipSync(page)],
    "/scroll.js": ["text/javascript; charset=utf-8", gzipSync(SCRIPT)],
  };
  const server = createServer((req, res) => {
    const file = files[(req.url ?? "").split("?")[0]!];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file[0], "content-encoding": "gzip", "cache-control": "no-store" }).end(file[1]);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
