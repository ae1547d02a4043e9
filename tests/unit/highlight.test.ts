import type { Element, Root } from "hast";
import { highlightLines, rehypeHighlight } from "@/app/_lib/content/highlight";

/** `<pre><code class="language-…">text</code></pre>`, as Markdown becomes HTML. */
function block(lang: string | undefined, text: string): Root {
  const code: Element = { type: "element", tagName: "code", properties: lang ? { className: [`language-${lang}`] } : {}, children: [{ type: "text", value: text }] };
  return { type: "root", children: [{ type: "element", tagName: "pre", properties: {}, children: [code] }] };
}

function codeOf(tree: Root): Element {
  return (tree.children[0] as Element).children[0] as Element;
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? textOf(c) : "")).join("");
}

describe("highlighting", () => {
  it("gives each line its tokens by kind; punctuation and plain words carry none", () => {
    const [line] = highlightLines('const total = sum("a", 2); // done', "ts");
    expect(line!.map(([t]) => t).join("")).toBe('const total = sum("a", 2); // done');
    // White space rides with the token before it.
    expect(line![0]).toEqual(["const ", "keyword"]);
    expect(line!.find(([t]) => t.includes('"a"'))?.[1]).toBe("string");
    expect(line!.find(([t]) => t.includes("// done"))?.[1]).toBe("comment");
    expect(line!.filter(([, kind]) => kind === "punctuation")).toEqual([]);
  });

  it("keeps plain text plain, a line to a token", () => {
    expect(highlightLines("A? shop.example\n\nNOERROR", "text")).toEqual([[["A? shop.example"]], [], [["NOERROR"]]]);
  });

  it("turns a fenced block into coloured spans, its text and final newline unchanged", () => {
    const tree = block("ts", "const a = 1;\nreturn a;\n");
    rehypeHighlight()(tree);
    const code = codeOf(tree);
    expect(textOf(code)).toBe("const a = 1;\nreturn a;\n");
    const spans = code.children.filter((c): c is Element => c.type === "element");
    const coloured = spans.map((s) => [textOf(s).trim(), s.properties.className]);
    expect(coloured).toContainEqual(["const", ["tk-keyword"]]);
    expect(coloured).toContainEqual(["return", ["tk-keyword"]]);
    expect(code.properties.className).toEqual(["language-ts"]);
    // No two text nodes side by side (React would write a comment between them).
    expect(code.children.some((c, i) => c.type === "text" && code.children[i + 1]?.type === "text")).toBe(false);
  });

  it("leaves text blocks, blocks without a language and inline code as they are", () => {
    for (const lang of ["text", undefined]) {
      const tree = block(lang, "plain words\n");
      const before = structuredClone(tree);
      rehypeHighlight()(tree);
      expect(tree).toEqual(before);
    }
    const inline: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: "const" }] }] }] };
    const before = structuredClone(inline);
    rehypeHighlight()(inline);
    expect(inline).toEqual(before);
  });
});
