/**
 * Code highlighted when content loads, with shiki: fenced blocks in chapters and cards (the
 * rehype step below, in `compileMdx`) and the inspector's blocks (`highlightLines`, in the
 * loader) are the same tokens, so one block reads alike everywhere. The browser receives
 * coloured spans and no highlighter. The theme is one of CSS variables, read here only to learn
 * each token's kind; a kind's colour is a class in app/globals.css (`tk-keyword`…), where a test
 * holds it to 4.5:1 on every code background (and print gives it a darker value).
 * Runs in the loader and the build only.
 */
import type { Element, ElementContent, Root } from "hast";
import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import graphql from "shiki/langs/graphql.mjs";
import html from "shiki/langs/html.mjs";
import http from "shiki/langs/http.mjs";
import json from "shiki/langs/json.mjs";
import sql from "shiki/langs/sql.mjs";
import ts from "shiki/langs/ts.mjs";
import yaml from "shiki/langs/yaml.mjs";
import { tokenClass, type CodeToken } from "../journey/inspect";
import { codeLanguageProblem } from "./code-languages";

const theme = createCssVariablesTheme({ name: "clickpath", variablePrefix: "--code-", fontStyle: false });

let highlighter: HighlighterCore | undefined;

/** One highlighter per process, made on first use (the grammars load synchronously). */
function codeHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({ themes: [theme], langs: [graphql, html, http, json, sql, ts, yaml], engine: createJavaScriptRegexEngine() });
  return highlighter;
}

const TOKEN_COLOUR = /^var\(--code-token-([a-z-]+)\)$/;

/**
 * Kinds drawn alike share one: punctuation takes the text's own colour (no span at all), and
 * the parts of a string and a link are strings.
 */
const DRAWN_AS: Record<string, string | undefined> = { punctuation: undefined, "string-expression": "string", link: "string" };

function kindOf(colour: string | undefined): string | undefined {
  const kind = TOKEN_COLOUR.exec(colour ?? "")?.[1];
  return kind !== undefined && kind in DRAWN_AS ? DRAWN_AS[kind] : kind;
}

/** Long enough for any block we write on any machine; short enough that a runaway grammar still ends. */
const TOKENIZE_LIMIT_MS = 20_000;

/**
 * A block's lines as tokens: each token's text and its kind (`keyword`, `string`…, which names
 * its class), no kind for plain text. Neighbours of one kind, and white space, travel together.
 * Plain text (`text`, or a language we do not highlight) gives one token per line.
 */
export function highlightLines(text: string, lang: string): CodeToken[][] {
  if (lang === "text" || codeLanguageProblem(lang)) return text.split("\n").map((line) => (line ? [[line]] : []));
  return codeHighlighter()
    // Shiki stops colouring a line after 500 ms by default; on a busy build machine a language's
    // first line (its grammar compiling) can take that long, and the page would differ by load.
    .codeToTokensBase(text, { lang, theme: theme.name!, tokenizeTimeLimit: TOKENIZE_LIMIT_MS })
    .map((line) =>
      line.reduce<CodeToken[]>((out, token) => {
        const kind = kindOf(token.color);
        const last = out.at(-1);
        if (last && (last[1] === kind || !token.content.trim())) last[0] += token.content;
        else out.push(kind ? [token.content, kind] : [token.content]);
        return out;
      }, []),
    );
}

/** A line's tokens as HTML: a span with its kind's class for each coloured token, plain text as it is. */
function tokensToHast(tokens: readonly CodeToken[]): ElementContent[] {
  return tokens.map(([text, kind]) =>
    kind ? { type: "element", tagName: "span", properties: { className: [tokenClass(kind)] }, children: [{ type: "text", value: text }] } : { type: "text", value: text },
  );
}

/** Neighbouring text nodes as one (React would write a comment between them in the HTML). */
function joinText(nodes: ElementContent[]): ElementContent[] {
  return nodes.reduce<ElementContent[]>((out, node) => {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + node.value };
    else out.push(node);
    return out;
  }, []);
}

/** The language a Markdown code block names (`language-ts` on its `<code>`), if any. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const named = Array.isArray(classes) ? classes.find((c) => typeof c === "string" && c.startsWith("language-")) : undefined;
  return typeof named === "string" ? named.slice("language-".length) : undefined;
}

/**
 * The rehype step: every `<pre><code class="language-…">` in a language we highlight gets its
 * text as tokens; the elements around it stay as Markdown wrote them.
 */
export function rehypeHighlight() {
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const code = child.tagName === "pre" ? child.children.find((c): c is Element => c.type === "element" && c.tagName === "code") : undefined;
      const lang = code ? languageOf(code) : undefined;
      const text = code?.children.map((c) => (c.type === "text" ? c.value : "")).join("");
      if (!code || !lang || lang === "text" || codeLanguageProblem(lang) || text === undefined) visit(child);
      else {
        // Markdown ends a block's text with a newline, which stays after the last line.
        const trailing = text.endsWith("\n") ? "\n" : "";
        const lines = highlightLines(trailing ? text.slice(0, -1) : text, lang).map(tokensToHast);
        const children = [...lines.flatMap((line, i) => (i === 0 ? line : [{ type: "text" as const, value: "\n" }, ...line])), ...(trailing ? [{ type: "text" as const, value: trailing }] : [])];
        code.children = joinText(children);
      }
    }
  };
  return (tree: Root) => visit(tree);
}
