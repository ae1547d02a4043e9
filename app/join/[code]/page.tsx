import type { Metadata } from "next";
import { JoinPage } from "@/components/live/join-page";

export const metadata: Metadata = {
  title: "Join a live session",
  description: "Follow an instructor's journey on your own device.",
  robots: { index: false },
};

/** The join page with the code filled in (what the room's QR code opens). */
export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <JoinPage code={decodeURIComponent(code).slice(0, 32)} />;
}
