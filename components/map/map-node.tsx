import { memo } from "react";
import type { MapNode as MapNodeData } from "@/app/_lib/content/schema";
import { NODE_HEIGHT, nodeWidth } from "@/app/_lib/journey/map-geometry";
import styles from "./map-node.module.css";

/** How a node can be picked on a map that lets the reader select nodes. */
export type NodePick = {
  selected: boolean;
  /** Lit from elsewhere (a file in the code explorer that implements it). */
  highlighted: boolean;
  onSelect: (id: string) => void;
};

type Props = {
  node: MapNodeData;
  /** Whether the current step has this node in play. */
  active: boolean;
  /** Under a lens: part of its concern ("in") or set aside ("out"). Default: no lens. */
  lens?: "in" | "out" | undefined;
  /** Whether a variation the reader turned on added this node (it fades in). Default: false. */
  added?: boolean;
  /** Makes the node a button that selects it (click, Enter or Space). Default: not selectable. */
  pick?: NodePick | undefined;
};

/** One box on the system map, coloured by its layer; dimmed unless `data-active`. Memoized: a step change re-renders only the nodes it lights or dims. */
export const MapNode = memo(function MapNode({ node, active, lens, added = false, pick }: Props) {
  const w = nodeWidth(node.label);
  const interactive = pick
    ? {
        role: "button",
        tabIndex: 0,
        "aria-pressed": pick.selected,
        "aria-label": node.label,
        onClick: () => pick.onSelect(node.id),
        onKeyDown: (e: React.KeyboardEvent) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            pick.onSelect(node.id);
          }
        },
      }
    : {};
  return (
    <g
      className={styles.node}
      data-node={node.id}
      data-layer={node.layer}
      data-active={active || undefined}
      data-lens={lens}
      data-added={added || undefined}
      data-selected={pick?.selected || undefined}
      data-highlight={pick?.highlighted || undefined}
      transform={`translate(${node.x} ${node.y})`}
      {...interactive}
    >
      <rect x={-w / 2} y={-NODE_HEIGHT / 2} width={w} height={NODE_HEIGHT} rx={10} />
      <text>
        {node.label}
      </text>
    </g>
  );
});

/** A node a variation just took away: drawn once more, fading out, then gone from view. */
export function LeavingNode({ node }: { node: MapNodeData }) {
  const w = nodeWidth(node.label);
  return (
    <g className={styles.node} data-leaving={node.id} data-layer={node.layer} transform={`translate(${node.x} ${node.y})`} aria-hidden>
      <rect x={-w / 2} y={-NODE_HEIGHT / 2} width={w} height={NODE_HEIGHT} rx={10} />
      <text>
        {node.label}
      </text>
    </g>
  );
}
