import type { MetadataRoute } from "next";
import { absolute } from "@/app/_lib/share/site";

/** Everything may be read, but not the live classroom's API or a learner's own pages; the sitemap says what there is. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", disallow: ["/api/", "/deck", "/progress", "/join"] },
    sitemap: absolute("/sitemap.xml"),
  };
}
