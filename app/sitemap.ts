import type { MetadataRoute } from "next";
import { getContent } from "@/app/_lib/content/content.server";
import { siteOf } from "@/app/_lib/content/links";
import { absolute } from "@/app/_lib/share/site";

/** Pages a search engine should not list: one learner's own (deck, progress) and the presenter's. */
const PRIVATE = /^\/(deck|progress)$|\/present(\/console)?$/;

/** Every page a reader could arrive at from a search: the same list the link checker knows. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [...siteOf(getContent(), () => false).pages.keys()].filter((p) => !PRIVATE.test(p)).sort();
  return pages.map((path) => ({ url: absolute(path) }));
}
