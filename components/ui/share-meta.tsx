import type { Metadata } from "next";
import type { Share } from "@/app/_lib/share/pictures";
import { absolute } from "@/app/_lib/share/site";

/**
 * A page's link preview: Open Graph's title, line and picture, and Twitter's large card (which
 * reads the rest from Open Graph). React places these in the head. Written here rather than
 * through Next's `openGraph` metadata, which would write Twitter's title and line again: the
 * heaviest chapter's first round trip has no bytes for them.
 */
export function ShareMeta({ share }: { share: Share }) {
  return (
    <>
      <meta property="og:title" content={share.title} />
      <meta property="og:description" content={share.description} />
      <meta property="og:image" content={absolute(share.image)} />
      <meta name="twitter:card" content="summary_large_image" />
    </>
  );
}

/** The page's title and description for Next's metadata, from its preview (the same words). */
export function metadataOf(share: Share): Metadata {
  return { title: share.title, description: share.description };
}
