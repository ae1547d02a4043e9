/**
 * Code highlighted when content loads, with shiki: fenced blocks in chapters and cards (through
 * rehype-pretty-code, in `compileMdx`) and the inspector's blocks (as tokens, below). The browser
 * receives coloured spans and no highlighter. The theme is one of CSS variables: a token's colour
 * is `var(--code-token-keyword)` and the like, defined once in app/globals.css, where a test
 * holds every colour to 4.5:1 on every code background (and print gives them darker values).
 * Runs in the loader and the build only.
 */
import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore, type ShikiTransformer } from "shiki/core";
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

export const codeTheme = createCssVariablesTheme({ name: "clickpath", variablePrefix: "--code-", fontStyle: false });

let highlighter: HighlighterCore | undefined;

/** One highlighter per process, made on first use (the grammars load synchronously). */
export function codeHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({ themes: [codeTheme], langs: [graphql, html, http, json, sql, ts, yaml], engine: createJavaScriptRegexEngine() });
  return highlighter;
}

const TOKEN_COLOUR = /^var\(--code-token-([a-z-]+)\)$/;
const STYLE_COLOUR = /^color:(var\(--code-[a-z-]+\))$/;

/**
 * Smaller highlighted HTML: shiki writes every token as `<span style="color:var(--code-token-keyword)">`;
 * this gives a token its kind's class instead, and leaves plain text (the foreground colour,
 * which the block has already) without a span.
 */
export const compactTokens: ShikiTransformer = {
  name: "clickpath:compact-tokens",
  line(line) {
    line.children = line.children.flatMap((child) => {
      if (child.type !== "element" || typeof child.properties.style !== "string") return [child];
      const colour = STYLE_COLOUR.exec(child.properties.style)?.[1] ?? "";
      const kind = TOKEN_COLOUR.exec(colour)?.[1];
      if (kind) return [{ ...child, properties: { className: [tokenClass(kind)] } }];
      return colour === "var(--code-foreground)" ? child.children : [child];
    });
  },
};

/**
 * A block's lines as tokens: each token's text and its kind (`keyword`, `string`…, the
 * `--code-token-*` variable it takes), no kind for the plain foreground. Plain text gives one
 * token per line.
 */
export function highlightLines(text: string, lang: string): CodeToken[][] {
  if (lang === "text" || codeLanguageProblem(lang)) return text.split("\n").map((line) => (line ? [[line]] : []));
  return codeHighlighter()
    .codeToTokensBase(text, { lang, theme: codeTheme.name! })
    .map((line) =>
      line.reduce<CodeToken[]>((out, token) => {
        const kind = TOKEN_COLOUR.exec(token.color ?? "")?.[1];
        const last = out.at(-1);
        // Neighbours of one colour travel as one token, and so does white space.
        if (last && (last[1] === kind || !token.content.trim())) last[0] += token.content;
        else out.push(kind ? [token.content, kind] : [token.content]);
        return out;
      }, []),
    );
}
