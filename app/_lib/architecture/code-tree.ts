/**
 * From diagram to code: an architecture lists folders and files with the nodes they implement.
 * This builds the folder tree to show, and answers both questions the explorer asks: which nodes
 * does a file (or folder) implement, and which files implement a node.
 */
export type CodeFile = { path: string; nodes: string[]; note?: string | undefined };

export type CodeEntry = {
  /** Full path; folders end with "/". */
  path: string;
  name: string;
  kind: "folder" | "file";
  depth: number;
  /** Nodes this entry implements, as written (a folder's own entry), or none for a folder only implied by deeper paths. */
  nodes: string[];
  note?: string;
};

/** Every folder and file, parents before children, siblings sorted (folders first). Implied folders appear too. */
export function codeTree(files: readonly CodeFile[]): CodeEntry[] {
  const entries = new Map<string, CodeEntry>();
  for (const f of files) {
    const parts = f.path.replace(/\/$/, "").split("/");
    parts.forEach((name, i) => {
      const isLast = i === parts.length - 1;
      const folder = !isLast || f.path.endsWith("/");
      const path = parts.slice(0, i + 1).join("/") + (folder ? "/" : "");
      const existing = entries.get(path);
      const entry: CodeEntry = existing ?? { path, name: name + (folder ? "/" : ""), kind: folder ? "folder" : "file", depth: i, nodes: [] };
      if (isLast) {
        entry.nodes = [...new Set([...entry.nodes, ...f.nodes])];
        if (f.note) entry.note = f.note;
      }
      entries.set(path, entry);
    });
  }
  const sorted = [...entries.values()].sort((a, b) => compareTreePaths(a.path, b.path));
  return sorted;
}

/** Orders paths as a tree: parents first, then children; folders before files at each level, then by name. */
function compareTreePaths(a: string, b: string): number {
  const pa = a.replace(/\/$/, "").split("/");
  const pb = b.replace(/\/$/, "").split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const aFolder = i < pa.length - 1 || a.endsWith("/");
    const bFolder = i < pb.length - 1 || b.endsWith("/");
    if (aFolder !== bFolder) return aFolder ? -1 : 1;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The nodes an entry implements: its own, and for a folder everything inside it. */
export function nodesOf(tree: readonly CodeEntry[], path: string): string[] {
  const inside = path.endsWith("/") ? tree.filter((e) => e.path.startsWith(path)) : tree.filter((e) => e.path === path);
  return [...new Set(inside.flatMap((e) => e.nodes))];
}

/** The entries that implement a node (as written, not the folders that merely hold them). */
export function filesOf(tree: readonly CodeEntry[], nodeId: string): string[] {
  return tree.filter((e) => e.nodes.includes(nodeId)).map((e) => e.path);
}
