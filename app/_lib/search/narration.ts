/**
 * What search reads of a chapter's (or fork's) narration: for each `<Step>`, the terms its prose
 * sets in bold (the words a step teaches: **connection pool**, **canary release**) and the
 * headings inside it. The rest of the prose stays out of the index, which every reader who opens
 * search downloads: the caption, the packet and the step's concept cards say the rest.
 *
 * Speaker notes (`<Notes>`), the inspector's payloads (`<Inspect>`) and code blocks are skipped:
 * notes never reach a reader, and the others are not words anyone searches for.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";

type Node = { type: string; name?: string | null; value?: string; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx);
const SKIPPED = new Set(["Notes", "Inspect"]);

/** Each step's bold terms and headings, by step id, in the order written (duplicates dropped). */
export function stepTerms(source: string): Record<string, string[]> {
  const tree = parser.parse(source) as Node;
  const out: Record<string, string[]> = {};
  for (const node of tree.children ?? []) {
    if (node.type !== "mdxJsxFlowElement" || node.name !== "Step") continue;
    const id = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
    if (typeof id !== "string") continue;
    const terms = new Set<string>();
    walk(node.children ?? [], (n) => {
      if (n.type === "strong" || n.type === "heading") {
        const t = textOf(n).replace(/\s+/g, " ").trim();
        if (t) terms.add(t);
      }
    });
    out[id] = [...terms];
  }
  return out;
}

function walk(nodes: readonly Node[], visit: (n: Node) => void) {
  for (const n of nodes) {
    if ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && SKIPPED.has(n.name ?? "")) continue;
    if (n.type === "code") continue;
    visit(n);
    walk(n.children ?? [], visit);
  }
}

function textOf(n: Node): string {
  if (n.type === "text" || n.type === "inlineCode") return n.value ?? "";
  return (n.children ?? []).map(textOf).join("");
}
