import Link from "next/link";
import type { NodePanelData } from "@/app/_lib/architecture/explorer-model";
import { TextButton } from "@/components/ui/text-button";
import { SidePanel } from "./side-panel";
import styles from "./node-panel.module.css";

type Props = {
  node: NodePanelData | undefined;
  /** Its lines on the map: to or from which node, and what travels on them. */
  links: readonly { other: string; out: boolean; label?: string | undefined }[];
  /** Files that implement the node; choosing one shows it in the code explorer. */
  files: readonly string[];
  onFile: (path: string) => void;
};

/** What the selected node is for: what it owns, why it is there, what breaks without it, tools, cards and files. */
export function NodePanel({ node, links, files, onFile }: Props) {
  if (!node) {
    return (
      <SidePanel className={styles.nodePanel} aria-labelledby="node-panel-title" data-node-panel="">
        <h2 id="node-panel-title">Select a node</h2>
        <p>Click a box on the map, or move to it with Tab and press Enter, to read what it owns, why it is there and what breaks without it.</p>
      </SidePanel>
    );
  }
  return (
    <SidePanel className={styles.nodePanel} aria-labelledby="node-panel-title" data-node-panel={node.label} data-layer={node.layer}>
      <p className={styles.nodePanelLayer}>{node.layer}</p>
      <h2 id="node-panel-title">{node.label}</h2>
      <h3>What it owns</h3>
      <ul>
        {node.owns.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h3>Why it is there</h3>
      <p>{node.why}</p>
      <h3>What breaks without it</h3>
      <p>{node.without}</p>
      {links.length > 0 ? (
        <>
          <h3>Connected to</h3>
          <ul>
            {links.map((l) => (
              <li key={`${l.out}-${l.other}`}>
                <span aria-hidden>{l.out ? "→ " : "← "}</span>
                <span className="sr-only">{l.out ? "to " : "from "}</span>
                {l.other}
                {l.label ? `: ${l.label}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Tools people use</h3>
      <p>{node.tools.join(" · ")}</p>
      {node.concepts.length > 0 ? (
        <>
          <h3>Concept cards</h3>
          <ul>
            {node.concepts.map((c) => (
              <li key={c.id}>
                <Link href={`/concepts/${c.id}`} prefetch={false}>
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {files.length > 0 ? (
        <>
          <h3>In the code</h3>
          <ul>
            {files.map((f) => (
              <li key={f}>
                <TextButton onClick={() => onFile(f)} data-node-file={f}>
                  <code>{f}</code>
                </TextButton>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </SidePanel>
  );
}
