import type { NextConfig } from "next";

const dev = process.env.NODE_ENV !== "production";

/**
 * Content-Security-Policy. Pages are statically generated, and static HTML cannot carry a
 * per-request nonce, so Next's inline hydration scripts need 'unsafe-inline' in script-src.
 * That is the trade-off we accept for static pages; 'unsafe-eval' stays out of production
 * because MDX is evaluated on the server only. (Dev mode's React refresh needs eval.)
 * Fetch directives that would only repeat default-src (font-src, connect-src, …) are left to
 * it: every page sends this header, and a page's first round trip has no bytes to spare.
 */
/**
 * Who may frame a page: nobody, except the embeds (`/embed/…`), which docs sites put in an
 * iframe. `EMBED_ANCESTORS` narrows those to named sites (`EMBED_ANCESTORS="https://docs.example.com"`);
 * without it, any site may embed them.
 */
const embedAncestors = process.env.EMBED_ANCESTORS?.trim() || "*";
if (/[;,\r\n]/.test(embedAncestors)) throw new Error(`EMBED_ANCESTORS: "${embedAncestors}" must be sources separated by spaces (like "https://docs.example.com 'self'"), with no ; or ,`);

const csp = (frameAncestors: string) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join("; ");

/**
 * Headers that govern a document: what it may load, embed, share and use. Framing is refused by
 * the policy's frame-ancestors, which every browser that reads CSP applies in place of the older
 * X-Frame-Options; that header is not sent as well (a page's first round trip has no bytes to spare).
 */
const documentHeaders = (frameAncestors: string) => [
  { key: "Content-Security-Policy", value: csp(frameAncestors) },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** Headers every response needs, scripts and styles included. */
const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // HTTPS only, for two years, once a browser has seen the site over HTTPS (browsers ignore it
  // over plain HTTP, so `next dev` and a local `next start` are unaffected).
  ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      // Next's hashed chunks are scripts and styles, never documents: the document headers would
      // add some 400 bytes to each of the dozen a page loads, and govern nothing there.
      { source: "/((?!_next/static/|embed/).*)", headers: documentHeaders("'none'") },
      { source: "/embed/:path*", headers: documentHeaders(embedAncestors) },
    ];
  },
};

export default nextConfig;
