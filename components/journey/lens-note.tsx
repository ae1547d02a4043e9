"use client";
import type { SystemMap } from "@/app/_lib/content/schema";
import type { LensShape, LensStop } from "@/app/_lib/journey/lenses";
import type { ViewText } from "@/app/_lib/journey/reader-model";
import { ToolButton } from "@/components/ui/stage-tools";
import styles from "./lens-note.module.css";

type Props = {
  lens: LensShape;
  /** What the lens sees at each node, once loaded. */
  prose: ViewText["lenses"][string] | undefined;
  map: SystemMap;
  stops: readonly LensStop[];
  index: number;
  onGo: (index: number) => void;
};

/** Under a lens: what the concern sees at this step, and the way to its previous and next checkpoints. */
export function LensNote({ lens, prose, map, stops, index, onGo }: Props) {
  const here = stops.find((s) => s.index === index);
  const before = [...stops].reverse().find((s) => s.index < index);
  const after = stops.find((s) => s.index > index);
  const label = (id: string) => map.nodes.find((n) => n.id === id)?.label ?? id;
  const why = (id: string) => prose?.why[id] ?? "";
  return (
    <span className={styles.note} data-lens-note={lens.id} data-lens-stops={stops.length}>
      <span className={styles.text}>
        <strong>
          {lens.label} lens · {stops.length} step{stops.length === 1 ? "" : "s"} pass{stops.length === 1 ? "es" : ""} through it.
        </strong>{" "}
        {here ? (
          here.nodes.map((n) => (
            <span key={n}>
              {label(n)}: {why(n)}{" "}
            </span>
          ))
        ) : (
          <span>Nothing for this lens at this step.</span>
        )}
      </span>
      <span className={styles.go}>
        <ToolButton size="small" onClick={() => before && onGo(before.index)} aria-disabled={!before}>
          ← Previous<span className="sr-only"> {lens.label.toLowerCase()} step</span>
        </ToolButton>
        <ToolButton size="small" onClick={() => after && onGo(after.index)} aria-disabled={!after}>
          Next<span className="sr-only"> {lens.label.toLowerCase()} step</span> →
        </ToolButton>
      </span>
    </span>
  );
}
