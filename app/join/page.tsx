import type { Metadata } from "next";
import { JoinPage } from "@/components/live/join-page";

export const metadata: Metadata = {
  title: "Join a live session",
  description: "Follow an instructor's journey on your own device: type the code shown on the room's screen.",
  robots: { index: false },
};

export default function Page() {
  return <JoinPage />;
}
