import type { ReactNode } from "react";
import type { CardPlace, ConceptData } from "@/app/_lib/content/types";
import type { SystemMap } from "@/app/_lib/content/schema";
import { BookmarkToggle } from "@/components/learner/bookmark-toggle";
import { KindLabel } from "@/components/ui/kind-label";
import styles from "./concept-chip.module.css";

type Props = {
  concept: ConceptData;
  /** The map of the journey the card sits in, to name the nodes where the concept lives. */
  map: SystemMap;
  /** Where the journey places the card on that map, and why it matters there if the journey says (default: the card's own). */
  place?: CardPlace | undefined;
  /** The card's longer explanation, rendered from its MDX body. */
  children?: ReactNode;
};

/** A concept card as a chip in the narration; it opens in place (no script needed). */
export function ConceptChip({ concept, map, place, children }: Props) {
  const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
  const nodes = place?.nodes ?? concept.nodes ?? [];
  return (
    <details className={styles.concept} data-concept={concept.id} data-layer={concept.layer}>
      <summary>
        <KindLabel>Concept</KindLabel>
        <span className={styles.title}>{concept.title}</span>
        <span className={styles.summary}>{concept.summary}</span>
      </summary>
      <div className={styles.body}>
        <p>
          <strong>Why it matters here.</strong>
          {` ${place?.why ?? concept.why}`}
        </p>
        <p>
          <strong>Use it when.</strong>
          {` ${concept.use}`}
        </p>
        <p>
          <strong>Think twice when.</strong>
          {` ${concept.avoid}`}
        </p>
        <p>
          <strong>Where it lives.</strong>
          {nodes.length > 0 ? ` ${nodes.map((n) => labels.get(n) ?? n).join(", ")} · ` : " "}
          <span className={styles.layer}>{`${concept.layer} layer`}</span>
        </p>
        {children}
        <p className={styles.actions}>
          <BookmarkToggle conceptId={concept.id} title={concept.title} />{" "}
          <a className={styles.open} href={`/concepts/${concept.id}`}>
            {`Open the ${concept.title} card`}
            <span className="sr-only"> on its own page</span>
          </a>
        </p>
      </div>
    </details>
  );
}
