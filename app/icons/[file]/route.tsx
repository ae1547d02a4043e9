import { ImageResponse } from "next/og";
import { ICONS } from "@/app/_lib/share/icons";

/** The app's icons as PNG (what installing needs): the tab icon's mark, a packet on a dark tile, drawn at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return ICONS.map((i) => ({ file: i.href.split("/").pop()! }));
}

export async function GET(_request: Request, { params }: Params) {
  const { file } = await params;
  const icon = ICONS.find((i) => i.href === `/icons/${file}`);
  if (!icon) return new Response("No such icon", { status: 404 });
  // public/icon.svg's proportions on a 32-unit tile: the packet 20 × 9 at (6, 12).
  const unit = icon.size / 32;
  const scale = icon.maskable ? 0.8 : 1;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#0f172a", borderRadius: icon.maskable ? 0 : 8 * unit }}>
        <div style={{ width: 20 * unit * scale, height: 9 * unit * scale, borderRadius: 4.5 * unit * scale, background: "#fbbf24", marginTop: unit * scale }} />
      </div>
    ),
    { width: icon.size, height: icon.size },
  );
}
