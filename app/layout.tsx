import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LearnerNotice } from "@/components/learner/learner-notice";
import { HydrationMark } from "@/components/ui/hydration-mark";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Clickpath", template: "%s · Clickpath" },
  description: "Guided journeys through real systems: follow one click through every layer.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f172a",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <HydrationMark />
        <LearnerNotice />
        {children}
      </body>
    </html>
  );
}
