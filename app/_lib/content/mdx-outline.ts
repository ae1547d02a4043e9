/**
 * Reads a chapter's MDX without running it: frontmatter, the `<Step>` blocks with their
 * attributes, and the `<Concept>`, `<Quiz>`, `<Notes>`, `<Inspect>` and `<Fork>` placed inside
 * each, all with lines.
 * The loader checks the outline; mdx-bundler compiles the same file for rendering.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";
import type { InspectPart } from "../journey/inspect";
import { htmlElementProblem, unsafeUrlScheme, UNSAFE_URL } from "./html-policy";
import type { Problem } from "./problems";

export type Ref = { id: string; line: number };
export type StepOutline = {
  line: number;
  attributes: Record<string, string>;
  /** Attributes already reported as not plain strings; the loader does not report them again. */
  rejected: string[];
  concepts: Ref[];
  quizzes: Ref[];
  /** Failure forks that branch off this step. */
  forks: Ref[];
  notes: number;
  /** The step's `<Inspect>`: its attributes and the code blocks it holds. */
  inspect?: { line: number; attributes: Record<string, string>; rejected: string[]; parts: InspectPart[] };
};
export type ChapterOutline = {
  /** False when the MDX could not be parsed: the syntax error is the only thing known. */
  parsed: boolean;
  frontmatter?: { text: string; firstLine: number };
  steps: StepOutline[];
};

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  lang?: string | null;
  meta?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: Pos }[];
  children?: Node[];
  position?: Pos;
};
type Pos = { start: { line: number } };

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx);

const BLOCK_ONLY = new Set(["Step"]);
const KNOWN = new Set(["Step", "Concept", "Quiz", "Notes", "SeeIn3D", "Inspect", "Fork", "TraceWaterfall"]);
/** Components that hold content readers see, so they cannot sit inside speaker notes. */
const NOT_IN_NOTES = new Set(["Concept", "Quiz", "Inspect", "Fork", "TraceWaterfall"]);

/** Parses MDX; a syntax error becomes a problem (its line shifted by `firstLine`) and the result is undefined. */
function parse(file: string, source: string, problems: Problem[], firstLine = 1): Node | undefined {
  try {
    return parser.parse(source) as Node;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    problems.push({ file, line: line + firstLine - 1, message: `MDX: ${e.reason ?? e.message}` });
    return undefined;
  }
}

export function outlineChapter(file: string, source: string, problems: Problem[]): ChapterOutline {
  const tree = parse(file, source, problems);
  if (!tree) return { parsed: false, steps: [] };

  const outline: ChapterOutline = { parsed: true, steps: [] };
  for (const node of tree.children ?? []) {
    const line = node.position?.start.line ?? 1;
    if (node.type === "yaml") {
      outline.frontmatter = { text: node.value ?? "", firstLine: line + 1 };
    } else if (isElement(node) && node.name === "Step") {
      outline.steps.push(readStep(file, node, problems));
    } else if (!(node.type === "mdxFlowExpression" && isComment(node))) {
      problems.push({ file, line, message: "content outside a <Step>: every part of a chapter belongs to a step" });
    }
  }
  return outline;
}

function isElement(node: Node): boolean {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function readStep(file: string, node: Node, problems: Problem[]): StepOutline {
  const line = node.position?.start.line ?? 1;
  const { values, rejected } = readAttributes(file, node, problems);
  const step: StepOutline = { line, attributes: values, rejected, concepts: [], quizzes: [], forks: [], notes: 0 };
  walk(node.children ?? [], (child, inNotes) => {
    const at = child.position?.start.line ?? line;
    if (child.type === "mdxjsEsm") {
      problems.push({ file, line: at, message: "import/export is not allowed in journey content" });
      return false;
    }
    if ((child.type === "mdxFlowExpression" || child.type === "mdxTextExpression") && !isComment(child)) {
      // Content is data: an expression would run code at build time and fail with no line to show.
      problems.push({ file, line: at, message: "{…} expressions are not allowed in journey content; write text, or a comment {/* … */}" });
      return false;
    }
    if (!isElement(child)) return checkUrl(file, child, at, problems);
    const name = child.name ?? "";
    if (!/^[A-Z]/.test(name)) return checkHtml(file, child, at, problems);
    if (BLOCK_ONLY.has(name)) {
      problems.push({ file, line: at, message: "a <Step> cannot be nested inside another step" });
      return false;
    }
    if (!KNOWN.has(name) && /^[A-Z]/.test(name)) {
      problems.push({ file, line: at, message: `unknown component <${name}>: use ${[...KNOWN].filter((k) => k !== "Step").join(", ")}` });
      return true;
    }
    if (NOT_IN_NOTES.has(name) && inNotes) {
      problems.push({ file, line: at, message: `<${name}> cannot sit inside <Notes>: notes are never shown to readers` });
      return false;
    }
    if (name === "Concept" || name === "Quiz" || name === "Fork") {
      const { values, rejected } = readAttributes(file, child, problems);
      const id = values.id;
      if (id) (name === "Concept" ? step.concepts : name === "Quiz" ? step.quizzes : step.forks).push({ id, line: at });
      else if (!rejected.includes("id")) problems.push({ file, line: at, message: `<${name}> needs an id="…"` });
    }
    if (name === "Inspect") {
      if (step.inspect) problems.push({ file, line: at, message: `a step holds one <Inspect> (this step has one at line ${step.inspect.line}): put every part of the request in it` });
      else step.inspect = readInspect(file, child, problems);
      return false;
    }
    if (name === "Notes") step.notes++;
    return true;
  });
  return step;
}

/** An `<Inspect>` holds fenced code blocks only, each with a language and a label: ```http Request headers */
function readInspect(file: string, node: Node, problems: Problem[]): NonNullable<StepOutline["inspect"]> {
  const line = node.position?.start.line ?? 1;
  const { values, rejected } = readAttributes(file, node, problems);
  const parts: InspectPart[] = [];
  const before = problems.length;
  for (const child of node.children ?? []) {
    const at = child.position?.start.line ?? line;
    if (child.type === "mdxFlowExpression" && isComment(child)) continue;
    if (child.type !== "code") {
      problems.push({ file, line: at, message: "an <Inspect> holds fenced code blocks only (```http Request headers), one for each part of the request" });
      continue;
    }
    const label = child.meta?.trim() ?? "";
    if (!child.lang || !label) {
      problems.push({ file, line: at, message: "a block in <Inspect> needs a language and a label after the fence, e.g. ```http Request headers" });
      continue;
    }
    if (parts.some((p) => p.label === label)) {
      problems.push({ file, line: at, message: `<Inspect> has two blocks labelled '${label}': each part needs its own label` });
      continue;
    }
    parts.push({ label, lang: child.lang, text: child.value ?? "" });
  }
  if (parts.length === 0 && problems.length === before) {
    problems.push({ file, line, message: "an <Inspect> needs at least one fenced code block showing the request at this hop" });
  }
  return { line, attributes: values, rejected, parts };
}

function readAttributes(file: string, node: Node, problems: Problem[]): { values: Record<string, string>; rejected: string[] } {
  const values: Record<string, string> = {};
  const rejected: string[] = [];
  const at = node.position?.start.line ?? 1;
  for (const a of node.attributes ?? []) {
    const line = a.position?.start.line ?? at;
    if (a.type !== "mdxJsxAttribute" || !a.name) {
      problems.push({ file, line, message: `<${node.name}>: spread attributes are not allowed` });
    } else if (typeof a.value !== "string") {
      problems.push({ file, line, message: `<${node.name}> ${a.name}: write a plain "string", not an expression` });
      rejected.push(a.name);
    } else {
      values[a.name] = a.value;
    }
  }
  return { values, rejected };
}

/** A Markdown link, image or link definition to a URL that could run code is refused; other nodes pass. */
function checkUrl(file: string, node: Node, line: number, problems: Problem[]): boolean {
  const scheme = (node.type === "link" || node.type === "image" || node.type === "definition") && typeof node.url === "string" ? unsafeUrlScheme(node.url) : undefined;
  if (scheme) problems.push({ file, line, message: UNSAFE_URL(scheme) });
  return true;
}

/** An HTML element (a lowercase name) is allowed only from a short list of inline ones. */
function checkHtml(file: string, node: Node, line: number, problems: Problem[]): boolean {
  const problem = htmlElementProblem(node.name ?? "", (node.attributes ?? []).map((a) => (a.type === "mdxJsxAttribute" ? (a.name ?? "") : "{…}")));
  if (problem) problems.push({ file, line, message: problem });
  return !problem;
}

/** Visits nodes depth first; `visit` returns false to skip a node's children. */
function walk(nodes: Node[], visit: (n: Node, inNotes: boolean) => boolean, inNotes = false): void {
  for (const n of nodes) {
    if (visit(n, inNotes) && n.children) walk(n.children, visit, inNotes || (isElement(n) && n.name === "Notes"));
  }
}

function isComment(node: Node): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? "");
}

/**
 * Checks a concept card's body: Markdown only (no components, expressions or imports), so it
 * can be rendered anywhere without a component map. Lines are counted from `firstLine`.
 */
export function checkMarkdownBody(file: string, source: string, firstLine: number, problems: Problem[]): void {
  const tree = parse(file, source, problems, firstLine);
  if (!tree) return;
  walk(tree.children ?? [], (n) => {
    const at = (n.position?.start.line ?? 1) + firstLine - 1;
    if (n.type === "mdxjsEsm" || isElement(n) || ((n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") && !isComment(n))) {
      problems.push({ file, line: at, message: "a concept card's body is Markdown only: no components, {…} expressions or imports" });
      return false;
    }
    return checkUrl(file, n, at, problems);
  });
}

/** A link or image written in Markdown (`[text](url)`, `![alt](url)`, `[id]: url`), with its line. */
export type WrittenLink = { url: string; line: number };

/** Every Markdown link, image and link definition in an MDX file, with file lines; none if it does not parse. */
export function linksIn(source: string): WrittenLink[] {
  let tree: Node;
  try {
    tree = parser.parse(source) as Node;
  } catch {
    return [];
  }
  const links: WrittenLink[] = [];
  walk(tree.children ?? [], (n) => {
    if ((n.type === "link" || n.type === "image" || n.type === "definition") && typeof n.url === "string") {
      links.push({ url: n.url, line: n.position?.start.line ?? 1 });
    }
    return true;
  });
  return links;
}
