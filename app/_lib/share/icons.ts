/** The installed app's icons (drawn at build time by `app/icons/[file]/route.tsx`) and where the manifest is. */
export const MANIFEST_HREF = "/manifest.webmanifest";

export type AppIcon = { href: string; size: number; maskable: boolean };

export const ICONS: readonly AppIcon[] = [
  { href: "/icons/192.png", size: 192, maskable: false },
  { href: "/icons/512.png", size: 512, maskable: false },
  // Full bleed, the mark inside the middle 80% that every mask keeps.
  { href: "/icons/maskable-512.png", size: 512, maskable: true },
];
