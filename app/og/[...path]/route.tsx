import { ImageResponse } from "next/og";
import { getContent } from "@/app/_lib/content/content.server";
import { PICTURE } from "@/app/_lib/share/picture-layout";
import { sharePictures, type SharePicture } from "@/app/_lib/share/pictures";
import { SharePictureArt } from "@/components/share/share-picture";

/** Each page's link-preview picture (1200 × 630 PNG), drawn once at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ path: string[] }> };

let pictures: Map<string, SharePicture> | undefined;
function all(): Map<string, SharePicture> {
  pictures ??= sharePictures(getContent());
  return pictures;
}

export function generateStaticParams() {
  return [...all().keys()].map((href) => ({ path: href.split("/").slice(2) }));
}

export async function GET(_request: Request, { params }: Params) {
  const picture = all().get(`/og/${(await params).path.join("/")}`);
  if (!picture) return new Response("No such picture", { status: 404 });
  return new ImageResponse(<SharePictureArt picture={picture} />, PICTURE);
}
