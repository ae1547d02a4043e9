import { SITE_LINE, SITE_TITLE } from "@/app/_lib/share/pictures";
import { ICONS } from "@/app/_lib/share/icons";

/**
 * The web app manifest, which makes the site installable. A route rather than `app/manifest.ts`:
 * that file would add its link to every page's HTML, and the heaviest chapter's first round trip
 * has no bytes for it; the link is added once a page has loaded (`OfflineKeeper`), which is when
 * a browser decides whether to offer the install.
 */
export const dynamic = "force-static";

export function GET() {
  const manifest = {
    name: `${SITE_TITLE}: guided journeys through real systems`,
    short_name: SITE_TITLE,
    description: SITE_LINE,
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#0f172a",
    theme_color: "#0f172a",
    icons: ICONS.map((i) => ({ src: i.href, sizes: `${i.size}x${i.size}`, type: "image/png", purpose: i.maskable ? "maskable" : "any" })),
  };
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json" } });
}

