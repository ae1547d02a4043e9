"use client";
import type { SystemMap } from "@/app/_lib/content/schema";
import { NODE_HEIGHT, nodeWidth } from "@/app/_lib/journey/map-geometry";
import styles from "./map-heat.module.css";

type Props = {
  map: SystemMap;
  /** The nodes a next-hop quiz offers, in the order its choices are shown. */
  nodes: readonly string[];
  /** How many in the room chose each, in the same order. */
  counts: readonly number[];
};

/**
 * Where the room thinks the packet goes next, drawn on the map: a glow around each node the
 * quiz offers, stronger for more votes, and the count on a badge. Inside the map's SVG, so the
 * camera carries it. A picture only: the room panel says the same in words.
 */
export function MapHeat({ map, nodes, counts }: Props) {
  const total = counts.reduce((a, b) => a + b, 0);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  return (
    <g aria-hidden="true" data-heat>
      {nodes.map((id, i) => {
        const node = byId.get(id);
        const count = counts[i] ?? 0;
        if (!node) return null;
        const share = total > 0 ? count / total : 0;
        const w = nodeWidth(node.label);
        return (
          <g key={id} transform={`translate(${node.x} ${node.y})`} data-heat-node={id} data-heat-count={count}>
            <rect className={styles.glow} x={-w / 2 - 8} y={-NODE_HEIGHT / 2 - 8} width={w + 16} height={NODE_HEIGHT + 16} rx={16} style={{ opacity: 0.15 + 0.85 * share }} />
            <circle className={styles.badge} cx={w / 2} cy={-NODE_HEIGHT / 2} r={17} />
            <text className={styles.count} x={w / 2} y={-NODE_HEIGHT / 2}>
              {count}
            </text>
          </g>
        );
      })}
    </g>
  );
}
