import { Fragment, memo } from "react";
import type { MapNode, SystemMap } from "@/app/_lib/content/schema";
import { edgeKey } from "@/app/_lib/journey/stage";
import styles from "./map-edges.module.css";

type Props = {
  map: SystemMap;
  /** Edge keys the packet travels now. */
  activeEdges: readonly string[];
  /** A node whose lines show their labels (besides the lines the packet travels). Default: none. */
  focusNode?: string | null | undefined;
};

/** The links between nodes; the ones in play are drawn bright, with their labels. Memoized: re-renders when the step's edges change. */
export const MapEdges = memo(function MapEdges({ map, activeEdges, focusNode }: Props) {
  const nodes = new Map<string, MapNode>(map.nodes.map((n) => [n.id, n]));
  const active = new Set(activeEdges);
  return (
    <g className={styles.edges} data-edges>
      {map.edges.map((e) => {
        const a = nodes.get(e.from);
        const b = nodes.get(e.to);
        if (!a || !b) return null;
        const key = edgeKey(e.from, e.to);
        // Only what differs from a plain line is written: every chapter's HTML carries the map, and
        // it must arrive in one round trip. `data-active` is there only when true.
        const line = <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} data-kind={e.kind === "flow" ? undefined : e.kind} data-active={active.has(key) || undefined} />;
        // Labels show where the reader is looking (the packet's lines, the selected node's), so a busy map stays readable.
        if (!e.label || !(active.has(key) || (focusNode && (e.from === focusNode || e.to === focusNode)))) return <Fragment key={key}>{line}</Fragment>;
        return (
          <Fragment key={key}>
            {line}
            {/* Half way along; a line between neighbours in one row has its words above the boxes. */}
            <text
              className={styles.label}
              x={(a.x + b.x) / 2}
              y={Math.abs(a.y - b.y) < 1 ? a.y - 32 : (a.y + b.y) / 2}
              data-active={active.has(key)}
            >
              {e.label}
            </text>
          </Fragment>
        );
      })}
    </g>
  );
});
