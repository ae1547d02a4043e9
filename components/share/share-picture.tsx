import { LAYER_COLOURS } from "@/app/_lib/content/layers";
import { edgesSvg, PICTURE, pictureMap } from "@/app/_lib/share/picture-layout";
import type { SharePicture } from "@/app/_lib/share/pictures";

/**
 * A link preview's picture, for `next/og` to draw (satori: flex boxes and inline styles only):
 * a band of the place's layer colours, the title, and the map with the place lit.
 */
export function SharePictureArt({ picture }: { picture: SharePicture }) {
  const map = picture.map ? pictureMap(picture.map, picture.lit) : undefined;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#0f172a", color: "#f8fafc", position: "relative" }}>
      {/* First, so that it sits at the picture's corner: satori offsets absolute boxes by where earlier siblings end. */}
      {map ? (
        <div style={{ position: "absolute", left: 0, top: 0, width: PICTURE.width, height: PICTURE.height, display: "flex" }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- drawn into a PNG, not a page */}
          <img alt="" width={PICTURE.width} height={PICTURE.height} src={`data:image/svg+xml,${encodeURIComponent(edgesSvg(map.edges))}`} style={{ position: "absolute", left: 0, top: 0 }} />
          {map.nodes.map((n) => (
            <div
              key={n.id}
              style={{
                position: "absolute",
                left: n.x,
                top: n.y,
                width: n.w,
                height: n.h,
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                borderRadius: Math.max(4, n.h / 4),
                border: `2px solid ${n.colour}`,
                background: n.lit ? n.colour : "#1e293b",
                color: n.lit ? "#0f172a" : "#94a3b8",
                opacity: n.lit ? 1 : 0.55,
                fontSize: n.fontSize,
              }}
            >
              {n.label}
            </div>
          ))}
        </div>
      ) : null}
      <div style={{ display: "flex", height: 12 }}>
        {picture.layers.map((l) => (
          <div key={l} style={{ flex: 1, background: LAYER_COLOURS[l] }} />
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", padding: "36px 48px 0" }}>
        <div style={{ display: "flex", fontSize: 26, color: "#cbd5e1" }}>{`Clickpath · ${picture.eyebrow}`}</div>
        <div style={{ display: "flex", fontSize: picture.title.length > 40 ? 56 : 68, lineHeight: 1.1, marginTop: 14, maxWidth: 1104 }}>{picture.title}</div>
      </div>
    </div>
  );
}
