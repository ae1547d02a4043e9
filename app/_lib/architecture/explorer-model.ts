/**
 * What an architecture's page sends to the browser: the laid-out map, each node's panel (with
 * the titles of its concept cards), the request to play, the variations and the code tree.
 */
import type { ArchitectureData, ConceptData, NodeDetails } from "../content/types";
import type { Variation } from "../content/schema";
import type { StageStep } from "../journey/stage";
import type { Laid } from "./layout";
import { codeTree, type CodeEntry } from "./code-tree";

export type NodePanelData = Omit<NodeDetails, "concepts"> & { concepts: { id: string; title: string }[] };

export type ExplorerModel = {
  id: string;
  title: string;
  map: Laid;
  nodes: Record<string, NodePanelData>;
  request: { title: string; steps: StageStep[] };
  variations: Variation[];
  code: { root: string; tree: CodeEntry[] };
};

/** An architecture's page; with a node, the page opens with that node selected (`#node-<id>`, which the explorer honours). */
export function architectureHref(id: string, nodeId?: string): string {
  return `/architectures/${id}${nodeId ? `#node-${encodeURIComponent(nodeId)}` : ""}`;
}

/** The node a URL's hash names (`#node-<id>`), if it names one. */
export function nodeOfHash(hash: string): string | undefined {
  const m = /^#node-(.+)$/.exec(hash);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

export function toExplorerModel(arch: ArchitectureData, concepts: Record<string, ConceptData>): ExplorerModel {
  return {
    id: arch.id,
    title: arch.title,
    map: arch.map,
    nodes: Object.fromEntries(
      Object.entries(arch.details).map(([id, d]) => [id, { ...d, concepts: d.concepts.flatMap((c) => (concepts[c] ? [{ id: c, title: concepts[c].title }] : [])) }]),
    ),
    request: arch.request,
    variations: arch.variations,
    code: { root: arch.code.root, tree: codeTree(arch.code.files) },
  };
}
