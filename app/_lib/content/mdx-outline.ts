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
import { codeLanguageProblem } from "./code-languages";
import { htmlElementProblem, unsafeUrlScheme, UNSAFE_URL } from "./html-policy";
import type { Reporter } from "./reporter";
import { isMdxTag, MDX_TAG_NAMES, MDX_TAGS } from "./mdx-tags";

export type Ref = { id: string; line: number };
/** A `<Concept>` as placed: its other attributes say where the card sits on this journey's map. */
export type ConceptRef = Ref & { attributes: Record<string, string>; rejected: string[] };
export type StepOutline = {
  line: number;
  attributes: Record<string, string>;
  /** Attributes already reported as not plain strings; the loader does not report them again. */
  rejected: string[];
  concepts: ConceptRef[];
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

/** Parses MDX; a syntax error becomes a problem and the result is undefined. */
function parse(source: string, r: Reporter): Node | undefined {
  try {
    return parser.parse(source) as Node;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    const { at, message } = syntaxProblem(e.reason ?? e.message, line, source, r);
    r.at(at, `MDX: ${message}`);
    return undefined;
  }
}

/**
 * Where a syntax error belongs, and what to write. The parser reports a tag left open at the
 * end of what holds it (a `</Step>` further down, or no line at all at the end of the file),
 * naming the tag's own place only inside its message; the author needs the tag's line.
 * `line` is where the parser stopped, when it says.
 */
function syntaxProblem(reason: string, line: number | undefined, source: string, r: Pick<Reporter, "fileLine">): { at: number; message: string } {
  // "Unexpected closing tag `</Step>`, expected corresponding closing tag for `<Quiz>` (12:1-12:20)"
  const mismatch = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):/.exec(reason);
  if (mismatch && line !== undefined) {
    const [, closing = "", open = "", openLine = ""] = mismatch;
    // A step is the outermost tag: when it is the one still open, the closing tag is the stray one.
    if (open === "Step") return { at: line, message: `</${closing}> closes nothing: the tag open here is the <Step> of line ${r.fileLine(Number(openLine))}; remove </${closing}>, or open <${closing}> before it` };
    return { at: Number(openLine), message: `<${open}> is never closed (the parser reached </${closing}> at line ${r.fileLine(line)}): write <${open} … /> if it holds nothing, or close it with </${open}>` };
  }
  // "Expected a closing tag for `<Step>` (6:1-6:42)", at the end of the file or of a paragraph
  const unclosed = /^Expected a closing tag for `<([^>`]*)>` \((\d+):/.exec(reason);
  if (unclosed) {
    const [, open = "", openLine = ""] = unclosed;
    const at = Number(openLine);
    if (open === "Step") {
      const next = nextStepLine(source, at);
      return { at, message: `<Step> is never closed: add </Step> where its narration ends${next ? ` (before the next <Step>, at line ${r.fileLine(next)})` : " (at the end of the file)"}` };
    }
    return { at, message: `<${open}> is never closed: write <${open} … /> if it holds nothing, or close it with </${open}>${/ before the end of `paragraph`/.test(reason) ? " in the same paragraph" : ""}` };
  }
  return { at: line ?? 1, message: reason };
}

/** The line of the first `<Step` that opens a line after `line`, if any. */
function nextStepLine(source: string, line: number): number | undefined {
  const index = source.split(/\r?\n/).findIndex((text, i) => i + 1 > line && /^\s*<Step\b/.test(text));
  return index < 0 ? undefined : index + 1;
}

export function outlineChapter(source: string, r: Reporter): ChapterOutline {
  const tree = parse(source, r);
  if (!tree) return { parsed: false, steps: [] };

  const outline: ChapterOutline = { parsed: true, steps: [] };
  for (const node of tree.children ?? []) {
    const line = node.position?.start.line ?? 1;
    if (node.type === "yaml") {
      outline.frontmatter = { text: node.value ?? "", firstLine: line + 1 };
    } else if (isElement(node) && node.name === "Step") {
      outline.steps.push(readStep(node, r));
    } else if (!(node.type === "mdxFlowExpression" && isComment(node))) {
      r.at(line, "content outside a <Step>: every part of a chapter belongs to a step");
    }
  }
  return outline;
}

function isElement(node: Node): boolean {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function readStep(node: Node, r: Reporter): StepOutline {
  const line = node.position?.start.line ?? 1;
  const { values, rejected } = readAttributes(node, r);
  const step: StepOutline = { line, attributes: values, rejected, concepts: [], quizzes: [], forks: [], notes: 0 };
  walk(node.children ?? [], (child, inNotes) => {
    const at = child.position?.start.line ?? line;
    if (child.type === "mdxjsEsm") {
      r.at(at, "import/export is not allowed in journey content");
      return false;
    }
    if ((child.type === "mdxFlowExpression" || child.type === "mdxTextExpression") && !isComment(child)) {
      // Content is data: an expression would run code at build time and fail with no line to show.
      r.at(at, "{…} expressions are not allowed in journey content; write text, or a comment {/* … */}");
      return false;
    }
    if (!isElement(child)) return checkMarkdown(child, at, r);
    const name = child.name ?? "";
    if (!/^[A-Z]/.test(name)) return checkHtml(child, at, r);
    if (BLOCK_ONLY.has(name)) {
      r.at(at, "a <Step> cannot be nested inside another step");
      return false;
    }
    if (!isMdxTag(name)) {
      r.at(at, `unknown component <${name}>: use ${MDX_TAG_NAMES.filter((k) => k !== "Step").join(", ")}`);
      return true;
    }
    if (!MDX_TAGS[name].inNotes && inNotes) {
      r.at(at, `<${name}> cannot sit inside <Notes>: notes are never shown to readers`);
      return false;
    }
    if (name === "Concept" || name === "Quiz" || name === "Fork") {
      const { values, rejected } = readAttributes(child, r);
      const id = values.id;
      if (id && name === "Concept") step.concepts.push({ id, line: at, attributes: values, rejected });
      else if (id) (name === "Quiz" ? step.quizzes : step.forks).push({ id, line: at });
      else if (!rejected.includes("id")) r.at(at, `<${name}> needs an id="…"`);
    }
    if (name === "Inspect") {
      if (step.inspect) r.at(at, `a step holds one <Inspect> (this step has one at line ${step.inspect.line}): put every part of the request in it`);
      else step.inspect = readInspect(child, r);
      return false;
    }
    if (name === "Notes") step.notes++;
    return true;
  });
  return step;
}

/** An `<Inspect>` holds fenced code blocks only, each with a language and a label: ```http Request headers */
function readInspect(node: Node, r: Reporter): NonNullable<StepOutline["inspect"]> {
  const line = node.position?.start.line ?? 1;
  const { values, rejected } = readAttributes(node, r);
  const parts: InspectPart[] = [];
  const before = r.count();
  for (const child of node.children ?? []) {
    const at = child.position?.start.line ?? line;
    if (child.type === "mdxFlowExpression" && isComment(child)) continue;
    if (child.type !== "code") {
      r.at(at, "an <Inspect> holds fenced code blocks only (```http Request headers), one for each part of the request");
      continue;
    }
    const label = child.meta?.trim() ?? "";
    const lang = child.lang ?? "";
    const problem = !lang || !label ? "a block in <Inspect> needs a language and a label after the fence, e.g. ```http Request headers" : codeLanguageProblem(lang);
    if (problem) {
      r.at(at, problem);
      continue;
    }
    if (parts.some((p) => p.label === label)) {
      r.at(at, `<Inspect> has two blocks labelled '${label}': each part needs its own label`);
      continue;
    }
    parts.push({ label, lang, text: child.value ?? "" });
  }
  if (parts.length === 0 && r.count() === before) {
    r.at(line, "an <Inspect> needs at least one fenced code block showing the request at this hop");
  }
  return { line, attributes: values, rejected, parts };
}

function readAttributes(node: Node, r: Reporter): { values: Record<string, string>; rejected: string[] } {
  const values: Record<string, string> = {};
  const rejected: string[] = [];
  const at = node.position?.start.line ?? 1;
  for (const a of node.attributes ?? []) {
    const line = a.position?.start.line ?? at;
    if (a.type !== "mdxJsxAttribute" || !a.name) {
      r.at(line, `<${node.name}>: spread attributes are not allowed`);
    } else if (typeof a.value !== "string") {
      r.at(line, `<${node.name}> ${a.name}: write a plain "string", not an expression`);
      rejected.push(a.name);
    } else {
      values[a.name] = a.value;
    }
  }
  return { values, rejected };
}

/** Refuses a link, image or definition to a URL that could run code, and a fence in a language we do not highlight. */
function checkMarkdown(node: Node, line: number, r: Reporter): boolean {
  const scheme = (node.type === "link" || node.type === "image" || node.type === "definition") && typeof node.url === "string" ? unsafeUrlScheme(node.url) : undefined;
  if (scheme) r.at(line, UNSAFE_URL(scheme));
  const language = node.type === "code" ? codeLanguageProblem(node.lang) : undefined;
  if (language) r.at(line, language);
  return true;
}

/** An HTML element (a lowercase name) is allowed only from a short list of inline ones. */
function checkHtml(node: Node, line: number, r: Reporter): boolean {
  const problem = htmlElementProblem(node.name ?? "", (node.attributes ?? []).map((a) => (a.type === "mdxJsxAttribute" ? (a.name ?? "") : "{…}")));
  if (problem) r.at(line, problem);
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
 * can be rendered anywhere without a component map. Lines are the body's: report `from` the
 * line it starts at.
 */
export function checkMarkdownBody(source: string, r: Reporter): void {
  const tree = parse(source, r);
  if (!tree) return;
  walk(tree.children ?? [], (n) => {
    const at = n.position?.start.line ?? 1;
    if (n.type === "mdxjsEsm" || isElement(n) || ((n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") && !isComment(n))) {
      r.at(at, "a concept card's body is Markdown only: no components, {…} expressions or imports");
      return false;
    }
    return checkMarkdown(n, at, r);
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
