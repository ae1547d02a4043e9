/**
 * The site's public address, for what must be absolute: a link preview's picture, the sitemap,
 * robots.txt. Set `SITE_URL` when building for a real host (`SITE_URL=https://learn.example.com`);
 * without it, the address `next start` serves on this machine.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || `http://localhost:${env.PORT || 3000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an address (write it whole, like https://learn.example.com)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL: "${raw}" must start with https:// or http://`);
  return url.href.replace(/\/$/, "");
}

/** `path` (from `/`) on the site's public address. */
export function absolute(path: string, env?: Record<string, string | undefined>): string {
  return `${siteUrl(env)}${path}`;
}
