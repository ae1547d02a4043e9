import type { Metadata } from "next";
import { JoinPage } from "@/components/live/join-page";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Join a live session", "Follow an instructor's journey on your own device.");

export const metadata: Metadata = {
  ...metadataOf(share),
  robots: { index: false },
};

/** The join page with the code filled in (what the room's QR code opens). */
export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <>
      <ShareMeta share={share} />
      <JoinPage code={decodeURIComponent(code).slice(0, 32)} />
    </>
  );
}
