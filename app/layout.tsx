import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LearnerNotice } from "@/components/learner/learner-notice";
import { HydrationMark } from "@/components/ui/hydration-mark";
import "./globals.css";

/**
 * The tab's icon travels inside every page as a data URL (it is 185 bytes): a separate request
 * would compete with the page's first paint on a slow connection. Only the characters a URL
 * cannot carry are escaped, and attribute quotes become single ones, so it stays near its size
 * (percent-encoding all of it would more than double it).
 */
const ICON = `data:image/svg+xml,${readFileSync(join(process.cwd(), "public", "icon.svg"), "utf8")
  .trim()
  .replaceAll('"', "'")
  .replace(/[%#<>]/g, encodeURIComponent)}`;

export const metadata: Metadata = {
  title: { default: "Clickpath", template: "%s · Clickpath" },
  icons: { icon: { url: ICON, type: "image/svg+xml" } },
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
