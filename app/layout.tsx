import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LearnerNotice } from "@/components/learner/learner-notice";
import { HydrationMark } from "@/components/ui/hydration-mark";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Clickpath", template: "%s · Clickpath" },
  // A file, cached across pages, rather than a data URL in every page's first round trip: a tab's
  // icon never holds up a paint, and those 390 bytes did (storing-data's HTML went over the first
  // congestion window with them).
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
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
