/**
 * What a page's HTML costs on the wire: the response's header block and its gzip body, as
 * `next start` sends them. The first round trip carries 10 TCP segments (14,600 bytes, the
 * initial congestion window Lighthouse's simulation uses); a document larger than that waits
 * for a second round trip before its first paint.
 */
import { request } from "node:http";

export const FIRST_WINDOW = 14_600;

export type Sent = { headers: number; body: number; total: number; headroom: number };

export function sentSize(url: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      // The status line and each header line, as HTTP/1.1 writes them, and the blank line after.
      let headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2) headers += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
      let body = 0;
      res.on("data", (chunk: Buffer) => (body += chunk.length));
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const total = headers + body;
        resolve({ headers, body, total, headroom: FIRST_WINDOW - total });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The page with the most HTML as it travels: the one that takes the most round trips. */
export async function heaviest(base: string, paths: string[]): Promise<string> {
  if (paths.length === 0) throw new Error("no pages to choose the heaviest from");
  const sizes = await Promise.all(paths.map(async (p) => ({ p, n: (await sentSize(base + p)).total })));
  return sizes.sort((a, b) => b.n - a.n)[0]!.p;
}

/**
 * The search index's line in the bench: what a reader downloads when search first opens (the
 * gzip body as sent, its headers), against the budget `tests/content/search.test.ts` holds it to.
 */
export function indexLine(url: string, s: Sent, budget: number): string {
  const verdict = s.body <= budget ? `${budget - s.body} B under` : `${s.body - budget} B OVER`;
  return `${"search index".padEnd(13)} ${url}: ${s.body} B gzip + ${s.headers} B of headers, fetched when search first opens (${verdict} its budget of ${budget} B)`;
}
