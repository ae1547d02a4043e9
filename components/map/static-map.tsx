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
};

/** A still picture of a map with some nodes lit: no packet, no motion, no script. */
export function StaticMap({ map, lit, label }: Props) {
  const on = new Set(lit);
  const view = cameraFor(map, lit, { aspect: 2, minShare: 0.6 });
  // `static-map` is how globals.css's presenter and print sections still size the map where they
  // place it; it goes when those move to modules and say so through a prop.
  return (
    <svg className={`static-map ${styles.staticMap}`} {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })} viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`} preserveAspectRatio="xMidYMid meet">
      <MapGroups groups={map.groups} />
      <MapEdges map={map} activeEdges={[]} />
      {map.nodes.map((n) => (
        <MapNode key={n.id} node={n} active={on.has(n.id)} />
      ))}
    </svg>
  );
}
