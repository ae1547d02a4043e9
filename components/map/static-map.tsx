import type { SystemMap } from "@/app/_lib/content/schema";
import { cameraFor } from "@/app/_lib/journey/map-geometry";
import { MapEdges } from "./map-edges";
import { MapGroups } from "./map-groups";
import { MapNode } from "./map-node";
import styles from "./static-map.module.css";

type Props = {
  map: SystemMap;
  /** Nodes to light; the view is framed on them. */
  lit: readonly string[];
  /** Names the picture for screen readers; without one it is decoration (the text beside it says it all). */
  label?: string;
  /** Where it is placed: a presenter overview's thumbnail, the console's now and next, a printed step. Default: as wide as its box, on whatever it sits on. */
  variant?: "thumbnail" | "console" | "print";
};

const VARIANTS = { thumbnail: styles.thumbnail, console: styles.console, print: styles.print };

/** A still picture of a map with some nodes lit: no packet, no motion, no script. */
export function StaticMap({ map, lit, label, variant }: Props) {
  const on = new Set(lit);
  const view = cameraFor(map, lit, { aspect: 2, minShare: 0.6 });
  return (
    <svg className={variant ? `${styles.staticMap} ${VARIANTS[variant]}` : styles.staticMap} {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })} viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`} preserveAspectRatio="xMidYMid meet">
      <MapGroups groups={map.groups} />
      <MapEdges map={map} activeEdges={[]} />
      {map.nodes.map((n) => (
        <MapNode key={n.id} node={n} active={on.has(n.id)} />
      ))}
    </svg>
  );
}
