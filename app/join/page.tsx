import type { Metadata } from "next";
import { JoinPage } from "@/components/live/join-page";
import { shareOf } from "@/app/_lib/share/pictures";
import { metadataOf, ShareMeta } from "@/components/ui/share-meta";

const share = shareOf("Join a live session", "Follow an instructor's journey on your own device: type the code shown on the room's screen.");

export const metadata: Metadata = {
  ...metadataOf(share),
  robots: { index: false },
};

export default function Page() {
  return (
    <>
      <ShareMeta share={share} />
      <JoinPage />
    </>
  );
}
