import type { CodeEntry } from "@/app/_lib/architecture/code-tree";
import { TextButton } from "@/components/ui/text-button";
import { SidePanel } from "./side-panel";
import styles from "./code-explorer.module.css";

type Props = {
  root: string;
  tree: readonly CodeEntry[];
  /** The file or folder chosen here (its nodes light on the map). */
  selected: string | null;
  /** Entries that implement the node selected on the map. */
  highlighted: ReadonlySet<string>;
  /** A node's label by id. */
  label: (id: string) => string;
  onSelect: (path: string) => void;
};

/** From diagram to code: the folder structure beside the map. Choosing an entry lights its nodes; a node lights its entries. */
export function CodeExplorer({ root, tree, selected, highlighted, label, onSelect }: Props) {
  return (
    <SidePanel aria-labelledby="code-explorer-title">
      <h2 id="code-explorer-title">From diagram to code</h2>
      <p className={styles.codeExplorerHint}>Choose a folder or file to light the parts of the map it implements.</p>
      <ul className={styles.codeTree} aria-label={`Folders and files of ${root}`}>
        <li>
          <code>{root}/</code>
        </li>
        {tree.map((e) => (
          <li key={e.path} style={{ paddingLeft: `${0.9 + e.depth * 1.1}rem` }} data-code-entry={e.path} data-highlight={highlighted.has(e.path) || undefined}>
            <TextButton
              aria-pressed={selected === e.path}
              onClick={() => onSelect(e.path)}
              aria-describedby={e.nodes.length > 0 ? `code-nodes-${cssId(e.path)}` : undefined}
            >
              <span aria-hidden>{e.kind === "folder" ? "▸ " : "· "}</span>
              <code>{e.name}</code>
            </TextButton>
            {e.nodes.length > 0 ? (
              <span className={styles.codeNodes} id={`code-nodes-${cssId(e.path)}`}>
                {e.nodes.map(label).join(", ")}
                {e.note ? ` — ${e.note}` : ""}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </SidePanel>
  );
}

function cssId(path: string): string {
  return path.replace(/[^a-zA-Z0-9_-]/g, "_");
}
