import { memo } from "react";
import type { SystemMap } from "@/app/_lib/content/schema";
import styles from "./map-groups.module.css";

type Props = { groups: SystemMap["groups"] };

/** The labelled boxes that hold several nodes (an app server and what runs inside it). They never change with the step. */
export const MapGroups = memo(function MapGroups({ groups }: Props) {
  return groups.map((g) => (
    <g key={g.id} className={styles.group} data-group={g.id}>
      <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={16} />
      <text x={g.x + 12} y={g.labelAt === "top" ? g.y + 20 : g.y + g.h - 12}>
        {g.label}
      </text>
    </g>
  ));
});
