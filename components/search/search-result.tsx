import type { SearchDoc } from "@/app/_lib/search/documents";
import { KIND_LABEL, trailText } from "@/app/_lib/search/query";
import styles from "./search-result.module.css";

/**
 * What a result says, in the panel's list and on the results page: what it is (a step's
 * caption, a card's name), then what kind of thing, where it sits and its layer.
 */
export function SearchResult({ doc }: { doc: Pick<SearchDoc, "kind" | "title" | "trail" | "layer"> }) {
  const trail = trailText(doc);
  return (
    <>
      <span className={styles.title}>{doc.title}</span>
      <span className={styles.where}>
        <span className={styles.kind}>{KIND_LABEL[doc.kind]}</span>
        {trail ? ` · ${trail}` : ""}
        {doc.layer ? ` · ${doc.layer}` : ""}
      </span>
    </>
  );
}
