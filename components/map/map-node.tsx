import { memo } from "react";
import type { MapNode as MapNodeData } from "@/app/_lib/content/schema";
import { NODE_HEIGHT, nodeWidth } from "@/app/_lib/journey/stage";

type Props = {
  node: MapNodeData;
  /** Whether the current step has this node in play. */
  active: boolean;
  /** Under a lens: part of its concern ("in") or set aside ("out"). Default: no lens. */
  lens?: "in" | "out" | undefined;
  /** Whether a variation the reader turned on added this node (it fades in). Default: false. */
  added?: boolean;
};

/** One box on the system map, coloured by its layer. Memoized: a step change re-renders only the nodes it lights or dims. */
export const MapNode = memo(function MapNode({ node, active, lens, added = false }: Props) {
  const w = nodeWidth(node.label);
  return (
    <g
      className="map-node"
      data-node={node.id}
      data-layer={node.layer}
      data-active={active}
      data-lens={lens}
      data-added={added || undefined}
      transform={`translate(${node.x} ${node.y})`}
    >
      <rect x={-w / 2} y={-NODE_HEIGHT / 2} width={w} height={NODE_HEIGHT} rx={10} />
      <text textAnchor="middle" dominantBaseline="central">
        {node.label}
      </text>
    </g>
  );
});
